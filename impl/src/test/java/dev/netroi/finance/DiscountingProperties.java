package dev.netroi.finance;

import static dev.netroi.testkit.PropertyChecks.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.netroi.testkit.NetroiDomain;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Invariants of the discounting formulas over generated cash flows. */
class DiscountingProperties {

  private static double[] toArray(List<Double> values) {
    double[] array = new double[values.size()];
    for (int i = 0; i < array.length; i++) {
      array[i] = values.get(i);
    }
    return array;
  }

  /** Flows of 1 to 20 periods, each zero or a number of cents within +-1,000,000, any signs. */
  private static Gen<double[]> flows() {
    Gen<Double> flow =
        NetroiDomain.weighted(
            1, Generate.constant(0.0), 4, NetroiDomain.decimals("-1000000", "1000000", 2));
    return lists()
        .of(flow)
        .ofSizeBetween(1, 20)
        .map(DiscountingProperties::toArray)
        .describedAs(Arrays::toString);
  }

  /**
   * Conventional investments: an outlay of 100 to 1,000,000 today, then 1 to 19 periods each with
   * no flow or an income of 1 to 1,000,000, at least one of them an income. Their IRR, when the
   * incomes exceed the outlay, is below 19 x 1,000,000 / 100, well inside the searched range.
   */
  private static Gen<double[]> conventional() {
    Gen<Double> income =
        NetroiDomain.weighted(
            1, Generate.constant(0.0), 3, NetroiDomain.decimals("1", "1000000", 2));
    return NetroiDomain.decimals("-1000000", "-100", 2)
        .zip(
            lists().of(income).ofSizeBetween(1, 19),
            (outlay, incomes) -> {
              double[] flows = new double[incomes.size() + 1];
              flows[0] = outlay;
              for (int t = 1; t < flows.length; t++) {
                flows[t] = incomes.get(t - 1);
              }
              if (incomes.stream().allMatch(each -> each == 0)) {
                flows[flows.length - 1] = 1; // no income at all: one of 1 in the last period
              }
              return flows;
            })
        .describedAs(Arrays::toString);
  }

  /**
   * Conventional investments whose incomes add up to 1 % to 99 % of the outlay: they lose money at
   * a rate of 0.
   */
  private static Gen<double[]> losing() {
    return conventional()
        .zip(
            NetroiDomain.decimals("0.01", "0.99", 2),
            (flows, share) -> {
              double incomes = sum(flows) - flows[0];
              double[] scaled = times(-flows[0] * share / incomes, flows);
              scaled[0] = flows[0];
              return scaled;
            })
        .describedAs(Arrays::toString);
  }

  private static Gen<Double> rates(String min, String max) {
    return NetroiDomain.decimals(min, max, 4);
  }

  private static double sum(double[] flows) {
    double sum = flows[0];
    for (int t = 1; t < flows.length; t++) {
      sum += flows[t];
    }
    return sum;
  }

  private static double sumOfMagnitudes(double[] flows) {
    double sum = 0;
    for (double flow : flows) {
      sum += Math.abs(flow);
    }
    return sum;
  }

  /** The bits of a double, so that NaN equals NaN. */
  private static long bits(double value) {
    return Double.doubleToLongBits(value);
  }

  private static double[] times(double factor, double[] flows) {
    double[] scaled = new double[flows.length];
    for (int t = 0; t < flows.length; t++) {
      scaled[t] = factor * flows[t];
    }
    return scaled;
  }

  @Test
  void theNpvAtRateZeroIsThePlainSumInTheSameOrder() {
    qt().forAll(flows())
        .checkAssert(flows -> assertThat(Discounting.npv(0, flows)).isEqualTo(sum(flows)));
  }

  @Test
  void theNpvOfAConventionalInvestmentFallsStrictlyAsTheRateRises() {
    qt().forAll(conventional(), rates("-0.9", "1"), rates("-0.9", "1"))
        .assuming((flows, r1, r2) -> Math.abs(r1 - r2) >= 0.01)
        .checkAssert(
            (flows, r1, r2) -> {
              double low = Math.min(r1, r2);
              double high = Math.max(r1, r2);
              assertThat(Discounting.npv(low, flows))
                  .as("NPV at %s vs %s", low, high)
                  .isGreaterThan(Discounting.npv(high, flows));
            });
  }

