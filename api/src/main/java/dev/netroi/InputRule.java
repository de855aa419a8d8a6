package dev.netroi;

import dev.netroi.internal.Checks;
import dev.netroi.internal.Decimals;
import java.util.Objects;
import java.util.function.DoublePredicate;
import org.jspecify.annotations.Nullable;

/**
 * The values one numeric input accepts, as data: an interval of finite numbers, optionally whole
 * numbers only, optionally narrowed by a predicate. {@link HasInputs#inputRule(String)} and {@link
 * Scenario#inputRule(InputPath)} return one; the engine's batch path checks each row's inputs with
 * it (a final class, so checking millions of values costs a comparison or two each), and a sweep or
 * a sampler can read its bounds.
 *
 * <pre>{@code
 * InputRule rule = scenario.inputRule(InputPaths.CANDIDATE_EFFECTIVE_FRACTION);
 * rule.test(0.9);     // true
 * rule.test(1.3);     // false
 * rule.toString();    // "(0, 1]"
 * }</pre>
 *
 * <p>Value-based, immutable and thread-safe; equal rules have equal bounds and the same predicate.
 */
public final class InputRule {

  private static final InputRule FINITE =
      new InputRule(-Double.MAX_VALUE, true, Double.MAX_VALUE, true, false, null, "");
  private static final InputRule POSITIVE =
      new InputRule(0, false, Double.MAX_VALUE, true, false, null, "");
  private static final InputRule NOT_NEGATIVE =
      new InputRule(0, true, Double.MAX_VALUE, true, false, null, "");
  private static final InputRule FRACTION = new InputRule(0, true, 1, true, false, null, "");
  private static final InputRule FRACTION_ABOVE_ZERO =
      new InputRule(0, false, 1, true, false, null, "");

  private final double low;
  private final boolean lowInclusive;
  private final double high;
  private final boolean highInclusive;
  private final boolean whole;
  private final @Nullable DoublePredicate predicate;
  private final String description;

  private InputRule(
      double low,
      boolean lowInclusive,
      double high,
      boolean highInclusive,
      boolean whole,
      @Nullable DoublePredicate predicate,
      String description) {
    this.low = low;
    this.lowInclusive = lowInclusive;
    this.high = high;
    this.highInclusive = highInclusive;
    this.whole = whole;
    this.predicate = predicate;
    this.description = description;
  }

  /**
   * Returns the rule that accepts every finite number.
   *
   * @return the rule
   */
  public static InputRule finite() {
    return FINITE;
  }

  /**
   * Returns the rule that accepts finite numbers above zero.
   *
   * @return the rule {@code (0, ...)}
   */
  public static InputRule positive() {
    return POSITIVE;
  }

  /**
   * Returns the rule that accepts finite numbers from zero up.
   *
   * @return the rule {@code [0, ...)}
   */
  public static InputRule notNegative() {
    return NOT_NEGATIVE;
  }

  /**
   * Returns the rule that accepts the closed interval [0, 1].
   *
   * @return the rule {@code [0, 1]}
   */
  public static InputRule fraction() {
    return FRACTION;
  }

  /**
   * Returns the rule that accepts the half-open interval (0, 1].
   *
   * @return the rule {@code (0, 1]}
   */
  public static InputRule fractionAboveZero() {
    return FRACTION_ABOVE_ZERO;
  }

  /**
   * Returns the rule that accepts the half-open interval (lowExclusive, highInclusive].
   *
   * @param lowExclusive the exclusive lower bound, finite
   * @param highInclusive the inclusive upper bound, finite, above {@code lowExclusive}
   * @return the rule
   * @throws IllegalArgumentException if a bound is not finite or the interval is empty
   */
  public static InputRule range(double lowExclusive, double highInclusive) {
    Checks.finite(lowExclusive, "lowExclusive");
    Checks.finite(highInclusive, "highInclusive");
    if (!(highInclusive > lowExclusive)) {
      throw new IllegalArgumentException(
          "highInclusive must be above lowExclusive ("
              + lowExclusive
              + ") but was "
              + highInclusive);
    }
    return new InputRule(lowExclusive, false, highInclusive, true, false, null, "");
  }

  /**
   * Returns the rule that accepts finite numbers of at least {@code lowInclusive}, such as an
   * oversubscription ratio: {@code atLeast(1)} is {@code [1, ...)}.
   *
   * @param lowInclusive the inclusive lower bound, finite
   * @return the rule
   * @throws IllegalArgumentException if the bound is not finite
   */
  public static InputRule atLeast(double lowInclusive) {
    Checks.finite(lowInclusive, "lowInclusive");
    return new InputRule(lowInclusive + 0.0, true, Double.MAX_VALUE, true, false, null, "");
  }

