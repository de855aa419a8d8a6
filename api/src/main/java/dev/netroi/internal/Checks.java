package dev.netroi.internal;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Argument checks shared by the netroi modules. Each check returns its input, so it can be used
 * inline in a compact record constructor, and each failure names the argument, the rule and the
 * offending value, for example {@code "gpuCount must be positive but was -2"}.
 *
 * <p>This package is exported only to {@code dev.netroi.impl}; it is not part of the public API.
 */
public final class Checks {

  private Checks() {}

  /**
   * Returns {@code value}, or throws a {@link NullPointerException} naming the argument.
   *
   * @param value the value to check
   * @param name the argument name used in the message
   * @param <T> the value type
   * @return {@code value}
   * @throws NullPointerException if {@code value} is null
   */
  public static <T> T notNull(@Nullable T value, String name) {
    if (value == null) {
      throw new NullPointerException(name + " must not be null");
    }
    return value;
  }

  /**
   * Returns a builder field that must have been set before {@code build()}.
   *
   * @param value the field's value, null when not set
   * @param field the qualified field name used in the message, such as {@code "Scenario.fleet"}
   * @param <T> the value type
   * @return {@code value}
   * @throws IllegalStateException if {@code value} is null: {@code "Scenario.fleet was not set"}
   */
  public static <T> T requireSet(@Nullable T value, String field) {
    if (value == null) {
      throw new IllegalStateException(field + " was not set");
    }
    return value;
  }

