package dev.netroi.finance;

import dev.netroi.internal.Checks;
import java.util.Objects;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * The internal rate of return of cash flows: either its rate (a fraction per year: 0.1 is 10 %) or
 * the reason there is none, as {@link Discounting} returns it. Exactly one of the two is present:
 * {@link #isDefined()} tells which, {@link #rate()} and {@link #reason()} read them and each fails,
 * naming the other, when called on the wrong kind. Value-based, immutable and thread-safe; two
 * results are equal when both hold the same rate (compared as {@link Double#compare(double,
 * double)} does) or both hold the same reason. {@link #toString()} is a display form, such as
 * {@code Irr[rate=0.1]}, not meant to be parsed.
 */
public final class Irr {

  private final double rate; // NaN when there is none
  private final @Nullable String reason; // null when there is a rate

  private Irr(double rate, @Nullable String reason) {
    this.rate = rate;
    this.reason = reason;
  }

  /** A result holding {@code rate}, not NaN. */
  static Irr of(double rate) {
    if (Double.isNaN(rate)) {
      throw new IllegalArgumentException("rate must not be NaN: a result without one has a reason");
    }
    return new Irr(rate + 0.0, null);
  }

  /** A result holding the reason there is no rate, not blank. */
  static Irr none(String reason) {
    return new Irr(Double.NaN, Checks.notBlank(reason, "reason"));
  }

  /**
   * Tells whether there is a rate.
   *
   * @return true if {@link #rate()} may be called, false if {@link #reason()} may
   */
  public boolean isDefined() {
    return reason == null;
  }

  /**
   * Returns the rate (a fraction per year: 0.1 is 10 %).
   *
   * @return the rate, not NaN
   * @throws IllegalStateException if there is none; the message is the reason
   */
  public double rate() {
    if (reason != null) {
      throw new IllegalStateException(reason);
    }
    return rate;
  }

  /**
   * Returns the reason there is no rate.
   *
   * @return the reason, such as the ones {@link Discounting} documents
   * @throws IllegalStateException if there is a rate: {@code "there is no reason: the IRR is 0.1"}
   */
  public String reason() {
    if (reason == null) {
      throw new IllegalStateException("there is no reason: the IRR is " + rate);
    }
    return reason;
  }

  /**
   * Returns the rate if there is one.
   *
   * @return the rate, or empty if there is none
   */
  public OptionalDouble toOptional() {
    return reason == null ? OptionalDouble.of(rate) : OptionalDouble.empty();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Irr other
        && Double.compare(rate, other.rate) == 0
        && Objects.equals(reason, other.reason);
  }

  @Override
  public int hashCode() {
    return reason == null ? Double.hashCode(rate) : reason.hashCode();
  }

  /**
   * Returns a display form: {@code Irr[rate=0.1]} or {@code Irr[none: } followed by the reason and
   * {@code ]}.
   *
   * @return the display form
   */
  @Override
  public String toString() {
    return reason == null ? "Irr[rate=" + rate + "]" : "Irr[none: " + reason + "]";
  }
}