  /**
   * Returns the rule of an input whose values are checked by a predicate only, such as the default
   * rule of a plug-in value ({@link HasInputs#inputRule(String)}); the predicate sees finite values
   * only.
   *
   * @param predicate the test, stateless and thread-safe
   * @param description what it accepts, for messages, such as {@code "accepted by withInput"}
   * @return the rule
   */
  public static InputRule of(DoublePredicate predicate, String description) {
    return FINITE.and(predicate, description);
  }

  /**
   * Returns this rule restricted to whole numbers (counts), which a {@code long} holds.
   *
   * @return the rule
   */
  public InputRule wholeNumbers() {
    return new InputRule(low, lowInclusive, high, highInclusive, true, predicate, description);
  }

  /**
   * Returns this rule narrowed by a predicate, which sees only the values this rule accepts.
   *
   * @param test the further test, stateless and thread-safe
   * @param what what the test accepts, for messages
   * @return the rule
   */
  public InputRule and(DoublePredicate test, String what) {
    Checks.notNull(test, "test");
    Checks.notNull(what, "what");
    DoublePredicate combined = predicate == null ? test : predicate.and(test);
    String text = description.isEmpty() ? what : description + " and " + what;
    return new InputRule(low, lowInclusive, high, highInclusive, whole, combined, text);
  }

  /**
   * Tells whether the input accepts a value.
   *
   * @param value the value
   * @return true if the value is finite, inside the interval, whole where required and accepted by
   *     the predicate, if any
   */
  public boolean test(double value) {
    if (!(value >= low && value <= high)) {
      return false; // NaN and infinities fail here, as every bound is finite
    }
    if ((value == low && !lowInclusive) || (value == high && !highInclusive)) {
      return false;
    }
    if (whole && !Checks.isWholeNumber(value)) {
      return false;
    }
    return predicate == null || predicate.test(value);
  }

  /**
   * Returns the lower bound.
   *
   * @return the lowest accepted value, or the exclusive bound when {@link #isLowInclusive()} is
   *     false; {@code -Double.MAX_VALUE} when unbounded below
   */
  public double low() {
    return low;
  }

  /**
   * Tells whether the lower bound itself is accepted.
   *
   * @return whether {@link #low()} is inside the interval
   */
  public boolean isLowInclusive() {
    return lowInclusive;
  }

  /**
   * Returns the upper bound.
   *
   * @return the highest accepted value, or the exclusive bound when {@link #isHighInclusive()} is
   *     false; {@code Double.MAX_VALUE} when unbounded above
   */
  public double high() {
    return high;
  }

  /**
   * Tells whether the upper bound itself is accepted.
   *
   * @return whether {@link #high()} is inside the interval
   */
  public boolean isHighInclusive() {
    return highInclusive;
  }

  /**
   * Tells whether the rule is an interval only: no whole-number restriction and no predicate, so
   * that {@code test(v)} is exactly {@code v >= lowest() && v <= highest()}.
   *
   * @return whether the bounds alone decide
   */
  public boolean isInterval() {
    return !whole && predicate == null;
  }

  /**
   * Returns the lowest value inside the interval: {@link #low()} if inclusive, else the next double
   * above it.
   *
   * @return the lowest accepted value of the interval
   */
  public double lowest() {
    return lowInclusive ? low : Math.nextUp(low);
  }

  /**
   * Returns the highest value inside the interval: {@link #high()} if inclusive, else the next
   * double below it.
   *
   * @return the highest accepted value of the interval
   */
  public double highest() {
    return highInclusive ? high : Math.nextDown(high);
  }

  /**
   * Tells whether only whole numbers are accepted.
   *
   * @return whether the input is a count
   */
  public boolean isWholeNumbers() {
    return whole;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof InputRule other
        && Double.compare(low, other.low) == 0
        && lowInclusive == other.lowInclusive
        && Double.compare(high, other.high) == 0
        && highInclusive == other.highInclusive
        && whole == other.whole
        && Objects.equals(predicate, other.predicate)
        && description.equals(other.description);
  }

  @Override
  public int hashCode() {
    return Objects.hash(low, lowInclusive, high, highInclusive, whole, predicate, description);
  }

  /**
   * Returns the interval in mathematical notation, such as {@code (0, 1]}, {@code [0, ...)} or
   * {@code whole numbers in [1, ...)}, followed by the predicate's description, if any.
   *
   * @return the description
   */
  @Override
  public String toString() {
    String interval =
        (lowInclusive && low != -Double.MAX_VALUE ? "[" : "(")
            + (low == -Double.MAX_VALUE ? "..." : Decimals.plain(low))
            + ", "
            + (high == Double.MAX_VALUE ? "..." : Decimals.plain(high))
            + (highInclusive && high != Double.MAX_VALUE ? "]" : ")");
    String text = whole ? "whole numbers in " + interval : interval;
    return description.isEmpty() ? text : text + " " + description;
  }
}