  /**
   * Returns {@code value} if it is neither blank nor null.
   *
   * @param value the text to check
   * @param name the argument name used in the message
   * @return {@code value}
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public static String notBlank(@Nullable String value, String name) {
    String text = notNull(value, name);
    if (text.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank but was '" + text + "'");
    }
    return text;
  }

  /**
   * Returns {@code value} if it is finite (not NaN, not infinite).
   *
   * @param value the number to check
   * @param name the argument name used in the message
   * @return {@code value}
   * @throws IllegalArgumentException if {@code value} is NaN or infinite
   */
  public static double finite(double value, String name) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(name + " must be finite but was " + value);
    }
    return value;
  }

  /**
   * Returns {@code value} if it is finite and strictly greater than zero.
   *
   * @param value the number to check
   * @param name the argument name used in the message
   * @return {@code value}
   * @throws IllegalArgumentException if {@code value} is NaN, infinite, zero or negative
   */
  public static double positive(double value, String name) {
    if (!isPositive(value)) {
      throw new IllegalArgumentException(name + " must be positive but was " + format(value));
    }
    return value;
  }

  /**
   * Returns {@code value} if it is strictly greater than zero.
   *
   * @param value the number to check
   * @param name the argument name used in the message
   * @return {@code value}
   * @throws IllegalArgumentException if {@code value} is zero or negative
   */
  public static long positive(long value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive but was " + value);
    }
    return value;
  }

  /**
   * Returns {@code value} if it is finite and not negative.
   *
   * @param value the number to check
   * @param name the argument name used in the message
   * @return {@code value}
   * @throws IllegalArgumentException if {@code value} is NaN, infinite or negative
   */
  public static double notNegative(double value, String name) {
    if (!isNotNegative(value)) {
      throw new IllegalArgumentException(name + " must not be negative but was " + format(value));
    }
    return value;
  }

  /**
   * Returns {@code value} if it lies in the half-open interval (0, 1].
   *
   * @param value the number to check
   * @param name the argument name used in the message
   * @return {@code value}
   * @throws IllegalArgumentException if {@code value} is NaN, infinite or outside (0, 1]
   */
  public static double fractionAboveZero(double value, String name) {
    if (!isFractionAboveZero(value)) {
      throw new IllegalArgumentException(name + " must be in (0, 1] but was " + format(value));
    }
    return value;
  }

  /**
   * Returns {@code value} if it lies in the closed interval [0, 1].
   *
   * @param value the number to check
   * @param name the argument name used in the message
   * @return {@code value}
   * @throws IllegalArgumentException if {@code value} is NaN, infinite or outside [0, 1]
   */
  public static double fraction(double value, String name) {
    if (!isFraction(value)) {
      throw new IllegalArgumentException(name + " must be in [0, 1] but was " + format(value));
    }
    return value;
  }

  /**
   * Returns {@code value} if it is finite and at least {@code least}.
   *
   * @param value the number to check
   * @param least the inclusive lower bound
   * @param name the argument name used in the message
   * @return {@code value}
   * @throws IllegalArgumentException if {@code value} is NaN, infinite or below {@code least}
   */
  public static double atLeast(double value, double least, String name) {
    if (!(value >= least && value <= Double.MAX_VALUE)) {
      throw new IllegalArgumentException(
          name + " must be finite and at least " + format(least) + " but was " + format(value));
    }
    return value;
  }

  /**
   * Returns {@code value} if it lies in the half-open interval (lowExclusive, highInclusive].
   *
   * @param value the number to check
   * @param lowExclusive the exclusive lower bound
   * @param highInclusive the inclusive upper bound
   * @param name the argument name used in the message
   * @return {@code value}
   * @throws IllegalArgumentException if {@code value} is NaN, infinite or outside the interval
   */
  public static double inRange(
      double value, double lowExclusive, double highInclusive, String name) {
    if (!isInRange(value, lowExclusive, highInclusive)) {
      throw new IllegalArgumentException(
          name
              + " must be in ("
              + format(lowExclusive)
              + ", "
              + format(highInclusive)
              + "] but was "
              + format(value));
    }
    return value;
  }

  /**
   * Returns {@code value} as a {@code long} if it is a finite whole number that a {@code long}
   * holds, such as a count given as a {@code double}.
   *
   * @param value the number to check
   * @param name the argument name used in the message
   * @return {@code value} as a {@code long}
   * @throws IllegalArgumentException if {@code value} is NaN, infinite, not whole or beyond the
   *     range of {@code long}: {@code "fleet.count must be a whole number but was 2.5"}
   */
  public static long wholeNumber(double value, String name) {
    if (!isWholeNumber(value)) {
      throw new IllegalArgumentException(name + " must be a whole number but was " + format(value));
    }
    return (long) value;
  }

  /**
   * Returns {@code name} if it is one of the inputs of {@code owner}.
   *
   * @param name the input name to check
   * @param known the names of the inputs of {@code owner}
   * @param owner the value whose input is asked for, shown in the message
   * @return {@code name}
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code known} does not contain {@code name}: {@code
   *     "GpuFleet[H100 x 8 @ USD 30000.00] has no input 'cost'; its inputs: [count, unitPrice]"}
   */
  public static String knownInput(@Nullable String name, Set<String> known, Object owner) {
    String checked = notNull(name, "name");
    if (!known.contains(checked)) {
      throw new IllegalArgumentException(
          owner + " has no input '" + checked + "'; its inputs: " + new TreeSet<>(known));
    }
    return checked;
  }

  // The rules as predicates: the checks above use them, and so do the input rules of values
  // (HasInputs.inputRule), so that a batch checks millions of numbers by the same rules without
  // building a value or a message for each.

  /**
   * Tells whether {@code value} is finite and strictly greater than zero.
   *
   * @param value the number
   * @return whether {@link #positive(double, String)} accepts it
   */
  public static boolean isPositive(double value) {
    return Double.isFinite(value) && value > 0;
  }

  /**
   * Tells whether {@code value} is finite and not negative.
   *
   * @param value the number
   * @return whether {@link #notNegative(double, String)} accepts it
   */
  public static boolean isNotNegative(double value) {
    return Double.isFinite(value) && value >= 0;
  }

  /**
   * Tells whether {@code value} lies in (0, 1].
   *
   * @param value the number
   * @return whether {@link #fractionAboveZero(double, String)} accepts it
   */
  public static boolean isFractionAboveZero(double value) {
    return value > 0 && value <= 1;
  }

  /**
   * Tells whether {@code value} lies in [0, 1].
   *
   * @param value the number
   * @return whether {@link #fraction(double, String)} accepts it
   */
  public static boolean isFraction(double value) {
    return value >= 0 && value <= 1;
  }

  /**
   * Tells whether {@code value} lies in (lowExclusive, highInclusive].
   *
   * @param value the number
   * @param lowExclusive the exclusive lower bound
   * @param highInclusive the inclusive upper bound
   * @return whether {@link #inRange(double, double, double, String)} accepts it
   */
  public static boolean isInRange(double value, double lowExclusive, double highInclusive) {
    return value > lowExclusive && value <= highInclusive;
  }

  /**
   * Tells whether {@code value} is a finite whole number that a {@code long} holds.
   *
   * @param value the number
   * @return whether {@link #wholeNumber(double, String)} accepts it
   */
  public static boolean isWholeNumber(double value) {
    long whole = (long) value;
    return whole == value && whole != Long.MAX_VALUE && whole != Long.MIN_VALUE;
  }

  private static String format(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return String.format(Locale.ROOT, "%d", (long) value);
    }
    return Double.toString(value);
  }
}
