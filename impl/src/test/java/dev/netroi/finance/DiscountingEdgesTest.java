package dev.netroi.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/**
 * Edge cases of the IRR search of {@link Discounting}: roots exactly at the ends of the searched
 * range and at its grid points, roots just outside it, roots closer together than the grid, leading
 * zero flows, which end of a bisection bracket is returned, and the rate that {@code 1 + r}
 * represents. Every expected IRR is a closed form: with {@code g = 1 + r}, the flows are the
 * coefficients of a polynomial in {@code g} whose roots are chosen, {@code NPV x g^n = sum over t
 * of flows[t] g^(n - t)}.
 */
class DiscountingEdgesTest {

  /** {@code 1 + IRR_MIN_RATE} in doubles: the {@code g} of the lowest rate searched. */
  private static final double LOWEST_GROWTH = 1 + Discounting.IRR_MIN_RATE;

  /** Asserts an IRR that is {@code shown} as a percentage with one decimal, half-even. */
  private static void assertHasIrr(double[] flows, String shown) {
    Irr irr = Discounting.irr(flows);
    assertThat(irr.isDefined()).isTrue();
    assertThat(
            new BigDecimal(irr.rate())
                .movePointRight(2)
                .setScale(1, RoundingMode.HALF_EVEN)
                .toPlainString())
        .isEqualTo(shown);
    assertThatThrownBy(irr::reason)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("there is no reason: the IRR is " + irr.rate());
  }

  /**
   * A leading zero flow says nothing about the sign of the NPV at large rates: that is the sign of
   * the first non-zero flow. {0, 1, -1.1}: NPV = 1 / g - 1.1 / g^2 = 0 at g = 1.1, an IRR of 10 %
   * (positive for large rates, negative near -100 %). {0, -1, 1.1} is the same with the signs
   * swapped.
   */
  @Test
  void aLeadingZeroFlowDoesNotDecideTheSignOfTheNpvAtLargeRates() {
    double[] inflowFirst = {0, 1, -1.1};
    double[] outflowFirst = {0, -1, 1.1};

    assertThat(Discounting.irr(inflowFirst).rate()).isCloseTo(0.1, within(1e-15));
    assertHasIrr(inflowFirst, "10.0");
    assertThat(Discounting.irr(outflowFirst).rate()).isCloseTo(0.1, within(1e-15));
    assertHasIrr(outflowFirst, "10.0");
  }

  /**
   * A root exactly at the lowest rate searched, -0.9999, is found. With b = 1 + (-0.9999) computed
   * in doubles (the g the search uses there), the flows {-1, b} have NPV = -1 + b / g, zero at g =
   * b, and NPV x g = b - g is exactly 0 there. The IRR is -0.9999 itself; shown with one decimal it
   * is -99.99 % rounded, "-100.0".
   */
  @Test
  void aRootExactlyAtTheLowestSearchedRateIsThatRate() {
    double[] flows = {-1, LOWEST_GROWTH};

    assertThat(Discounting.irr(flows).rate()).isEqualTo(Discounting.IRR_MIN_RATE);
    assertThat(Discounting.irr(flows).rate()).isEqualTo(-0.9999);
    assertHasIrr(flows, "-100.0");
  }

  /**
   * Flows with two sign changes but one root in the range have that IRR, and the refusal says there
   * is nothing to refuse. -100 (g - 1.1)(g - 0.00001) = -100 g^2 + 110.001 g - 0.0011 (1.1 +
   * 0.00001 = 1.10001, 1.1 x 0.00001 = 0.000011): IRRs of 10 % and -99.999 %, the second below the
   * -99.99 % searched.
   */
  @Test
  void oneRootInTheRangeAmongSeveralSignChangesIsAnIrrNotARefusal() {
    double[] flows = {-100, 110.001, -0.0011};

    assertThat(Discounting.irr(flows).rate()).isCloseTo(0.1, within(1e-12));
    assertHasIrr(flows, "10.0");
  }

