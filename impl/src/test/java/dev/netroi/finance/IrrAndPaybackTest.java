package dev.netroi.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * The result types of {@link Discounting}: a figure or a reason, never both, compared by value.
 * Every figure here is a round case: {-100, 110} has the IRR 110 / 100 - 1 = 0.1 exactly in the
 * rounding of {@code 1 + r} (the bisection returns the rate that {@code 1.1} represents, 0.1 up to
 * the last bit as {@link DiscountingEdgesTest} shows); {-100, 50, 50} pays back after 1 + 50 / 50 =
 * 2 years = 24 months.
 */
class IrrAndPaybackTest {

  @Test
  void anIrrWithARateHasNoReason() {
    Irr irr = Discounting.irr(new double[] {-100, 100});

    assertThat(irr.isDefined()).isTrue();
    assertThat(irr.rate()).isZero();
    assertThat(irr.toOptional()).isEqualTo(OptionalDouble.of(0));
    assertThat(irr).hasToString("Irr[rate=0.0]");
    assertThatThrownBy(irr::reason)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("there is no reason: the IRR is 0.0");
  }

  @Test
  void anIrrWithoutARateHasTheReasonInItsMessageAndDisplayForm() {
    Irr irr = Discounting.irr(new double[] {100, 50});

    assertThat(irr.isDefined()).isFalse();
    assertThat(irr.reason()).isEqualTo("no IRR: every flow is positive");
    assertThat(irr.toOptional()).isEmpty();
    assertThat(irr).hasToString("Irr[none: no IRR: every flow is positive]");
    assertThatThrownBy(irr::rate)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no IRR: every flow is positive");
  }

  @Test
  void resultsAreEqualByValue() {
    assertThat(Discounting.irr(new double[] {-100, 100}))
        .isEqualTo(Discounting.irr(new double[] {-5, 5}))
        .hasSameHashCodeAs(Discounting.irr(new double[] {-5, 5}))
        .isNotEqualTo(Discounting.irr(new double[] {-100, 200}))
        .isNotEqualTo(Discounting.irr(new double[] {-1}));
    assertThat(Discounting.irr(new double[] {-1}))
        .isEqualTo(Discounting.irr(new double[] {-2, -3}))
        .hasSameHashCodeAs(Discounting.irr(new double[] {-2, -3}))
        .isNotEqualTo(Discounting.irr(new double[] {1}));
    assertThat(Discounting.paybackMonths(new double[] {-100, 50, 50}))
        .isEqualTo(Discounting.paybackMonths(new double[] {-2, 1, 1}))
        .hasSameHashCodeAs(Discounting.paybackMonths(new double[] {-2, 1, 1}))
        .isNotEqualTo(Discounting.paybackMonths(new double[] {-100, 200}));
  }

  @Test
  void aPaybackInMonthsDisplaysItsMonths() {
    Payback payback = Discounting.paybackMonths(new double[] {-100, 50, 50});

    assertThat(payback.isDefined()).isTrue();
    assertThat(payback.months()).isEqualTo(24.0);
    assertThat(payback.toOptional()).isEqualTo(OptionalDouble.of(24));
    assertThat(payback).hasToString("Payback[months=24.0]");
    assertThatThrownBy(payback::reason)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("there is no reason: the payback is 24.0 months");
  }

  @Test
  void aPaybackThatNeverComesDisplaysItsReason() {
    assertThat(Discounting.paybackMonths(new double[] {-100, 30}))
        .hasToString(
            "Payback[none: no payback: the cumulative flow is still negative at the end of the"
                + " last year, year 1]");
  }

  @Test
  void theNanFormsAreNanExactlyWhereTheResultHasAReason() {
    double[] never = {-100, 30, 30};
    double[] twice = {-100, 230, -132};

    assertThat(Discounting.irrOrNaN(twice, 3)).isNaN();
    assertThat(Discounting.irr(twice, 3).reason()).isEqualTo("several IRRs: 10.0 % and 20.0 %");
    assertThat(Discounting.paybackMonthsOrNaN(never, 3)).isNaN();
    assertThat(Discounting.discountedPaybackMonthsOrNaN(0.1, never, 3)).isNaN();
    assertThat(Discounting.paybackMonthsOrNaN(new double[] {-100, 50, 50}, 3)).isEqualTo(24.0);
  }

  /**
   * A result holds -0.0 as 0.0 (a rate or months of minus zero is zero): Irr.of(-0.0) equals
   * Irr.of(0.0) and shows "Irr[rate=0.0]"; likewise Payback.of(-0.0) shows "Payback[months=0.0]".
   */
  @Test
  void minusZeroIsHeldAsZero() {
    assertThat(Irr.of(-0.0)).isEqualTo(Irr.of(0.0)).hasToString("Irr[rate=0.0]");
    assertThat(Double.doubleToRawLongBits(Irr.of(-0.0).rate())).isZero();
    assertThat(Payback.of(-0.0)).isEqualTo(Payback.of(0.0)).hasToString("Payback[months=0.0]");
    assertThat(Double.doubleToRawLongBits(Payback.of(-0.0).months())).isZero();
  }

  /**
   * Hash codes tell results apart: rates 0.1 and 0.2, months 12 and 24, and the reasons "a" and "b"
   * each give two different hash codes (a constant hash code would make every hash set of results a
   * list).
   */
  @Test
  void differentResultsHaveDifferentHashCodes() {
    assertThat(Irr.of(0.1).hashCode()).isNotEqualTo(Irr.of(0.2).hashCode());
    assertThat(Irr.none("a").hashCode()).isNotEqualTo(Irr.none("b").hashCode());
    assertThat(Payback.of(12).hashCode()).isNotEqualTo(Payback.of(24).hashCode());
    assertThat(Payback.none("a").hashCode()).isNotEqualTo(Payback.none("b").hashCode());
  }
}
