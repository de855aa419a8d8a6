package dev.netroi.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of the discounting formulas. The NPV and IRR examples are those of Microsoft
 * Excel's function reference: "NPV function"
 * (https://support.microsoft.com/en-us/office/npv-function-8672cb67-2576-4d07-b67b-ac28acf2a568)
 * and "IRR function"
 * (https://support.microsoft.com/en-us/office/irr-function-64925eaa-9988-495b-b290-3ad0c163c1bc),
 * asserted to the precision they display (cents, 0.01 %). Excel's {@code NPV} discounts its first
 * value by one period, so its first example, whose investment is at the end of the first period, is
 * {@code {0, -10000, ...}} here; its second example adds the initial investment undiscounted, which
 * is {@code flows[0]} here.
 */
class DiscountingTest {

  private static final double[] EXCEL_IRR = {-70_000, 12_000, 15_000, 18_000, 21_000, 26_000};

  private static double sumOfMagnitudes(double[] flows, int length) {
    double sum = 0;
    for (int t = 0; t < length; t++) {
      sum += Math.abs(flows[t]);
    }
    return sum;
  }

  // discount factors and NPV

  @Test
  void discountFactorsAreOneOverOnePlusTheRateToThePeriod() {
    assertThat(Discounting.discountFactor(0.1, 0)).isEqualTo(1.0);
    assertThat(Discounting.discountFactor(0.1, 1)).isEqualTo(1 / 1.1);
    assertThat(Discounting.discountFactor(0.1, 2)).isEqualTo(1 / Math.pow(1.1, 2));
    assertThat(Discounting.discountFactor(0, 30)).isEqualTo(1.0);
    assertThat(Discounting.discountFactor(-0.5, 3)).isEqualTo(8.0);
  }

  @Test
  void excelsFirstNpvExampleIs1188Point44() {
    // =NPV(10%, -10000, 3000, 4200, 6800): the investment a period from now
    double npv = Discounting.npv(0.10, new double[] {0, -10_000, 3_000, 4_200, 6_800});

    assertThat(npv).isCloseTo(1_188.44, within(0.005));
  }

  @Test
  void excelsSecondNpvExampleIs1922Point06AndMinus3749Point47WithASixthYearLoss() {
    // =NPV(8%, 8000, 9200, 10000, 12000, 14500) + (-40000)
    double[] flows = {-40_000, 8_000, 9_200, 10_000, 12_000, 14_500, -9_000};

    assertThat(Discounting.npv(0.08, flows, 6)).isCloseTo(1_922.06, within(0.005));
    // =NPV(8%, 8000, 9200, 10000, 12000, 14500, -9000) + (-40000)
    assertThat(Discounting.npv(0.08, flows)).isCloseTo(-3_749.47, within(0.005));
  }

  @Test
  void theNpvAtRateZeroIsThePlainSumAndFlowsZeroIsNotDiscounted() {
    assertThat(Discounting.npv(0, new double[] {-100, 30, 30, 30, 30})).isEqualTo(20.0);
    assertThat(Discounting.npv(0.5, new double[] {-100})).isEqualTo(-100.0);
    assertThat(Discounting.npv(0.1, new double[] {0, 110})).isCloseTo(100, within(1e-12));
  }

  @Test
  void theLengthOverloadReadsOnlyTheFirstFlowsOfAScratchArray() {
    double[] scratch = {-100, 60, 60, Double.NaN};

    assertThat(Discounting.npv(0.1, scratch, 3))
        .isEqualTo(Discounting.npv(0.1, new double[] {-100, 60, 60}));
    assertThat(Discounting.irr(scratch, 3).rate()).isCloseTo(0.130662, within(1e-6));
    // 1 + 40 / 60 = 5 / 3 years = 20 months
    assertThat(Discounting.paybackMonths(scratch, 3).months()).isCloseTo(20, within(1e-13));
    assertThat(Discounting.npv(0.1, scratch, 1)).isEqualTo(-100.0);
  }

  @Test
  void aZeroFlowIsWorthZeroEvenWhereTheDiscountFactorOverflows() {
    double[] flows = new double[200];
    flows[0] = -1;

    assertThat(Discounting.discountFactor(-0.9999, 199)).isInfinite();
    assertThat(Discounting.npv(-0.9999, flows)).isEqualTo(-1.0);
  }

  // annuity factor

  @Test
  void theAnnuityFactorOfTenPercentOverThreeYearsIs2Point486852() {
    assertThat(Discounting.annuityFactor(0.10, 3)).isCloseTo(2.486852, within(5e-7));
    assertThat(Discounting.annuityFactor(0.10, 3))
        .isEqualTo(1 / 1.1 + 1 / Math.pow(1.1, 2) + 1 / Math.pow(1.1, 3));
    assertThat(Discounting.annuityFactor(0.10, 0)).isZero();
    assertThat(Discounting.annuityFactor(0, 7)).isEqualTo(7.0);
  }

  @Test
  void theAnnuityFactorIsExactlyTheNpvOfOnePerPeriod() {
    assertThat(Discounting.annuityFactor(0.07, 5))
        .isEqualTo(Discounting.npv(0.07, new double[] {0, 1, 1, 1, 1, 1}));
  }

  // IRR

  @Test
  void excelsIrrExamplesAre8Point66AndMinus2Point12AndMinus44Point35Percent() {
    assertIrr(EXCEL_IRR, 6, 0.0866);
    assertIrr(EXCEL_IRR, 5, -0.0212);
    assertIrr(EXCEL_IRR, 3, -0.4435);
  }

  private static void assertIrr(double[] flows, int length, double shown) {
    double irr = Discounting.irr(flows, length).rate();

    assertThat(irr).isCloseTo(shown, within(0.00005));
    assertThat(Discounting.npv(irr, flows, length))
        .isCloseTo(0, within(1e-9 * sumOfMagnitudes(flows, length)));
    assertThatThrownBy(() -> Discounting.irr(flows, length).reason())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("there is no reason: the IRR is " + irr);
  }

  @Test
  void anIrrOfExactlyZeroOrOfARoundRateIsFound() {
    assertThat(Discounting.irr(new double[] {-100, 100}).rate()).isZero();
    assertThat(Discounting.irr(new double[] {-100, 110}).rate()).isCloseTo(0.1, within(1e-15));
    assertThat(Discounting.irr(new double[] {100, -121, 0}).rate()).isCloseTo(0.21, within(1e-15));
    assertThat(Discounting.irr(new double[] {0, 0, -1, 2}).rate()).isCloseTo(1, within(1e-15));
  }

  @Test
  void irrsAreFoundUpToTheEndsOfTheSearchedRange() {
    assertThat(Discounting.irr(new double[] {-1, 1e6}).rate()).isCloseTo(1e6 - 1, within(1e-6));
    assertThat(Discounting.irr(new double[] {-1, 2e-4}).rate()).isCloseTo(-0.9998, within(1e-15));
  }

  @Test
  void irrsOutsideTheSearchedRangeAreRefused() {
    double[] tooHigh = {-1, 1e9};
    double[] tooLow = {-1, 1e-5};

    assertThat(Discounting.irr(tooHigh).isDefined()).isFalse();
    assertThat(Discounting.irr(tooHigh).reason())
        .isEqualTo("no IRR between -99.99 % and 100000000 %");
    assertThat(Discounting.irr(tooLow).isDefined()).isFalse();
    assertThat(Discounting.irr(tooLow).reason())
        .isEqualTo("no IRR between -99.99 % and 100000000 %");
  }

  @Test
  void flowsWithTwoIrrsOfTenAndTwentyPercentAreRefusedWithBoth() {
    // -100 + 230 / 1.1 - 132 / 1.21 = 0 and -100 + 230 / 1.2 - 132 / 1.44 = 0
    double[] flows = {-100, 230, -132};

    assertThat(Discounting.npv(0.1, flows)).isCloseTo(0, within(1e-12));
    assertThat(Discounting.npv(0.2, flows)).isCloseTo(0, within(1e-12));
    assertThat(Discounting.irr(flows).isDefined()).isFalse();
    assertThat(Discounting.irr(flows).reason()).isEqualTo("several IRRs: 10.0 % and 20.0 %");
  }

  @Test
  void threeIrrsAreListedAndAFourthIsCounted() {
    // -100 (g - 1.1)(g - 1.2)(g - 1.5) with g = 1 + r, in powers of 1 / g
    double[] three = {-100, 380, -477, 198};
    // 100 (g - 1.1)(g - 1.2)(g - 1.5)(g - 2)
    double[] four = {100, -580, 1237, -1152, 396};

    assertThat(Discounting.irr(three).isDefined()).isFalse();
    assertThat(Discounting.irr(three).reason())
        .isEqualTo("several IRRs: 10.0 %, 20.0 % and 50.0 %");
    assertThat(Discounting.irr(four).isDefined()).isFalse();
    assertThat(Discounting.irr(four).reason())
        .isEqualTo("several IRRs: 10.0 %, 20.0 %, 50.0 % and 1 more");
  }

  @Test
  void negativeIrrsAreListedWithAMinus() {
    // -100 (g - 0.5)(g - 1.1) in powers of 1 / g: IRRs of -50 % and 10 %
    double[] flows = {-100, 160, -55};

    assertThat(Discounting.irr(flows).reason()).isEqualTo("several IRRs: -50.0 % and 10.0 %");
  }

  /**
   * The NPV of flows at a rate, by the plain definition (sum of flows[t] / (1 + rate)^t), written
   * here so that a check of a root does not use the code under test.
   */
  static double plainNpv(double rate, double[] flows) {
    double sum = 0;
    for (int t = 0; t < flows.length; t++) {
      sum += flows[t] / Math.pow(1 + rate, t);
    }
    return sum;
  }

  /** The scale of the NPV at a rate: the sum of |flows[t]| / (1 + rate)^t. */
  static double plainScale(double rate, double[] flows) {
    double sum = 0;
    for (int t = 0; t < flows.length; t++) {
      sum += Math.abs(flows[t]) / Math.pow(1 + rate, t);
    }
    return sum;
  }

  /** The rates a "several IRRs" refusal lists, as fractions: "10.0 %" is 0.1. */
  static List<Double> listedIrrs(String refusal) {
    assertThat(refusal).startsWith("several IRRs: ");
    List<Double> rates = new ArrayList<>();
    Matcher listed = Pattern.compile("(-?\\d+\\.\\d) %").matcher(refusal);
    while (listed.find()) {
      rates.add(new BigDecimal(listed.group(1)).movePointLeft(2).doubleValue());
    }
    return rates;
  }

  /** Asserts that each rate a refusal lists is a root of the flows, to rounding. */
  private static void assertListedRatesAreRoots(double[] flows, List<Double> expected) {
    String refusal = Discounting.irr(flows).reason();
    List<Double> listed = listedIrrs(refusal);

    assertThat(listed).as(refusal).containsExactlyElementsOf(expected);
    for (double rate : listed) {
      assertThat(plainNpv(rate, flows))
          .as("NPV at %s of %s", rate, Arrays.toString(flows))
          .isCloseTo(0, within(1e-12 * plainScale(rate, flows)));
    }
  }

  /**
   * The rates listed are roots. With g = 1 + r, NPV x g^n is the polynomial sum flows[t] x g^(n-t),
   * so flows that are the coefficients of c (g - g1)...(g - gk) have the IRRs g1 - 1, ..., gk - 1:
   *
   * <ul>
   *   <li>-100 (g - 1.1)(g - 1.2) = -100 g^2 + 230 g - 132 ((1.1)(1.2) = 1.32, 1.1 + 1.2 = 2.3): 10
   *       % and 20 %;
   *   <li>-100 (g - 0.5)(g - 1.1) = -100 g^2 + 160 g - 55: -50 % and 10 %;
   *   <li>-100 (g - 1.1)(g - 1.2)(g - 1.5) = -100 (g^3 - 3.8 g^2 + 4.77 g - 1.98): 10, 20 and 50 %;
   *   <li>100 (g - 1.1)(g - 1.2)(g - 1.5)(g - 2) = 100 (g^4 - 5.8 g^3 + 12.37 g^2 - 11.52 g +
   *       3.96): 10, 20, 50 and 100 %, of which the refusal lists the first three.
   * </ul>
   */
  @Test
  void theIrrsARefusalListsAreRootsOfTheFlows() {
    assertListedRatesAreRoots(new double[] {-100, 230, -132}, List.of(0.1, 0.2));
    assertListedRatesAreRoots(new double[] {-100, 160, -55}, List.of(-0.5, 0.1));
    assertListedRatesAreRoots(new double[] {-100, 380, -477, 198}, List.of(0.1, 0.2, 0.5));
    double[] four = {100, -580, 1237, -1152, 396};
    assertListedRatesAreRoots(four, List.of(0.1, 0.2, 0.5));
    // the fourth root, counted but not listed, is a root too
    assertThat(Discounting.irr(four).reason()).endsWith(" and 1 more");
    assertThat(plainNpv(1.0, four)).isCloseTo(0, within(1e-12 * plainScale(1.0, four)));
  }

  /**
   * Scaling the flows changes neither their roots nor the rates listed: 1,000 x (-100, 230, -132)
   * and 2^-20 x the same still have IRRs of 10 % and 20 %.
   */
  @Test
  void theIrrsListedDoNotDependOnTheScaleOfTheFlows() {
    assertListedRatesAreRoots(new double[] {-100_000, 230_000, -132_000}, List.of(0.1, 0.2));
    double tiny = Math.scalb(1.0, -20);
    assertListedRatesAreRoots(
        new double[] {-100 * tiny, 230 * tiny, -132 * tiny}, List.of(0.1, 0.2));
  }

  @Test
  void flowsWithSeveralSignChangesButOneIrrInTheRangeHaveThatIrr() {
    // roots 1 + r = (250 +- sqrt(62500 - 0.4)) / 200: about 149.9 % and -99.9996 %, out of range
    double[] flows = {-100, 250, -0.001};
    double expected = (250 + Math.sqrt(62_500 - 0.4)) / 200 - 1;

    double irr = Discounting.irr(flows).rate();

    assertThat(irr).isCloseTo(expected, within(1e-12));
    assertThat(Discounting.npv(irr, flows)).isCloseTo(0, within(1e-9 * 350));
  }

  @Test
  void flowsWithSignChangesButNoRealRootHaveNoIrrInTheRange() {
    double[] flows = {1, -1, 1}; // g^2 - g + 1 > 0

    assertThat(Discounting.irr(flows).isDefined()).isFalse();
    assertThat(Discounting.irr(flows).reason())
        .isEqualTo("no IRR between -99.99 % and 100000000 %");
  }

  @Test
  void flowsWithoutSignChangeHaveNoIrrAndSayWhichSignTheyHave() {
    assertRefused(new double[] {-1, -2, -3}, "no IRR: every flow is negative");
    assertRefused(new double[] {1, 2}, "no IRR: every flow is positive");
    assertRefused(new double[] {0, 0, 0}, "no IRR: every flow is zero");
    assertRefused(new double[] {0}, "no IRR: every flow is zero");
    assertRefused(new double[] {0, -5, 0}, "no IRR: every flow is zero or negative");
    assertRefused(new double[] {-5, 0}, "no IRR: every flow is zero or negative");
    assertRefused(new double[] {0, 5}, "no IRR: every flow is zero or positive");
  }

  @Test
  void theLengthOverloadRefusesWithTheSameExactMessages() {
    // the scratch array's tail would change the answer if it were read
    double[] scratch = {-1, -2, 5, 7};

    assertThat(Discounting.irr(scratch, 2).isDefined()).isFalse();
    assertThat(Discounting.irr(scratch, 2).reason()).isEqualTo("no IRR: every flow is negative");
    assertThat(Discounting.irr(new double[] {0, 0, 3}, 2).reason())
        .isEqualTo("no IRR: every flow is zero");
    assertThat(Discounting.irr(new double[] {4, 0, -3}, 2).reason())
        .isEqualTo("no IRR: every flow is zero or positive");
    // -1 then 1e9 one period later: an IRR of 10^9 - 1, above the 1e6 searched
    assertThat(Discounting.irr(new double[] {-1, 1e9, -5e9}, 2).reason())
        .isEqualTo("no IRR between -99.99 % and 100000000 %");
    // 1 - 1 / g + 1 / g^2 has no real root (g^2 - g + 1 > 0)
    assertThat(Discounting.irr(new double[] {1, -1, 1, -100}, 3).reason())
        .isEqualTo("no IRR between -99.99 % and 100000000 %");
    // -100 (g - 1.1)(g - 1.2) in the first three of four flows
    assertThat(Discounting.irr(new double[] {-100, 230, -132, 1e6}, 3).reason())
        .isEqualTo("several IRRs: 10.0 % and 20.0 %");
  }

  private static void assertRefused(double[] flows, String reason) {
    assertThat(Discounting.irr(flows).isDefined()).isFalse();
    assertThat(Discounting.irr(flows).reason()).isEqualTo(reason);
  }

  @Test
  void hugeFlowsDoNotOverflowTheIrrSearch() {
    double[] flows = {-Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};

    // 1 / g + 1 / g^2 = 1: g = golden ratio
    assertThat(Discounting.irr(flows).rate()).isCloseTo((1 + Math.sqrt(5)) / 2 - 1, within(1e-15));
  }

  @Test
  void longFlowsNearMinusOneDoNotOverflowTheIrrSearch() {
    double[] flows = new double[300];
    flows[0] = -1;
    flows[299] = 1e-300; // (1 + r)^299 = 1e-300: r = 10^(-300/299) - 1, about -90.07 %

    assertThat(Discounting.irr(flows).rate())
        .isCloseTo(Math.pow(10, -300.0 / 299) - 1, within(1e-14));
  }

  // payback, in months = years x 12

  /** The reason of a simple payback that never comes, for flows whose last year is {@code year}. */
  private static String noPayback(int year) {
    return "no payback: the cumulative flow is still negative at the end of the last year, year "
        + year;
  }

  /**
   * {-100, 30, 30, 30, 30}: cumulative -100, -70, -40, -10, 20; the last negative is year 3, so 3 +
   * 10 / 30 = 10 / 3 years = 40 months. {-100, 50, 50}: -100, -50, 0; 1 + 50 / 50 = 2 years = 24
   * months. {-100, 200}: 0 + 100 / 200 = 0.5 years = 6 months. {-100, 150, -100, 100}: -100, 50,
   * -50, 50; 2 + 50 / 100 = 2.5 years = 30 months.
   */
  @Test
  void paybackIsLinearWithinTheYearInWhichTheCumulativeFlowTurnsNonNegative() {
    assertThat(Discounting.paybackMonths(new double[] {-100, 30, 30, 30, 30}).months())
        .isCloseTo(40, within(1e-13));
    assertThat(Discounting.paybackMonths(new double[] {-100, 50, 50}).months()).isEqualTo(24.0);
    assertThat(Discounting.paybackMonths(new double[] {-100, 200}).months()).isEqualTo(6.0);
    // a later loss undoes the first payback: the cumulative flow ends negative
    assertThat(Discounting.paybackMonths(new double[] {-100, 150, -500}).reason())
        .isEqualTo(noPayback(2));
    // ... and a second one counts from the last time the cumulative flow was negative
    assertThat(Discounting.paybackMonths(new double[] {-100, 150, -100, 100}).months())
        .isEqualTo(30.0);
  }

  @Test
  void flowsWhoseCumulativeFlowIsNeverNegativePayBackAtOnce() {
    assertThat(Discounting.paybackMonths(new double[] {0, 10, 20}).months()).isZero();
    assertThat(Discounting.paybackMonths(new double[] {5}).months()).isZero();
    assertThat(Discounting.paybackMonths(new double[] {5, -5, 1}).months()).isZero();
    assertThat(Discounting.discountedPaybackMonths(0.1, new double[] {0, 0, 20}).months()).isZero();
  }

  /** {0, -10, 20}: cumulative 0, -10, 10; 1 + 10 / 20 = 1.5 years = 18 months. */
  @Test
  void flowsThatStartAtZeroAndThenLoseNeverPayBack() {
    // an upgrade with no capex that costs more each year than it earns
    assertThat(Discounting.paybackMonths(new double[] {0, -5, -5}).reason())
        .isEqualTo(noPayback(2));
    assertThat(Discounting.discountedPaybackMonths(0.1, new double[] {0, -5, -5}).reason())
        .isEqualTo(
            "no discounted payback at 10 %: the cumulative discounted flow is still negative at"
                + " the end of the last year, year 2");
    // with no capex but a first-year loss, it pays back once the cumulative flow recovers
    assertThat(Discounting.paybackMonths(new double[] {0, -10, 20}).months()).isEqualTo(18.0);
  }

  /**
   * {-100, 30, 30, 30} ends at -10; {-1} at -1 in year 0; {-100, 50, 50} at 12 % has present values
   * -100, 44.64, 39.86, which end at -15.50.
   */
  @Test
  void flowsThatNeverPayBackHaveNoPaybackAndSayWhy() {
    Payback never = Discounting.paybackMonths(new double[] {-100, 30, 30, 30});
    assertThat(never.isDefined()).isFalse();
    assertThat(never.reason()).isEqualTo(noPayback(3));
    assertThat(never.toOptional()).isEmpty();
    assertThatThrownBy(never::months)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(noPayback(3));
    assertThat(Discounting.paybackMonths(new double[] {-1}).reason()).isEqualTo(noPayback(0));
    assertThat(Discounting.discountedPaybackMonths(0.12, new double[] {-100, 50, 50}).reason())
        .isEqualTo(
            "no discounted payback at 12 %: the cumulative discounted flow is still negative at"
                + " the end of the last year, year 2");
  }

  /**
   * {-100, 60, 60}: simple, 1 + 40 / 60 years = 20 months; at 10 % the present values are -100,
   * 54.55, 49.59, cumulative -45.45 after year 1, so 1 + (100 - 60 / 1.1) / (60 / 1.21) = 1.9167
   * years = 23.0 months.
   */
  @Test
  void discountedPaybackIsThePaybackOfThePresentValues() {
    double[] flows = {-100, 60, 60};
    double expectedYears = 1 + (100 - 60 / 1.1) / (60 / 1.21);

    assertThat(Discounting.paybackMonths(flows).months()).isCloseTo(20, within(1e-13));
    assertThat(Discounting.discountedPaybackMonths(0.1, flows).months())
        .isCloseTo(12 * expectedYears, within(1e-12));
    assertThat(12 * expectedYears).isCloseTo(23.0, within(0.001));
    assertThat(Discounting.discountedPaybackMonths(0, flows))
        .isEqualTo(Discounting.paybackMonths(flows));
  }

  // depreciation

  @Test
  void straightLineDepreciationSpreadsCostLessResidualEvenlyOverTheLife() {
    assertThat(Discounting.straightLineDepreciation(1_000, 100, 3, 1)).isEqualTo(300.0);
    assertThat(Discounting.straightLineDepreciation(1_000, 100, 3, 3)).isEqualTo(300.0);
    assertThat(Discounting.straightLineDepreciation(1_000, 100, 3, 4)).isZero();
    assertThat(Discounting.bookValue(1_000, 100, 3, 0)).isEqualTo(1_000.0);
    assertThat(Discounting.bookValue(1_000, 100, 3, 1)).isEqualTo(700.0);
    assertThat(Discounting.bookValue(1_000, 100, 3, 3)).isEqualTo(100.0);
    assertThat(Discounting.bookValue(1_000, 100, 3, 10)).isEqualTo(100.0);
  }

  @Test
  void aFractionalLifeEndsWithAPartialYear() {
    // 900 over 2.5 years: 360, 360, then 180
    assertThat(Discounting.straightLineDepreciation(1_000, 100, 2.5, 2)).isEqualTo(360.0);
    assertThat(Discounting.straightLineDepreciation(1_000, 100, 2.5, 3)).isEqualTo(180.0);
    assertThat(Discounting.straightLineDepreciation(1_000, 100, 2.5, 4)).isZero();
    assertThat(Discounting.bookValue(1_000, 100, 2.5, 2)).isEqualTo(280.0);
    assertThat(Discounting.bookValue(1_000, 100, 2.5, 3)).isEqualTo(100.0);
  }

  // argument checks

  @Test
  void ratesAtOrBelowMinusOneOrNotFiniteAreRejected() {
    assertThatThrownBy(() -> Discounting.npv(-1, new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rate must be greater than -1 (-100 %) but was -1");
    assertThatThrownBy(() -> Discounting.discountFactor(-1.5, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rate must be greater than -1 (-100 %) but was -1.5");
    assertThatThrownBy(() -> Discounting.annuityFactor(Double.NaN, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rate must be finite but was NaN");
    assertThatThrownBy(
            () -> Discounting.discountedPaybackMonths(Double.POSITIVE_INFINITY, new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rate must be finite but was Infinity");
  }

  @Test
  void flowsMustBeFiniteNonEmptyAndNotNull() {
    assertThatThrownBy(() -> Discounting.npv(0.1, new double[] {1, 2, 3, Double.NaN}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("flows[3] must be finite but was NaN");
    assertThatThrownBy(() -> Discounting.irr(new double[] {Double.NEGATIVE_INFINITY}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("flows[0] must be finite but was -Infinity");
    assertThatThrownBy(() -> Discounting.paybackMonths(new double[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("flows must not be empty but had 0 entries");
    assertThatThrownBy(() -> Discounting.irr(new double[0]).reason())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("flows must not be empty but had 0 entries");
    assertThatThrownBy(() -> Discounting.npv(0.1, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("flows must not be null");
    assertThatThrownBy(() -> Discounting.irr(null, 1))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("flows must not be null");
  }

  @Test
  void lengthsMustBeWithinTheArray() {
    double[] flows = {-1, 2, 3, 4};

    assertThatThrownBy(() -> Discounting.npv(0.1, flows, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("length must be in [1, 4] but was 5");
    assertThatThrownBy(() -> Discounting.irr(flows, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("length must be in [1, 4] but was 0");
    assertThatThrownBy(() -> Discounting.discountedPaybackMonths(0.1, flows, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("length must be in [1, 4] but was -1");
  }

  @Test
  void periodsYearsAndLivesMustBeInRange() {
    assertThatThrownBy(() -> Discounting.discountFactor(0.1, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("period must not be negative but was -1");
    assertThatThrownBy(() -> Discounting.annuityFactor(0.1, -2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("periods must not be negative but was -2");
    assertThatThrownBy(() -> Discounting.straightLineDepreciation(1, 0, 3, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("year must be at least 1 but was 0");
    assertThatThrownBy(() -> Discounting.bookValue(1, 0, 3, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("years must not be negative but was -1");
    assertThatThrownBy(() -> Discounting.bookValue(1, 0, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lifeYears must be positive but was 0");
    assertThatThrownBy(() -> Discounting.straightLineDepreciation(Double.NaN, 0, 3, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cost must be finite but was NaN");
    assertThatThrownBy(() -> Discounting.bookValue(1, Double.POSITIVE_INFINITY, 3, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("residual must be finite but was Infinity");
  }
}