  @Test
  void aConventionalInvestmentThatGainsHasAPositiveIrrAtWhichTheNpvIsZero() {
    qt().forAll(conventional())
        .assuming(flows -> sum(flows) > 0)
        .checkAssert(
            flows -> {
              double irr = Discounting.irr(flows).rate();
              assertThat(irr).isPositive().isLessThan(Discounting.IRR_MAX_RATE);
              assertThat(Discounting.npv(irr, flows))
                  .isCloseTo(0, within(1e-9 * sumOfMagnitudes(flows)));
            });
  }

  @Test
  void aConventionalInvestmentThatLosesHasANegativeIrrOrNoneInTheRange() {
    qt().forAll(losing())
        .checkAssert(
            flows -> {
              Irr result = Discounting.irr(flows);
              if (!result.isDefined()) {
                assertThat(result.reason()).isEqualTo("no IRR between -99.99 % and 100000000 %");
              } else {
                assertThat(result.rate())
                    .isNegative()
                    .isGreaterThanOrEqualTo(Discounting.IRR_MIN_RATE);
              }
            });
  }

  @Test
  void theIrrDoesNotChangeWhenEveryFlowIsScaledByAPositiveFactor() {
    qt().forAll(
            conventional(), NetroiDomain.decimals("0.001", "1000", 3), integers().between(-40, 40))
        .assuming((flows, factor, power) -> sum(flows) > 0)
        .checkAssert(
            (flows, factor, power) -> {
              double irr = Discounting.irr(flows).rate();
              assertThat(Discounting.irr(times(factor, flows)).rate())
                  .isCloseTo(irr, within(1e-12 * (1 + irr)));
              // a power of two scales every flow exactly: the same IRR to the last bit
              assertThat(Discounting.irr(times(Math.scalb(1.0, power), flows)).rate())
                  .isEqualTo(irr);
            });
  }

  @Test
  void anIrrIsARootInTheSearchedRangeAndOtherwiseTheRefusalSaysWhy() {
    qt().forAll(flows())
        .checkAssert(
            flows -> {
              Irr result = Discounting.irr(flows);
              if (!result.isDefined()) {
                assertThat(result.reason())
                    .matches(
                        "no IRR: every flow is (zero|zero or negative|zero or positive|negative"
                            + "|positive)|no IRR between -99\\.99 % and 100000000 %"
                            + "|several IRRs: -?\\d+\\.\\d %(, -?\\d+\\.\\d %)*"
                            + " and (-?\\d+\\.\\d %|\\d+ more)");
              } else {
                double irr = result.rate();
                assertThat(irr).isBetween(Discounting.IRR_MIN_RATE, Discounting.IRR_MAX_RATE);
                double discountedMagnitudes = 0;
                for (int t = 0; t < flows.length; t++) {
                  discountedMagnitudes += Math.abs(flows[t]) * Discounting.discountFactor(irr, t);
                }
                assertThat(Discounting.npv(irr, flows))
                    .isCloseTo(0, within(1e-9 * discountedMagnitudes));
              }
            });
  }

  @Test
  void theLengthOverloadsIgnoreWhatFollowsTheLength() {
    qt().forAll(flows(), integers().between(0, 5), rates("-0.5", "1"))
        .checkAssert(
            (flows, extra, rate) -> {
              double[] scratch = Arrays.copyOf(flows, flows.length + extra);
              Arrays.fill(scratch, flows.length, scratch.length, Double.NaN);
              int length = flows.length;
              assertThat(bits(Discounting.npv(rate, scratch, length)))
                  .isEqualTo(bits(Discounting.npv(rate, flows)));
              assertThat(Discounting.irr(scratch, length)).isEqualTo(Discounting.irr(flows));
              assertThat(bits(Discounting.irrOrNaN(scratch, length)))
                  .isEqualTo(bits(Discounting.irr(flows).toOptional().orElse(Double.NaN)));
              assertThat(Discounting.paybackMonths(scratch, length))
                  .isEqualTo(Discounting.paybackMonths(flows));
              assertThat(bits(Discounting.paybackMonthsOrNaN(scratch, length)))
                  .isEqualTo(
                      bits(Discounting.paybackMonths(flows).toOptional().orElse(Double.NaN)));
              assertThat(Discounting.discountedPaybackMonths(rate, scratch, length))
                  .isEqualTo(Discounting.discountedPaybackMonths(rate, flows));
              assertThat(bits(Discounting.discountedPaybackMonthsOrNaN(rate, scratch, length)))
                  .isEqualTo(
                      bits(
                          Discounting.discountedPaybackMonths(rate, flows)
                              .toOptional()
                              .orElse(Double.NaN)));
            });
  }

