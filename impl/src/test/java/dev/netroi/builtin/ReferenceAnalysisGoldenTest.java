package dev.netroi.builtin;

import static dev.netroi.calc.Measures.BENEFIT_COST_RATIO;
import static dev.netroi.calc.Measures.EFFECTIVE_BANDWIDTH_BASELINE;
import static dev.netroi.calc.Measures.EFFECTIVE_BANDWIDTH_CANDIDATE;
import static dev.netroi.calc.Measures.EXTRA_NETWORK_COST_PER_GPU;
import static dev.netroi.calc.Measures.IMPLIED_TOKENS_PER_SECOND_PER_GPU;
import static dev.netroi.calc.Measures.NETWORK_COST_FLEET_CANDIDATE;
import static dev.netroi.calc.Measures.NETWORK_COST_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.NETWORK_COST_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.NETWORK_RUN_RATE_PER_ACTIVE_GPU;
import static dev.netroi.calc.Measures.NETWORK_SHARE_OF_BLENDED_ASP;
import static dev.netroi.calc.Measures.NETWORK_SHARE_OF_MODEL_ASP;
import static dev.netroi.calc.Measures.NETWORK_SPEND_PER_GPU_SOLD;
import static dev.netroi.calc.Measures.NET_BENEFIT_FLEET;
import static dev.netroi.calc.Measures.NET_BENEFIT_PER_GPU;
import static dev.netroi.calc.Measures.REALISED_ANNUAL_VALUE_FLEET_BASELINE;
import static dev.netroi.calc.Measures.REALISED_ANNUAL_VALUE_FLEET_CANDIDATE;
import static dev.netroi.calc.Measures.REALISED_ANNUAL_VALUE_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.ROI;
import static dev.netroi.calc.Measures.THEORETICAL_ANNUAL_VALUE_FLEET;
import static dev.netroi.calc.Measures.THEORETICAL_ANNUAL_VALUE_PER_GPU;
import static dev.netroi.calc.Measures.THROUGHPUT_FACTOR_BASELINE;
import static dev.netroi.calc.Measures.THROUGHPUT_FACTOR_CANDIDATE;
import static dev.netroi.calc.Measures.THROUGHPUT_SPEEDUP;
import static dev.netroi.calc.Measures.VALUE_UPLIFT_FLEET;
import static dev.netroi.calc.Measures.VALUE_UPLIFT_PER_GPU;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.netroi.Bandwidth;
import dev.netroi.CurrencyAmount;
import dev.netroi.GpuFleet;
import dev.netroi.MarketSnapshot;
import dev.netroi.NetworkOption;
import dev.netroi.PricingModel;
import dev.netroi.Scenario;
import dev.netroi.YearBasis;
import dev.netroi.calc.CalculationResults;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Measure;
import dev.netroi.calc.Measures;
import dev.netroi.calc.Result;
import dev.netroi.engine.CalculationEngine;
import dev.netroi.engine.CalculatorRegistry;
import dev.netroi.reference.ReferenceArgument;
import dev.netroi.throughput.ThroughputModels;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Pins every derived figure of the reference analysis (docs/REFERENCE.md): money to the cent,
 * ratios to four decimals. The scenarios are {@link ReferenceArgument}'s, the one data set of the
 * project; {@link InputFacts} pins each of its input facts, so a reader can follow each figure back
 * to its inputs and their sources.
 */
class ReferenceAnalysisGoldenTest {

  private static List<Measure<?>> measuresOf(List<Result<?>> results) {
    List<Measure<?>> measures = new ArrayList<>();
    results.forEach(result -> measures.add(result.measure()));
    return measures;
  }

  private static final Currency USD = Currency.getInstance("USD");
  private static final CalculationEngine ENGINE =
      CalculationEngine.of(CalculatorRegistry.builtIns());

  private static final Scenario MIXTRAL = ReferenceArgument.mixtral();
  private static final Scenario LLAMA2 = ReferenceArgument.llama2();

  private static CurrencyAmount usd(String decimal) {
    return CurrencyAmount.of("USD", decimal);
  }

  private static CalculationResults analyse(Scenario scenario) {
    return ENGINE.calculateAll(scenario);
  }

  private static BigDecimal cents(CalculationResults results, Measure<CurrencyAmount> measure) {
    CurrencyAmount amount = results.value(measure);
    assertThat(amount.currency()).isEqualTo(USD);
    return amount.rounded();
  }

