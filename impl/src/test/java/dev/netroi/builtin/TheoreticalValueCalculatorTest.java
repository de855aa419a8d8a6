package dev.netroi.builtin;

import static dev.netroi.calc.Measures.THEORETICAL_ANNUAL_VALUE_PER_GPU;
import static dev.netroi.testkit.NetroiDomain.usd;
import static org.assertj.core.api.Assertions.assertThat;

import dev.netroi.PricingModel;
import dev.netroi.Scenario;
import dev.netroi.YearBasis;
import dev.netroi.calc.Calculator;
import dev.netroi.calc.Explanation;
import dev.netroi.reference.ReferenceArgument;
import dev.netroi.testkit.NetroiDomain;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class TheoreticalValueCalculatorTest implements BuiltInContract {

  private final Scenario reference = ReferenceArgument.mixtral();

  @Override
  public Calculator calculator() {
    return new TheoreticalValueCalculator();
  }

  @Override
  public Gen<Scenario> validScenarios() {
    return NetroiDomain.scenarios();
  }

  private BigDecimal theoretical(Scenario scenario) {
    return valueFor(scenario, THEORETICAL_ANNUAL_VALUE_PER_GPU).rounded();
  }

  private BigDecimal theoretical(PricingModel pricing) {
    return theoretical(reference.withPricing(pricing));
  }

  @Test
  void aPricePerGpuMinuteTimes525600MinutesIsTheValueOfAYear() {
    assertThat(theoretical(reference)).isEqualTo(new BigDecimal("141912.00"));
    assertThat(theoretical(PricingModel.perGpuMinute(usd("0.27"))))
        .isEqualTo(new BigDecimal("141912.00"));
  }

  @Test
  void aPricePerGpuHourTimes8760HoursIsTheValueOfAYear() {
    assertThat(theoretical(PricingModel.perGpuHour(usd("2.50"))))
        .isEqualTo(new BigDecimal("21900.00"));
  }

  @Test
  void aPricePerMillionTokensTimesTheTokensOfAYearIsTheValueOfAYear() {
    // 0.27 x 2,500 tokens/s x 31,536,000 s / 1,000,000
    assertThat(theoretical(PricingModel.perMillionTokens(usd("0.27"), 2500)))
        .isEqualTo(new BigDecimal("21286.80"));
  }

  @Test
  void theYearBasisSetsTheLengthOfTheYear() {
    assertThat(theoretical(reference.toBuilder().yearBasis(YearBasis.ofDays(360)).build()))
        .isEqualTo(new BigDecimal("139968.00"));
    assertThat(theoretical(reference.toBuilder().yearBasis(YearBasis.ofDays(365.25)).build()))
        .isEqualTo(new BigDecimal("142009.20"));
  }

  @Test
  void aZeroPriceIsWorthNothing() {
    assertThat(theoretical(PricingModel.perGpuHour(usd("0")))).isEqualTo(new BigDecimal("0.00"));
  }

  @Test
  void theFigureNamesThePriceAndTheUnitsInAYear() {
    assertThat(figureFor(reference, THEORETICAL_ANNUAL_VALUE_PER_GPU).explanation())
        .hasToString(
            "TheoreticalAnnualValuePerGpu = price per GPU-minute x GPU-minutes per year; where"
                + " pricing.price = USD 0.27 per GPU-minute, GPU-minutes per year = 525600"
                + " (365-day year)");
    Explanation perToken =
        figureFor(
                reference.withPricing(PricingModel.perMillionTokens(usd("0.27"), 2500)),
                THEORETICAL_ANNUAL_VALUE_PER_GPU)
            .explanation();
    assertThat(perToken.inputs())
        .containsExactly(
            new Explanation.Input("pricing.price", "USD 0.27 per million tokens"),
            new Explanation.Input("pricing.tokensPerSecondPerGpu", "2500"),
            new Explanation.Input("seconds per year", "31536000 (365-day year)"));
  }
}