  /**
   * The IRR returned is the rate that {@code 1 + r} represents: {-100, 110} has an IRR of exactly
   * 10 %, 1 + r = 1.1, whose nearest double is the literal 1.1; the IRR is that double less 1
   * (exact, by Sterbenz's lemma), 0.10000000000000009, not one of the doubles near 0.1 that the
   * bisection also cannot tell apart from it (1 + each rounds to the same 1.1). So {@code (1 + irr)
   * - 1 == irr}. The same holds for an IRR found by the grid scan (flows with two sign changes, the
   * second root above the range: see {@link #aRootJustAboveTheHighestSearchedRateIsNotSeen()}).
   */
  @Test
  void theIrrIsTheRateThatOnePlusItRepresents() {
    double expected = 1.1 - 1;

    double bracketed = Discounting.irr(new double[] {-100, 110}).rate();
    double scanned = Discounting.irr(new double[] {-1, 1_005_002.1, -1_105_501.1}).rate();

    assertThat(expected).isEqualTo(0.10000000000000009);
    assertThat(bracketed).isEqualTo(expected);
    assertThat((1 + bracketed) - 1).isEqualTo(bracketed);
    assertThat(scanned).isCloseTo(0.1, within(1e-12));
    assertThat((1 + scanned) - 1).isEqualTo(scanned);
  }

  /**
   * The grid's last point is 1e6 exactly; a root just above it is outside the range and never seen.
   * -(g - 1.1)(g - 1,005,001) = -g^2 + 1,005,002.1 g - 1,105,501.1 (1.1 x 1,005,001 = 1,105,501.1):
   * IRRs of 10 % and 1,005,000 (100,500,000 %), the second above the 1e6 searched but below the
   * next point the grid would have, about 1e6 x 1.0116. So the flows have one IRR.
   */
  @Test
  void aRootJustAboveTheHighestSearchedRateIsNotSeen() {
    double[] flows = {-1, 1_005_002.1, -1_105_501.1};

    assertThat(Discounting.irr(flows).rate()).isCloseTo(0.1, within(1e-12));
    assertHasIrr(flows, "10.0");
  }

  /**
   * Roots count as one only when within 1e-9 x (1 + r) of each other, and near -100 % that is tiny.
   * 1e8 (g - 0.00012)(g - 0.000125) = 1e8 g^2 - 24,500 g + 1.5 (0.00012 + 0.000125 = 0.000245,
   * 0.00012 x 0.000125 = 1.5e-8): IRRs of -99.988 % and -99.9875 %, 5e-6 apart, far more than 1e-9
   * x 0.00012 = 1.2e-13, and a grid point between them (0.000125 / 0.00012 = 1.042 is more than the
   * grid's factor of 1.0116). Both show as "-100.0".
   */
  @Test
  void twoRootsNearMinusOneHundredPercentFiveMillionthsApartAreTwoIrrs() {
    double[] flows = {1e8, -24_500, 1.5};

    assertThat(Discounting.irr(flows).isDefined()).isFalse();
    assertThat(Discounting.irr(flows).reason()).isEqualTo("several IRRs: -100.0 % and -100.0 %");
  }

  /**
   * Two roots a billionth apart, on either side of the grid's second point, are still two roots
   * where 1 + r is about 1e-4 (they would be one only within 1e-9 x 1e-4 = 1e-13). The grid is
   * computed here as documented: rates evenly spaced in log(1 + r) from -0.9999 to 1e6, 2,000 of
   * them; the second has G = 1 + r = 1e-4 x e^step, step = (ln(1e6 + 1) - ln(1e-4)) / 1999. The
   * roots are g = G -+ 5e-10: -(g - g1)(g - g2) = -g^2 + (g1 + g2) g - g1 g2, negative at the first
   * grid point (below both roots), positive at G (between them), negative at the third. Evaluated
   * near G its terms are about 1e-8 and its value at G is 2.5e-19, far above their rounding (about
   * 1e-24), and rounding the coefficients moves the roots by about 1e-15.
   */
  @Test
  void twoRootsABillionthApartAroundAGridPointNearMinusOneHundredPercentAreTwoIrrs() {
    double step = (Math.log1p(1e6) - Math.log1p(-0.9999)) / 1999;
    double second = Math.exp(Math.log1p(-0.9999) + step);
    double g1 = second - 5e-10;
    double g2 = second + 5e-10;
    double[] flows = {-1, g1 + g2, -g1 * g2};

    assertThat(second).isCloseTo(1.0116e-4, within(1e-8));
    assertThat(Discounting.irr(flows).isDefined()).isFalse();
    assertThat(Discounting.irr(flows).reason()).isEqualTo("several IRRs: -100.0 % and -100.0 %");
  }