  private static BigDecimal fourDecimals(double value) {
    return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_EVEN);
  }

  /**
   * The input facts, each as docs/REFERENCE.md lists it with its source, so that a reader can
   * follow every figure below back to the argument, and a typo in the one data set cannot hide.
   */
  @Nested
  class InputFacts {

    @Test
    void theMarketIsTheVendorsRunRateInstalledBaseUnitsAndAsps() {
      MarketSnapshot market = MIXTRAL.market().orElseThrow();

      assertThat(market.networkRunRate()).isEqualTo(usd("13000000000"));
      assertThat(market.activeGpus()).isEqualTo(3_300_000);
      assertThat(market.gpusSoldLastQuarter()).isEqualTo(608_000);
      assertThat(market.blendedAsp()).isEqualTo(usd("21700"));
      assertThat(market.gpuModel()).isEqualTo("H100");
      assertThat(market.modelAsp()).isEqualTo(usd("30000"));
      assertThat(market).isEqualTo(ReferenceArgument.market());
    }

    @Test
    void theOptionsAre800GbpsAt95And60PercentBothAt3900DollarsAYear() {
      assertThat(MIXTRAL.candidate())
          .isEqualTo(NetworkOption.of("AI Ethernet", Bandwidth.ofGbps(800), 0.95, usd("3900")));
      assertThat(MIXTRAL.baseline())
          .isEqualTo(
              NetworkOption.of("Traditional Ethernet", Bandwidth.ofGbps(800), 0.60, usd("3900")));
    }

    @Test
    void thePricesAreTokenPricesReadAsGpuMinutePrices() {
      assertThat(MIXTRAL.pricing()).isEqualTo(PricingModel.perGpuMinuteFromTokenPrice(usd("0.27")));
      assertThat(LLAMA2.pricing()).isEqualTo(PricingModel.perGpuMinuteFromTokenPrice(usd("0.90")));
    }

    @Test
    void theFleetIs1024H100sAt30000DollarsWithTheLinearModelAndA365DayYear() {
      for (Scenario scenario : List.of(MIXTRAL, LLAMA2)) {
        assertThat(scenario.fleet()).isEqualTo(GpuFleet.of("H100", 1024, usd("30000")));
        assertThat(scenario.throughputModel()).isEmpty();
        assertThat(scenario.yearBasis()).isEqualTo(YearBasis.DAYS_365);
        assertThat(scenario.market()).contains(ReferenceArgument.market());
      }
      assertThat(MIXTRAL.name()).isEqualTo("mixtral-8x7b @ $0.27");
      assertThat(LLAMA2.name()).isEqualTo("llama2-70b @ $0.90");
    }

    @Test
    void theSourceIsTheVendorsBlogPostOf28February2024() {
      assertThat(ReferenceArgument.PUBLISHED).isEqualTo(LocalDate.of(2024, 2, 28));
      assertThat(ReferenceArgument.SOURCE).startsWith("Hedgehog");
    }
  }

  @Test
  void everyBuiltInMeasureButTheUndefinedRoiTheFabricsAndTheLifetimeComputesForTheReference() {
    CalculationResults results = analyse(MIXTRAL);
    List<Measure<?>> all = Measures.all();
    // the lifetime measures are the last 31 built-ins, from LifetimeGpuCostPerGpuCandidate on
    List<Measure<?>> lifetime =
        all.subList(all.indexOf(Measures.LIFETIME_GPU_COST_PER_GPU_CANDIDATE), all.size());
    List<Measure<?>> expectedFailures = new ArrayList<>();
    expectedFailures.add(ROI);
    expectedFailures.add(Measures.FABRIC_CAPEX_PER_GPU_CANDIDATE);
    expectedFailures.add(Measures.FABRIC_POWER_PER_GPU_CANDIDATE);
    expectedFailures.add(Measures.FABRIC_CAPEX_PER_GPU_BASELINE);
    expectedFailures.add(Measures.FABRIC_POWER_PER_GPU_BASELINE);
    expectedFailures.addAll(lifetime);

    // the reference states its network costs (it describes no fabric) and has no lifetime terms
    assertThat(results.measures()).hasSize(61);
    assertThat(lifetime).hasSize(31).endsWith(Measures.BREAK_EVEN_GPU_HOUR_PRICE);
    assertThat(measuresOf(results.failures()))
        .containsExactlyInAnyOrderElementsOf(expectedFailures);
    for (Measure<?> measure : lifetime) {
      assertThat(((Result.Failure<?>) results.get(measure)).reason())
          .isIn(FailureReason.MISSING_INPUT, FailureReason.DEPENDENCY_FAILED);
    }
  }

  @Nested
  class MarketFigures {

    private final CalculationResults results = analyse(MIXTRAL);

    @Test
    void networkRunRatePerActiveGpuIs3939Dollars39() {
      assertThat(cents(results, NETWORK_RUN_RATE_PER_ACTIVE_GPU))
          .isEqualTo(new BigDecimal("3939.39"));
    }

    @Test
    void networkRunRateIs18Point15PercentOfTheBlendedAsp() {
      assertThat(fourDecimals(results.value(NETWORK_SHARE_OF_BLENDED_ASP)))
          .isEqualTo(new BigDecimal("0.1815"));
      assertThat(results.value(NETWORK_SHARE_OF_BLENDED_ASP))
          .isCloseTo(13e9 / 3.3e6 / 21700, within(1e-15));
    }

    @Test
    void theRounded3900DollarsIs17Point97PercentOfTheBlendedAsp() {
      // the run rate that gives exactly USD 3,900 per active GPU: 3,900 x 3,300,000
      Scenario rounded =
          MIXTRAL.toBuilder()
              .market(
                  MarketSnapshot.builder()
                      .label("run rate giving USD 3,900 per active GPU")
                      .networkRunRate(usd("12870000000"))
                      .activeGpus(3_300_000)
                      .gpusSoldLastQuarter(608_000)
                      .blendedAsp(usd("21700"))
                      .modelAsp("H100", usd("30000"))
                      .build())
              .build();
      CalculationResults variant = analyse(rounded);

      assertThat(cents(variant, NETWORK_RUN_RATE_PER_ACTIVE_GPU))
          .isEqualTo(new BigDecimal("3900.00"));
      assertThat(fourDecimals(variant.value(NETWORK_SHARE_OF_BLENDED_ASP)))
          .isEqualTo(new BigDecimal("0.1797"));
    }

    @Test
    void networkRunRateIs13Point13PercentOfTheH100Asp() {
      assertThat(fourDecimals(results.value(NETWORK_SHARE_OF_MODEL_ASP)))
          .isEqualTo(new BigDecimal("0.1313"));
    }

    @Test
    void networkSpendPerGpuSoldInTheQuarterIs5345Dollars39() {
      assertThat(cents(results, NETWORK_SPEND_PER_GPU_SOLD)).isEqualTo(new BigDecimal("5345.39"));
    }
  }

  @Nested
  class Bandwidths {

    private final CalculationResults results = analyse(MIXTRAL);

    @Test
    void effectiveBandwidthIs760GbpsOnTheCandidateAnd480GbpsOnTheBaseline() {
      assertThat(results.value(EFFECTIVE_BANDWIDTH_CANDIDATE)).isEqualTo(Bandwidth.ofGbps(760));
      assertThat(results.value(EFFECTIVE_BANDWIDTH_BASELINE)).isEqualTo(Bandwidth.ofGbps(480));
      assertThat(results.value(EFFECTIVE_BANDWIDTH_CANDIDATE)).hasToString("760 Gb/s");
      assertThat(results.value(EFFECTIVE_BANDWIDTH_BASELINE)).hasToString("480 Gb/s");
    }

    @Test
    void aYearHas525600GpuMinutes() {
      Explanation explanation =
          results.get(THEORETICAL_ANNUAL_VALUE_PER_GPU).figure().explanation();

      assertThat(explanation.inputs())
          .contains(new Explanation.Input("GPU-minutes per year", "525600 (365-day year)"));
    }
  }

  @Nested
  class MixtralAt27Cents {

    private final CalculationResults results = analyse(MIXTRAL);

    @Test
    void theoreticalAnnualValuePerGpuIs141912Dollars() {
      assertThat(cents(results, THEORETICAL_ANNUAL_VALUE_PER_GPU))
          .isEqualTo(new BigDecimal("141912.00"));
    }

    @Test
    void realisedAnnualValueIs85147Dollars20At60PercentAnd134816Dollars40At95Percent() {
      assertThat(cents(results, REALISED_ANNUAL_VALUE_PER_GPU_BASELINE))
          .isEqualTo(new BigDecimal("85147.20"));
      assertThat(cents(results, REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE))
          .isEqualTo(new BigDecimal("134816.40"));
    }

    @Test
    void valueUpliftPerGpuIs49669Dollars20() {
      assertThat(cents(results, VALUE_UPLIFT_PER_GPU)).isEqualTo(new BigDecimal("49669.20"));
    }

    @Test
    void benefitCostRatioIs12Point7357() {
      assertThat(fourDecimals(results.value(BENEFIT_COST_RATIO)))
          .isEqualTo(new BigDecimal("12.7357"));
      assertThat(results.value(BENEFIT_COST_RATIO)).isCloseTo(49669.2 / 3900, within(1e-12));
    }

    @Test
    void throughputSpeedupOfTheLinearModelIs1Point5833() {
      assertThat(results.value(THROUGHPUT_FACTOR_CANDIDATE)).isEqualTo(0.95);
      assertThat(results.value(THROUGHPUT_FACTOR_BASELINE)).isEqualTo(0.60);
      assertThat(fourDecimals(results.value(THROUGHPUT_SPEEDUP)))
          .isEqualTo(new BigDecimal("1.5833"));
    }

    @Test
    void impliedThroughputIs16666Point67TokensPerSecondPerGpu() {
      double tokensPerSecond = results.value(IMPLIED_TOKENS_PER_SECOND_PER_GPU);

      assertThat(BigDecimal.valueOf(tokensPerSecond).setScale(2, RoundingMode.HALF_EVEN))
          .isEqualTo(new BigDecimal("16666.67"));
      assertThat(tokensPerSecond).isCloseTo(1_000_000.0 / 60, within(1e-9));
    }

    @Test
    void fleetTotalsAreThePerGpuFiguresTimes1024() {
      assertThat(cents(results, THEORETICAL_ANNUAL_VALUE_FLEET))
          .isEqualTo(new BigDecimal("145317888.00"));
      assertThat(cents(results, REALISED_ANNUAL_VALUE_FLEET_CANDIDATE))
          .isEqualTo(new BigDecimal("138051993.60"));
      assertThat(cents(results, REALISED_ANNUAL_VALUE_FLEET_BASELINE))
          .isEqualTo(new BigDecimal("87190732.80"));
      assertThat(cents(results, VALUE_UPLIFT_FLEET)).isEqualTo(new BigDecimal("50861260.80"));
      assertThat(cents(results, NETWORK_COST_FLEET_CANDIDATE))
          .isEqualTo(new BigDecimal("3993600.00"));
      assertThat(cents(results, NET_BENEFIT_FLEET)).isEqualTo(new BigDecimal("50861260.80"));
    }

    @Test
    void theUpliftExplainsItselfWithItsInputs() {
      Explanation explanation = results.get(VALUE_UPLIFT_PER_GPU).figure().explanation();

      assertThat(explanation)
          .hasToString(
              "ValueUpliftPerGpu = RealisedAnnualValuePerGpuCandidate -"
                  + " RealisedAnnualValuePerGpuBaseline; where RealisedAnnualValuePerGpuCandidate"
                  + " = USD 134,816.40, RealisedAnnualValuePerGpuBaseline = USD 85,147.20");
      assertThat(results.get(VALUE_UPLIFT_PER_GPU).figure())
          .hasToString("ValueUpliftPerGpu = USD 49,669.20 per GPU-year");
    }
  }

  @Nested
  class Llama2At90Cents {

    private final CalculationResults results = analyse(LLAMA2);

    @Test
    void theoreticalAnnualValuePerGpuIs473040Dollars() {
      assertThat(cents(results, THEORETICAL_ANNUAL_VALUE_PER_GPU))
          .isEqualTo(new BigDecimal("473040.00"));
    }

    @Test
    void valueUpliftPerGpuIs165564DollarsNot150000() {
      assertThat(cents(results, VALUE_UPLIFT_PER_GPU)).isEqualTo(new BigDecimal("165564.00"));
    }

    @Test
    void benefitCostRatioIs42Point4523Not38() {
      assertThat(fourDecimals(results.value(BENEFIT_COST_RATIO)))
          .isEqualTo(new BigDecimal("42.4523"));
    }

    @Test
    void thePricesAreInTheRatio3Point3333Not3() {
      double ratio =
          results
              .value(THEORETICAL_ANNUAL_VALUE_PER_GPU)
              .ratioTo(analyse(MIXTRAL).value(THEORETICAL_ANNUAL_VALUE_PER_GPU));

      assertThat(fourDecimals(ratio)).isEqualTo(new BigDecimal("3.3333"));
    }

    @Test
    void impliedThroughputIsTheSame16666Point67TokensPerSecond() {
      assertThat(results.value(IMPLIED_TOKENS_PER_SECOND_PER_GPU))
          .isCloseTo(1_000_000.0 / 60, within(1e-9));
    }
  }

  @Nested
  class AmdahlInsteadOfLinear {

    private final CalculationResults results =
        analyse(MIXTRAL.toBuilder().throughputModel(ThroughputModels.amdahl(0.3)).build());

    @Test
    void speedupAtAnExposedCommunicationShareOf30PercentIs1Point1243Not1Point5833() {
      assertThat(fourDecimals(results.value(THROUGHPUT_SPEEDUP)))
          .isEqualTo(new BigDecimal("1.1243"));
      assertThat(results.value(THROUGHPUT_SPEEDUP))
          .isCloseTo(1 / (0.7 + 0.3 * 0.60 / 0.95), within(1e-12));
    }

    @Test
    void upliftShrinksTo15517Dollars95AndTheRatioTo3Point9790() {
      assertThat(cents(results, REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE))
          .isEqualTo(new BigDecimal("140400.51"));
      assertThat(cents(results, REALISED_ANNUAL_VALUE_PER_GPU_BASELINE))
          .isEqualTo(new BigDecimal("124882.56"));
      assertThat(cents(results, VALUE_UPLIFT_PER_GPU)).isEqualTo(new BigDecimal("15517.95"));
      assertThat(fourDecimals(results.value(BENEFIT_COST_RATIO)))
          .isEqualTo(new BigDecimal("3.9790"));
    }
  }

  @Nested
  class RoiAndNetBenefit {

    @Test
    void roiIsUndefinedWhenBothOptionsCostTheSame() {
      CalculationResults results = analyse(MIXTRAL);
      Result<Double> roi = results.get(ROI);

      assertThat(roi.isSuccess()).isFalse();
      assertThat(((Result.Failure<Double>) roi).reason()).isEqualTo(FailureReason.UNDEFINED);
      assertThat(((Result.Failure<Double>) roi).message())
          .contains("costs the same as the baseline", "ExtraNetworkCostPerGpu = USD 0.00");
      assertThat(cents(results, EXTRA_NETWORK_COST_PER_GPU)).isEqualTo(new BigDecimal("0.00"));
      assertThat(cents(results, NET_BENEFIT_PER_GPU)).isEqualTo(new BigDecimal("49669.20"));
    }

    @Test
    void aBaselineAt2900DollarsGivesANetBenefitOf48669Dollars20AndAnRoiOf48Point6692() {
      Scenario cheaperBaseline =
          MIXTRAL.toBuilder()
              .baseline(MIXTRAL.baseline().withAnnualCostPerGpu(usd("2900")))
              .build();
      CalculationResults results = analyse(cheaperBaseline);

      assertThat(cents(results, NETWORK_COST_PER_GPU_CANDIDATE))
          .isEqualTo(new BigDecimal("3900.00"));
      assertThat(cents(results, NETWORK_COST_PER_GPU_BASELINE))
          .isEqualTo(new BigDecimal("2900.00"));
      assertThat(cents(results, EXTRA_NETWORK_COST_PER_GPU)).isEqualTo(new BigDecimal("1000.00"));
      assertThat(cents(results, NET_BENEFIT_PER_GPU)).isEqualTo(new BigDecimal("48669.20"));
      assertThat(fourDecimals(results.value(ROI))).isEqualTo(new BigDecimal("48.6692"));
      assertThat(results.value(ROI)).isCloseTo(48669.2 / 1000, within(1e-12));
      // the benefit-cost ratio divides by the candidate's whole cost, not the extra cost
      assertThat(fourDecimals(results.value(BENEFIT_COST_RATIO)))
          .isEqualTo(new BigDecimal("12.7357"));
    }
  }
}
