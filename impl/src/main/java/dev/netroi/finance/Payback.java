package dev.netroi.finance;

import dev.netroi.internal.Checks;
import java.util.Objects;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * The payback of cash flows, simple or discounted: either its months (12 x the years) or the reason
 * there is none, as {@link Discounting} returns it. Exactly one of the two is present: {@link
 * #isDefined()} tells which, {@link #months()} and {@link #reason()} read them and each fails,
 * naming the other, when called on the wrong kind. Value-based, immutable and thread-safe; two
 * results are equal when both hold the same months (compared as {@link Double#compare(double,
 * double)} does) or both hold the same reason. {@link #toString()} is a display form, such as
 * {@code Payback[months=30.0]}, not meant to be parsed.
 */
public final class Payback {

  private final double months; // NaN when there is none
  private final @Nullable String reason; // null when there is a months

  private Payback(double months, @Nullable String reason) {
    this.months = months;
    this.reason = reason;
  }

  /** A result holding {@code months}, not NaN. */
  static Payback of(double months) {
    if (Double.isNaN(months)) {
      throw new IllegalArgumentException(
          "months must not be NaN: a result without one has a reason");
    }
    return new Payback(months + 0.0, null);
  }

  /** A result holding the reason there is no payback, not blank. */
  static Payback none(String reason) {
    return new Payback(Double.NaN, Checks.notBlank(reason, "reason"));
  }

  /**
   * Tells whether there is a payback.
   *
   * @return true if {@link #months()} may be called, false if {@link #reason()} may
   */
  public boolean isDefined() {
    return reason == null;
  }

  /**
   * Returns the months (12 x the years).
   *
   * @return the months, not NaN
   * @throws IllegalStateException if there is no payback; the message is the reason
   */
  public double months() {
    if (reason != null) {
      throw new IllegalStateException(reason);
    }
    return months;
  }

  /**
   * Returns the reason there is no payback.
   *
   * @return the reason, such as the ones {@link Discounting} documents
   * @throws IllegalStateException if there is a payback: {@code "there is no reason: the payback is
   *     24.0 months"}
   */
  public String reason() {
    if (reason == null) {
      throw new IllegalStateException("there is no reason: the payback is " + months + " months");
    }
    return reason;
  }

  /**
   * Returns the months if there is a payback.
   *
   * @return the months, or empty if there is no payback
   */
  public OptionalDouble toOptional() {
    return reason == null ? OptionalDouble.of(months) : OptionalDouble.empty();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Payback other
        && Double.compare(months, other.months) == 0
        && Objects.equals(reason, other.reason);
  }

  @Override
  public int hashCode() {
    return reason == null ? Double.hashCode(months) : reason.hashCode();
  }

  /**
   * Returns a display form: {@code Payback[months=24.0]} or {@code Payback[none: } followed by the
   * reason and {@code ]}.
   *
   * @return the display form
   */
  @Override
  public String toString() {
    return reason == null ? "Payback[months=" + months + "]" : "Payback[none: " + reason + "]";
  }
}