  /**
   * A grid rate at which the NPV is exactly zero is a root, the lowest one included. With b = 1 +
   * (-0.9999) in doubles and c = 2^-13 (about 1.22e-4, so r = -99.9878 %), -(g - b)(g - c) = -g^2 +
   * (b + c) g - bc, where b + c and bc are exact (c is a power of two and b's last 13 bits of
   * mantissa are zero, so the sum needs no rounding). At g = b the NPV x g^2 is (-b + (b + c)) b -
   * bc = cb - bc = 0 exactly; the NPV is positive just above b (between the roots), so only the
   * exact zero shows the root at -0.9999. Two IRRs, both "-100.0 %".
   */
  @Test
  void anExactZeroAtTheLowestGridRateIsARootBesideAnother() {
    double c = Math.scalb(1.0, -13);
    double b = LOWEST_GROWTH;
    double[] flows = {-1, b + c, -b * c};

    assertThat(b + c - b).isEqualTo(c);
    assertThat(Discounting.irr(flows).isDefined()).isFalse();
    assertThat(Discounting.irr(flows).reason()).isEqualTo("several IRRs: -100.0 % and -100.0 %");
  }

  /**
   * Sixty leading zero flows, the investment 60 periods from now: NPV = x^60 (-1 + 2x) with x = 1 /
   * g, zero at x = 1/2: an IRR of exactly 100 %. x^60 is below the smallest double for large rates
   * (at r = 1e6 it is 1e-360), where the NPV underflows to zero; the IRR is still 100 %, and
   * evaluated at g = 2 the NPV is exactly 0 (x = 1/2 is exact).
   */
  @Test
  void anInvestmentSixtyPeriodsAwayHasItsIrr() {
    double[] flows = new double[62];
    flows[60] = -1;
    flows[61] = 2;

    assertThat(Discounting.irr(flows).rate()).isEqualTo(1.0);
    assertHasIrr(flows, "100.0");
  }

  /**
   * Sixty leading zero flows and an IRR below the range: NPV = x^60 (-1 + 0.00001 x), zero at x =
   * 100,000, that is g = 0.00001, r = -99.999 %, below the -99.99 % searched. Refused, although for
   * large rates the NPV underflows to zero (x^60 below the smallest double): the sign at the lowest
   * rate already matches that of the first non-zero flow, -1, so the root is below the range.
   */
  @Test
  void anInvestmentSixtyPeriodsAwayWithAnIrrBelowTheRangeIsRefused() {
    double[] flows = new double[62];
    flows[60] = -1;
    flows[61] = 0.00001;

    assertThat(Discounting.irr(flows).isDefined()).isFalse();
    assertThat(Discounting.irr(flows).reason())
        .isEqualTo("no IRR between -99.99 % and 100000000 %");
  }

  /**
   * Flows that sum to zero have an IRR of exactly 0: -1,528.62 + 327.36 + 849.82 + 49.50 + 301.94 =
   * 0 (327.36 + 849.82 = 1,177.18; + 49.50 = 1,226.68; + 301.94 = 1,528.62). At 1 + r = 1 the NPV
   * of these doubles evaluates to exactly 0 and the IRR is 0, not the neighbouring 2^-52 (1 + r the
   * next double above 1). This pins that the evaluation at 1 + r = 1 is the one in powers of 1 / (1
   * + r); summed in the opposite order these flows leave a rounding residue.
   */
  @Test
  void flowsSummingToZeroHaveAnIrrOfExactlyZero() {
    double[] flows = {-1_528.62, 327.36, 849.82, 49.5, 301.94};

    assertThat(Discounting.irr(flows).rate()).isZero();
  }

  /**
   * Bisection stops at neighbouring rates and returns the one with the smaller |NPV|. Below -50 %,
   * a rate r and g = 1 + r are both exact, and neighbouring rates are 2^-53 apart, so their g are
   * 2^-53 apart too; for g in [1/8, 1/4) doubles are 2^-55 apart. Flows {-1, m}: NPV x g = m - g,
   * exact (Sterbenz), with the IRR at g = m. With g1 = 1 - 0.8 and m = g1 + 2^-55 (a quarter of the
   * way to the next rate's g1 + 2^-53), |NPV x g| is 2^-55 at r = -0.8 and 3 x 2^-55 at the next
   * rate up: the IRR returned is -0.8. With m = g1 + 3 x 2^-55 it is the next rate up, -0.8 +
   * 2^-53. Neither m is the g of any rate, so the NPV is never exactly 0 on the way.
   */
  @Test
  void bisectionReturnsTheEndOfItsBracketWithTheSmallerNpv() {
    double g1 = 1 - 0.8;
    double quarter = Math.scalb(1.0, -55);

    assertThat(g1 - 1).isEqualTo(-0.8);
    assertThat(Math.ulp(g1)).isEqualTo(quarter);
    assertThat(Discounting.irr(new double[] {-1, g1 + quarter}).rate()).isEqualTo(-0.8);
    assertThat(Discounting.irr(new double[] {-1, g1 + 3 * quarter}).rate())
        .isEqualTo(-0.8 + Math.scalb(1.0, -53))
        .isEqualTo(Math.nextUp(-0.8));
  }