  @Test
  void paybackIsWhereTheInterpolatedCumulativeFlowLastReachesZero() {
    qt().forAll(flows())
        .checkAssert(
            flows -> {
              Payback result = Discounting.paybackMonths(flows);
              double[] cumulative = new double[flows.length];
              cumulative[0] = flows[0];
              for (int t = 1; t < flows.length; t++) {
                cumulative[t] = cumulative[t - 1] + flows[t];
              }
              int last = flows.length - 1;
              while (last >= 0 && cumulative[last] >= 0) {
                last--;
              }
              // last: the last period whose cumulative flow is negative, -1 if none
              if (last < 0) {
                assertThat(result.months()).isZero();
              } else if (last == flows.length - 1) {
                assertThat(result.isDefined()).as("ends negative: never pays back").isFalse();
                assertThat(result.reason())
                    .isEqualTo(
                        "no payback: the cumulative flow is still negative at the end of the last"
                            + " year, year "
                            + last);
              } else {
                // months = years x 12
                double payback = result.months() / 12;
                assertThat(payback).isBetween((double) last, last + 1.0);
                for (int t = last + 1; t < flows.length; t++) {
                  assertThat(cumulative[t]).as("non-negative after the payback").isNotNegative();
                }
                double interpolated = cumulative[last] + (payback - last) * flows[last + 1];
                assertThat(interpolated)
                    .isCloseTo(0, within(1e-9 * (-cumulative[last] + flows[last + 1])));
              }
            });
  }

  @Test
  void discountedPaybackIsNeverSoonerThanSimplePaybackAtANonNegativeRate() {
    qt().forAll(conventional(), rates("0", "1"))
        .checkAssert(
            (flows, rate) -> {
              Payback simple = Discounting.paybackMonths(flows);
              Payback discounted = Discounting.discountedPaybackMonths(rate, flows);
              if (discounted.isDefined()) {
                assertThat(simple.isDefined()).as("simple payback").isTrue();
                assertThat(discounted.months()).isGreaterThanOrEqualTo(simple.months());
              }
            });
  }

  @Test
  void theNpvOfALevelIncomeIsTheOutlayPlusTheIncomeTimesTheAnnuityFactor() {
    qt().forAll(
            NetroiDomain.decimals("0", "1000000", 2),
            NetroiDomain.decimals("-1000000", "1000000", 2),
            integers().between(0, 40),
            rates("-0.5", "1"))
        .checkAssert(
            (outlay, income, periods, rate) -> {
              double[] flows = new double[periods + 1];
              Arrays.fill(flows, income);
              flows[0] = -outlay;
              double annuity = Discounting.annuityFactor(rate, periods);
              assertThat(Discounting.npv(rate, flows))
                  .isCloseTo(
                      -outlay + income * annuity,
                      within(1e-9 * (outlay + Math.abs(income) * annuity)));
            });
  }

  @Test
  void theBookValuePlusTheDepreciationToDateIsTheCost() {
    qt().forAll(
            NetroiDomain.decimals("0", "1000000", 2),
            NetroiDomain.decimals("0", "100000", 2),
            NetroiDomain.decimals("0.25", "20", 2),
            integers().between(0, 30))
        .checkAssert(
            (cost, residual, life, years) -> {
              double depreciated = 0;
              for (int year = 1; year <= years; year++) {
                depreciated += Discounting.straightLineDepreciation(cost, residual, life, year);
              }
              double book = Discounting.bookValue(cost, residual, life, years);
              double tolerance = 1e-9 * (cost + residual);
              assertThat(book + depreciated).isCloseTo(cost, within(tolerance));
              if (years >= life) {
                assertThat(book).isCloseTo(residual, within(tolerance));
              }
            });
  }
}
