package dev.netroi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

/**
 * {@link Checks#atLeast} passes a value at or above its bound through unchanged, so that a
 * constructor can store the checked value in one step ({@code this.pue = Checks.atLeast(pue, 1,
 * "pue")}), and refuses anything else naming the argument, the bound and the value.
 */
class ChecksAtLeastTest {

  @Test
  void returnsTheCheckedValue() {
    assertThat(Checks.atLeast(1.3, 1, "lifetime.pue")).isEqualTo(1.3);
    // the bound itself is allowed, and returned as given
    assertThat(Checks.atLeast(1, 1, "lifetime.pue")).isEqualTo(1.0);
    assertThat(Checks.atLeast(-2.5, -3, "x")).isEqualTo(-2.5);
    assertThat(Checks.atLeast(Double.MAX_VALUE, 1, "x")).isEqualTo(Double.MAX_VALUE);
  }

  /** 0.99 is below 1; the bound 1 is shown as a whole number, the value as Java prints it. */
  @Test
  void refusesAValueBelowTheBoundOrNotFinite() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Checks.atLeast(0.99, 1, "lifetime.pue"))
        .withMessage("lifetime.pue must be finite and at least 1 but was 0.99");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Checks.atLeast(Double.NaN, 1, "lifetime.pue"))
        .withMessage("lifetime.pue must be finite and at least 1 but was NaN");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Checks.atLeast(Double.POSITIVE_INFINITY, 1, "lifetime.pue"))
        .withMessage("lifetime.pue must be finite and at least 1 but was Infinity");
  }
}