  /**
   * On a tie the lower end is returned. With g1 = 1 - 0.7, in [1/4, 1/2) where doubles are 2^-54
   * apart, and m = g1 + 2^-54, exactly halfway between the g of -0.7 and that of the next rate up,
   * -0.7 + 2^-53: |NPV x g| = |m - g| is 2^-54 at both, and the IRR returned is -0.7.
   */
  @Test
  void bisectionReturnsTheLowerEndWhenBothHaveTheSameNpv() {
    double g1 = 1 - 0.7;
    double half = Math.scalb(1.0, -54);

    assertThat(Math.ulp(g1)).isEqualTo(half);
    assertThat(Discounting.irr(new double[] {-1, g1 + half}).rate()).isEqualTo(-0.7);
  }

  /**
   * A rate of -1e15 is shown as Java prints the double, -1.0E15: whole numbers are shown without a
   * decimal point only when below 1e15 in magnitude (-1e15 + 1 would be "-999999999999999").
   */
  @Test
  void aRateOfMinusOneQuadrillionIsShownInScientificNotation() {
    assertThatThrownBy(() -> Discounting.npv(-1e15, new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rate must be greater than -1 (-100 %) but was -1.0E15");
    assertThatThrownBy(() -> Discounting.npv(-999_999_999_999_999.0, new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rate must be greater than -1 (-100 %) but was -999999999999999");
  }

  /** Flows of {@code zeros} zeros, then {@code rest}. */
  private static double[] after(int zeros, double... rest) {
    double[] flows = new double[zeros + rest.length];
    System.arraycopy(rest, 0, flows, zeros, rest.length);
    return flows;
  }

  /**
   * Leading zeros do not change the roots: NPV(r) of 60 zeros then f is NPV_f(r) / (1 + r)^60. At a
   * rate of 1e6 that factor is 1e-360, below the least double, so a search over the whole flows saw
   * an exact 0 there and took it for a root (found by the mutation tests' reviewer): {-1, 1e9}
   * after 60 zeros has the IRR 1e9 - 1 (1 + r = 1e9), above the range, but was given 262,144.
   */
  @Test
  void leadingZerosNeitherHideNorInventARoot() {
    double[] aboveTheRange = after(60, -1, 1e9);
    assertThat(Discounting.irr(aboveTheRange).isDefined()).isFalse();
    assertThat(Discounting.irr(aboveTheRange).reason())
        .isEqualTo("no IRR between -99.99 % and 100000000 %");

    // -100 + 230 g - 132 g^2 = -(1.2 g - 1)(110 g - 100) with g = 1 / (1 + r): 10 % and 20 %
    double[] two = after(60, -100, 230, -132);
    assertThat(Discounting.irr(two).isDefined()).isFalse();
    assertThat(Discounting.irr(two).reason()).isEqualTo("several IRRs: 10.0 % and 20.0 %");

    // -100 + 110.001 g' - 0.0011 g'^2 in g' = 1 + r: (g' - 1.1)(-100 g' + 0.001) = 0, so 10 % and
    // -99.999 %, below the searched range: one IRR, 10 %
    double[] one = after(60, -100, 110.001, -0.0011);
    assertThat(Discounting.irr(one).rate()).isCloseTo(0.10, within(1e-12));
    assertThat(Discounting.irr(after(1, -100, 110.001, -0.0011)).rate())
        .isCloseTo(0.10, within(1e-12));
  }

  /**
   * The stated bound of a bisection holds for the widest bracket whose width is a finite double:
   * halving [0, MAX_VALUE] towards the least positive double (the finest spacing) until its ends
   * are adjacent takes fewer than MAX_BISECTIONS steps (about 1,024 + 1,074).
   */
  @Test
  void theWidestBracketOfDoublesNarrowsWithinTheStatedBound() {
    double lo = 0;
    double hi = Double.MAX_VALUE;
    int steps = 0;
    while (steps <= Discounting.MAX_BISECTIONS) {
      double mid = lo + (hi - lo) / 2;
      if (mid <= lo || mid >= hi) {
        break;
      }
      if (mid >= Double.MIN_VALUE) {
        hi = mid;
      } else {
        lo = mid;
      }
      steps++;
    }
    assertThat(steps).isBetween(1024, Discounting.MAX_BISECTIONS);
    assertThat(hi).isEqualTo(Double.MIN_VALUE);
    assertThat(lo).isEqualTo(0.0);
  }
}
