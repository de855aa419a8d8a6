package dev.netroi.builtin;

import static dev.netroi.builtin.LifetimeCalculatorsTest.BASELINE;
import static dev.netroi.builtin.LifetimeCalculatorsTest.BY_HAND;
import static dev.netroi.builtin.LifetimeCalculatorsTest.CANDIDATE;
import static dev.netroi.builtin.LifetimeCalculatorsTest.TERMS;
import static dev.netroi.calc.Measures.BREAK_EVEN_EFFECTIVE_FRACTION;
import static dev.netroi.calc.Measures.BREAK_EVEN_GPU_HOUR_PRICE;
import static dev.netroi.calc.Measures.BREAK_EVEN_NETWORK_COST_PER_GPU;
import static dev.netroi.calc.Measures.COST_PER_DELIVERED_GPU_HOUR_BASELINE;
import static dev.netroi.calc.Measures.COST_PER_DELIVERED_GPU_HOUR_CANDIDATE;
import static dev.netroi.calc.Measures.COST_PER_MILLION_TOKENS_BASELINE;
import static dev.netroi.calc.Measures.COST_PER_MILLION_TOKENS_CANDIDATE;
import static dev.netroi.calc.Measures.LIFETIME_HOSTING_COST_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.LIFETIME_NETWORK_COST_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.LIFETIME_NETWORK_COST_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.LIFETIME_NPV_BASELINE;
import static dev.netroi.calc.Measures.LIFETIME_NPV_CANDIDATE;
import static dev.netroi.calc.Measures.LIFETIME_POWER_COST_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.LIFETIME_TCO_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.LIFETIME_TCO_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.NETWORK_COST_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.NETWORK_COST_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.NETWORK_SHARE_OF_BLENDED_ASP;
import static dev.netroi.calc.Measures.NETWORK_SHARE_OF_MODEL_ASP;
import static dev.netroi.calc.Measures.REALISED_ANNUAL_VALUE_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.THROUGHPUT_FACTOR_BASELINE;
import static dev.netroi.calc.Measures.THROUGHPUT_FACTOR_CANDIDATE;
import static dev.netroi.calc.Measures.UPGRADE_IRR;
import static dev.netroi.calc.Measures.UPGRADE_NPV;
import static dev.netroi.testkit.NetroiDomain.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.netroi.CurrencyAmount;
import dev.netroi.GpuTimeUnit;
import dev.netroi.InputPaths;
import dev.netroi.Lifetime;
import dev.netroi.NetworkOption;
import dev.netroi.OptionRole;
import dev.netroi.PricingModel;
import dev.netroi.Scenario;
import dev.netroi.ThroughputModel;
import dev.netroi.calc.CalculationContext;
import dev.netroi.calc.CalculationException;
import dev.netroi.calc.CalculationResults;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Figure;
import dev.netroi.calc.Measure;
import dev.netroi.calc.Result;
import dev.netroi.engine.BatchResults;
import dev.netroi.engine.CalculationEngine;
import dev.netroi.engine.CalculatorRegistry;
import dev.netroi.engine.Calculators;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The lifetime calculators at their edges: the explanations of the candidate's and the baseline's
 * figures (each names its own option's inputs), scenarios exactly at a boundary (no delivered hours
 * on one side, an upgrade whose NPV or net benefit is exactly 0, a first-year ramp of 0 over one
 * year) and the package-private helpers' contracts. Figures of the scenario {@code BY_HAND} are
 * derived in {@link LifetimeCalculatorsTest}'s Javadoc and comments.
 *
 * <p>Each test builds its own engine: the calculators are then constructed inside the test, so
 * texts and flags set in their constructors are checked too.
 */
class LifetimeCalculatorsEdgesTest {

  private static CalculationResults analyse(Scenario scenario) {
    return CalculationEngine.of(CalculatorRegistry.builtIns()).calculateAll(scenario);
  }

  private static Explanation explanation(CalculationResults results, Measure<?> measure) {
    return results.get(measure).figure().explanation();
  }

  private static List<String> names(Explanation explanation) {
    return explanation.inputs().stream().map(Explanation.Input::name).toList();
  }

  private static String value(Explanation explanation, String name) {
    return explanation.inputs().stream()
        .filter(input -> input.name().equals(name))
        .map(Explanation.Input::value)
        .findFirst()
        .orElseThrow();
  }

  private static Result.Failure<?> failure(CalculationResults results, Measure<?> measure) {
    Result<?> result = results.get(measure);
    assertThat(result.isSuccess()).as("%s fails", measure).isFalse();
    return (Result.Failure<?>) result;
  }

  /**
   * A scenario whose options differ only in name: both state {@code cost} a GPU-year, have no
   * fabric and the effective fraction {@code fraction}. Every flow of the upgrade is 0, so its NPV
   * and net benefit are exactly 0.
   */
  private static Scenario twins(double fraction, String cost) {
    return Scenario.builder()
        .name("twins")
        .fleet(BY_HAND.fleet())
        .candidate(CANDIDATE.withEffectiveFraction(fraction).withAnnualCostPerGpu(usd(cost)))
        .baseline(BASELINE.withEffectiveFraction(fraction).withAnnualCostPerGpu(usd(cost)))
        .pricing(BY_HAND.pricing())
        .lifetime(TERMS)
        .build();
  }

  // ---- explanations --------------------------------------------------------------------------

  /**
   * Candidate: 32,686.20 / (8,760 x 0.8 x 0.9 x 2.5) = 2.0729452, shown USD 2.07; baseline: 30,792
   * / (8,760 x 0.8 x 0.6 x 2.5) = 2.9292237, shown USD 2.93. Each names its own TCO and factor; the
   * other option's factor, required but not named, is added after.
   */
  @Test
  void eachCostPerDeliveredGpuHourIsExplainedByItsOwnOptionsTcoAndFactor() {
    CalculationResults results = analyse(BY_HAND);
    Explanation candidate = explanation(results, COST_PER_DELIVERED_GPU_HOUR_CANDIDATE);
    Explanation baseline = explanation(results, COST_PER_DELIVERED_GPU_HOUR_BASELINE);

    assertThat(candidate.formula())
        .isEqualTo(
            "CostPerDeliveredGpuHourCandidate = LifetimeTcoPerGpuCandidate / (hours a year x"
                + " fleet.soldUtilisation x ThroughputFactorCandidate x (lifetime.firstYearRamp +"
                + " lifetime.horizonYears - 1))");
    assertThat(names(candidate))
        .containsExactly(
            "LifetimeTcoPerGpuCandidate",
            "hours a year",
            "fleet.soldUtilisation",
            "ThroughputFactorCandidate",
            "lifetime.firstYearRamp",
            "lifetime.horizonYears",
            "ThroughputFactorBaseline");
    assertThat(value(candidate, "LifetimeTcoPerGpuCandidate")).isEqualTo("USD 32,686.20");
    assertThat(value(candidate, "hours a year")).isEqualTo("8760");
    assertThat(value(candidate, "fleet.soldUtilisation")).isEqualTo("0.8");
    assertThat(value(candidate, "lifetime.firstYearRamp")).isEqualTo("0.5");
    assertThat(value(candidate, "lifetime.horizonYears")).isEqualTo("3");

    assertThat(baseline.formula())
        .isEqualTo(
            "CostPerDeliveredGpuHourBaseline = LifetimeTcoPerGpuBaseline / (hours a year x"
                + " fleet.soldUtilisation x ThroughputFactorBaseline x (lifetime.firstYearRamp +"
                + " lifetime.horizonYears - 1))");
    assertThat(names(baseline))
        .containsExactly(
            "LifetimeTcoPerGpuBaseline",
            "hours a year",
            "fleet.soldUtilisation",
            "ThroughputFactorBaseline",
            "lifetime.firstYearRamp",
            "lifetime.horizonYears",
            "ThroughputFactorCandidate");
    assertThat(value(baseline, "LifetimeTcoPerGpuBaseline")).isEqualTo("USD 30,792.00");
  }

  /**
   * With per-million-token pricing at 2,000 tokens per second the costs per delivered GPU-hour are
   * those above (they do not depend on the price): USD 2.07 on the candidate, USD 2.93 on the
   * baseline.
   */
  @Test
  void eachCostPerMillionTokensIsExplainedByItsOwnOptionsCostPerGpuHour() {
    CalculationResults results =
        analyse(
            BY_HAND.toBuilder().pricing(PricingModel.perMillionTokens(usd("0.50"), 2000)).build());
    Explanation candidate = explanation(results, COST_PER_MILLION_TOKENS_CANDIDATE);
    Explanation baseline = explanation(results, COST_PER_MILLION_TOKENS_BASELINE);

    assertThat(candidate.formula())
        .isEqualTo(
            "CostPerMillionTokensCandidate = CostPerDeliveredGpuHourCandidate x 1,000,000 /"
                + " (pricing.tokensPerSecondPerGpu x 3,600)");
    assertThat(names(candidate))
        .containsExactly("CostPerDeliveredGpuHourCandidate", "pricing.tokensPerSecondPerGpu");
    assertThat(value(candidate, "CostPerDeliveredGpuHourCandidate")).isEqualTo("USD 2.07");
    assertThat(value(candidate, "pricing.tokensPerSecondPerGpu")).isEqualTo("2000");

    assertThat(baseline.formula())
        .isEqualTo(
            "CostPerMillionTokensBaseline = CostPerDeliveredGpuHourBaseline x 1,000,000 /"
                + " (pricing.tokensPerSecondPerGpu x 3,600)");
    assertThat(names(baseline))
        .containsExactly("CostPerDeliveredGpuHourBaseline", "pricing.tokensPerSecondPerGpu");
    assertThat(value(baseline, "CostPerDeliveredGpuHourBaseline")).isEqualTo("USD 2.93");
  }

  /**
   * The fleet's flows of each option ({@link LifetimeCalculatorsTest}, per GPU x 8): candidate
   * -276,800; 24,654.40; 75,112; 167,832, baseline -240,000; 5,526.40; 39,164.80; 117,164.80.
   */
  @Test
  void eachOptionsNpvIsExplainedByItsOwnFlows() {
    CalculationResults results = analyse(BY_HAND);
    Explanation candidate = explanation(results, LIFETIME_NPV_CANDIDATE);
    Explanation baseline = explanation(results, LIFETIME_NPV_BASELINE);

    assertThat(candidate.formula()).startsWith("LifetimeNpvCandidate = sum over years t = 0..n");
    assertThat(names(candidate))
        .containsExactly(
            "candidate cash flows",
            "lifetime.discountRate",
            "RealisedAnnualValuePerGpuCandidate",
            "RealisedAnnualValuePerGpuBaseline",
            "NetworkCostPerGpuCandidate",
            "NetworkCostPerGpuBaseline");
    assertThat(value(candidate, "candidate cash flows"))
        .isEqualTo(
            "USD: year 0 -276,800.00; year 1 24,654.40; year 2 75,112.00; year 3 167,832.00");
    assertThat(value(candidate, "lifetime.discountRate")).isEqualTo("0.1");

    assertThat(baseline.formula()).startsWith("LifetimeNpvBaseline = sum over years t = 0..n");
    assertThat(names(baseline))
        .containsExactly(
            "baseline cash flows",
            "lifetime.discountRate",
            "RealisedAnnualValuePerGpuCandidate",
            "RealisedAnnualValuePerGpuBaseline",
            "NetworkCostPerGpuCandidate",
            "NetworkCostPerGpuBaseline");
    assertThat(value(baseline, "baseline cash flows"))
        .isEqualTo("USD: year 0 -240,000.00; year 1 5,526.40; year 2 39,164.80; year 3 117,164.80");
  }

  /**
   * The candidate is built as a fabric (USD 4,600 per GPU over 5 years, support USD 460 a year):
   * its network cost per GPU is 920 + 460 = USD 1,380 a year, of which 4,600 / 5 = 920 is the
   * capex's share, so the lifetime cost is 3 x (920 + (1,380 - 920)) = 4,140; the baseline states
   * USD 1,000 a year: 3 x 1,000 = 3,000. Each explanation names the measures it read from the graph
   * and the fabric's life by its path.
   */
  @Test
  void eachNetworkCostIsExplainedByItsOwnOptionsFabricOrStatedCost() {
    CalculationResults results = analyse(BY_HAND);
    assertThat(results.value(LIFETIME_NETWORK_COST_PER_GPU_CANDIDATE).rounded())
        .isEqualByComparingTo("4140.00");
    assertThat(results.value(LIFETIME_NETWORK_COST_PER_GPU_BASELINE).rounded())
        .isEqualByComparingTo("3000.00");
    Explanation candidate = explanation(results, LIFETIME_NETWORK_COST_PER_GPU_CANDIDATE);
    Explanation baseline = explanation(results, LIFETIME_NETWORK_COST_PER_GPU_BASELINE);

    assertThat(candidate.formula())
        .isEqualTo(
            "LifetimeNetworkCostPerGpuCandidate = sum over years 1..lifetime.horizonYears of the"
                + " candidate's network cost: NetworkCostPerGpuCandidate, or with a fabric"
                + " FabricCapexPerGpuCandidate depreciated over candidate.fabric.lifeYears +"
                + " (NetworkCostPerGpuCandidate - FabricCapexPerGpuCandidate /"
                + " candidate.fabric.lifeYears)");
    assertThat(candidate.inputs().stream().map(Explanation.Input::toString))
        .containsExactly(
            "NetworkCostPerGpuCandidate = USD 1,380.00",
            "FabricCapexPerGpuCandidate = USD 4,600.00",
            "candidate.fabric.lifeYears = 5",
            "lifetime.horizonYears = 3");

    assertThat(baseline.formula())
        .isEqualTo(
            "LifetimeNetworkCostPerGpuBaseline = sum over years 1..lifetime.horizonYears of the"
                + " baseline's network cost: NetworkCostPerGpuBaseline, or with a fabric"
                + " FabricCapexPerGpuBaseline depreciated over baseline.fabric.lifeYears +"
                + " (NetworkCostPerGpuBaseline - FabricCapexPerGpuBaseline /"
                + " baseline.fabric.lifeYears)");
    assertThat(baseline.inputs().stream().map(Explanation.Input::toString))
        .containsExactly("NetworkCostPerGpuBaseline = USD 1,000.00", "lifetime.horizonYears = 3");
  }

  /**
   * The candidate's power and hosting costs name its fabric's watts per GPU: the small fabric draws
   * 800 W for 8 GPUs, 800 / 8 = 100 W per GPU (see {@link LifetimeCalculatorsTest}).
   */
  @Test
  void thePowerAndHostingCostsNameTheOptionsFabricWatts() {
    CalculationResults results = analyse(BY_HAND);

    for (Measure<?> measure :
        List.of(LIFETIME_POWER_COST_PER_GPU_CANDIDATE, LIFETIME_HOSTING_COST_PER_GPU_CANDIDATE)) {
      assertThat(value(explanation(results, measure), "FabricPowerPerGpuCandidate"))
          .as("%s", measure)
          .isEqualTo("100");
    }
  }

  /**
   * The upgrade's figures name its flows, the candidate's minus the baseline's (per fleet, see
   * {@link #eachOptionsNpvIsExplainedByItsOwnFlows}): year 0 -276,800 + 240,000 = -36,800; year 1
   * 24,654.40 - 5,526.40 = 19,128; year 2 75,112 - 39,164.80 = 35,947.20; year 3 167,832 -
   * 117,164.80 = 50,667.20.
   */
  @Test
  void theUpgradesFiguresNameTheUpgradesFlows() {
    CalculationResults results = analyse(BY_HAND);

    for (Measure<?> measure : List.of(UPGRADE_NPV, UPGRADE_IRR)) {
      assertThat(value(explanation(results, measure), "upgrade cash flows"))
          .as("%s", measure)
          .isEqualTo(
              "USD: year 0 -36,800.00; year 1 19,128.00; year 2 35,947.20; year 3 50,667.20");
    }
  }

  // ---- boundaries ----------------------------------------------------------------------------

  /** A context that hands out the given values (money as USD) and nothing else. */
  private record Given(Scenario scenario, Map<Measure<?>, Double> values)
      implements CalculationContext {
    @Override
    public <T> Figure<T> figure(Measure<T> measure) {
      Double value = values.get(measure);
      if (value == null) {
        throw new IllegalArgumentException(measure + " is not given");
      }
      Object typed = measure.type() == CurrencyAmount.class ? CurrencyAmount.of(USD, value) : value;
      return Figure.of(measure, measure.type().cast(typed), Explanation.of(measure + " = given"));
    }

    @Override
    public <T> Optional<Figure<T>> find(Measure<T> measure) {
      return values.containsKey(measure) ? Optional.of(figure(measure)) : Optional.empty();
    }
  }

  private static final java.util.Currency USD = java.util.Currency.getInstance("USD");

  /**
   * Throughput factors of 0 on one side only (the other 0.9) give that side 8,760 x 0.8 x 0 x 2.5 =
   * 0 delivered hours: the cost per hour is undefined, not infinite, and says why (sold utilisation
   * 0.8, ramp 0.5 over 3 years, as {@code TERMS} states them).
   */
  @Test
  void aCostPerDeliveredHourIsUndefinedWhenOneSideDeliversNoHours() {
    for (double[] factors : new double[][] {{0, 0.9}, {0.9, 0}}) {
      Given given =
          new Given(
              BY_HAND,
              Map.of(
                  THROUGHPUT_FACTOR_CANDIDATE,
                  factors[0],
                  THROUGHPUT_FACTOR_BASELINE,
                  factors[1],
                  LIFETIME_TCO_PER_GPU_CANDIDATE,
                  32_686.2,
                  LIFETIME_TCO_PER_GPU_BASELINE,
                  30_792.0));
      assertThatThrownBy(() -> Calculators.calculate(new DeliveredCostCalculator(), given))
          .isInstanceOfSatisfying(
              CalculationException.class,
              e -> assertThat(e.getReason()).isEqualTo(FailureReason.UNDEFINED))
          .hasMessage(
              "an option delivers no GPU-hours over the horizon (sold utilisation 0.8,"
                  + " first-year ramp 0.5, 3 years): a cost per delivered GPU-hour is undefined");
    }
    // and defined with hours on both sides: 32,686.20 / (8,760 x 0.8 x 0.9 x 2.5 = 15,768)
    List<Figure<?>> figures =
        Calculators.calculate(
            new DeliveredCostCalculator(),
            new Given(
                BY_HAND,
                Map.of(
                    THROUGHPUT_FACTOR_CANDIDATE, 0.9,
                    THROUGHPUT_FACTOR_BASELINE, 0.6,
                    LIFETIME_TCO_PER_GPU_CANDIDATE, 32_686.2,
                    LIFETIME_TCO_PER_GPU_BASELINE, 30_792.0)));
    assertThat(((CurrencyAmount) figures.get(0).value()).amount())
        .isCloseTo(32_686.2 / 15_768, within(1e-9));
  }

  /**
   * The cost per delivered GPU-hour comes from the graph: given a lifetime TCO per GPU of USD
   * 15,768 on the candidate (a plug-in's, say) and its 15,768 delivered hours (8,760 x 0.8 x 0.9 x
   * 2.5), the cost is USD 1.00 an hour exactly; and given USD 1.00 an hour, 2,000 tokens a second
   * cost 1 x 1,000,000 / (2,000 x 3,600) = USD 0.138888... per million tokens.
   */
  @Test
  void theCostPerDeliveredHourAndPerTokenUseTheMeasuresTheyAreGiven() {
    List<Figure<?>> hour =
        Calculators.calculate(
            new DeliveredCostCalculator(),
            new Given(
                BY_HAND,
                Map.of(
                    THROUGHPUT_FACTOR_CANDIDATE, 0.9,
                    THROUGHPUT_FACTOR_BASELINE, 0.6,
                    LIFETIME_TCO_PER_GPU_CANDIDATE, 15_768.0,
                    LIFETIME_TCO_PER_GPU_BASELINE, 30_792.0)));
    assertThat(((CurrencyAmount) hour.get(0).value()).amount()).isEqualTo(1.0);

    Scenario perToken =
        BY_HAND.toBuilder().pricing(PricingModel.perMillionTokens(usd("0.50"), 2000)).build();
    List<Figure<?>> token =
        Calculators.calculate(
            new TokenCostCalculator(),
            new Given(
                perToken,
                Map.of(
                    COST_PER_DELIVERED_GPU_HOUR_CANDIDATE, 1.0,
                    COST_PER_DELIVERED_GPU_HOUR_BASELINE, 2.0)));
    assertThat(((CurrencyAmount) token.get(0).value()).amount())
        .isCloseTo(1e6 / (2000 * 3600.0), within(1e-15));
    assertThat(((CurrencyAmount) token.get(1).value()).amount())
        .isCloseTo(2e6 / (2000 * 3600.0), within(1e-15));
  }

  /**
   * A scenario with lifetime terms whose TCO (or cost per delivered GPU-hour) no calculator
   * provides: the figures that use them fail as missing inputs, naming the measures.
   */
  @Test
  void aCostPerHourOrTokenWithoutItsMeasuresFailsAsMissingInput() {
    Given factorsOnly =
        new Given(
            BY_HAND, Map.of(THROUGHPUT_FACTOR_CANDIDATE, 0.9, THROUGHPUT_FACTOR_BASELINE, 0.6));
    assertThatThrownBy(() -> Calculators.calculate(new DeliveredCostCalculator(), factorsOnly))
        .isInstanceOfSatisfying(
            CalculationException.class,
            e -> assertThat(e.getReason()).isEqualTo(FailureReason.MISSING_INPUT))
        .hasMessage(
            "no calculator provides LifetimeTcoPerGpuCandidate and LifetimeTcoPerGpuBaseline,"
                + " which a cost per delivered GPU-hour needs");
    Scenario perToken =
        BY_HAND.toBuilder().pricing(PricingModel.perMillionTokens(usd("0.50"), 2000)).build();
    assertThatThrownBy(
            () -> Calculators.calculate(new TokenCostCalculator(), new Given(perToken, Map.of())))
        .isInstanceOfSatisfying(
            CalculationException.class,
            e -> assertThat(e.getReason()).isEqualTo(FailureReason.MISSING_INPUT))
        .hasMessage(
            "no calculator provides CostPerDeliveredGpuHourCandidate and"
                + " CostPerDeliveredGpuHourBaseline, which a cost per million tokens needs");
  }

  /**
   * One year with a first-year ramp of 0: no option delivers hours (8,760 x 0.8 x factor x 0), so
   * the costs per delivered GPU-hour are undefined, and the costs per million tokens, which use
   * them, fail as a failed dependency naming the first of them by name
   * (CostPerDeliveredGpuHourBaseline sorts before ...Candidate).
   */
  @Test
  void theCostPerMillionTokensFailsWithTheCostPerDeliveredHourItUses() {
    Lifetime oneYear = TERMS.toBuilder().horizonYears(1).firstYearRamp(0).build();
    CalculationResults results =
        analyse(
            BY_HAND.toBuilder()
                .lifetime(oneYear)
                .pricing(PricingModel.perMillionTokens(usd("0.50"), 2000))
                .build());
    String noHours =
        "an option delivers no GPU-hours over the horizon (sold utilisation 0.8, first-year ramp"
            + " 0.0, 1 years): a cost per delivered GPU-hour is undefined";
    assertThat(failure(results, COST_PER_DELIVERED_GPU_HOUR_CANDIDATE).message())
        .isEqualTo(noHours);
    Result.Failure<?> tokens = failure(results, COST_PER_MILLION_TOKENS_CANDIDATE);
    assertThat(tokens.reason()).isEqualTo(FailureReason.DEPENDENCY_FAILED);
    assertThat(tokens.message())
        .isEqualTo("uses CostPerDeliveredGpuHourBaseline, which failed (UNDEFINED): " + noHours);
  }

  /**
   * Twins at a fraction of 1: the upgrade's NPV is 0, so the realised value needed is today's and
   * the factor needed is today's, 1, which the highest fraction searched reaches exactly.
   */
  @Test
  void theBreakEvenFractionIsOneWhenOnlyAFractionOfOneMatches() {
    assertThat(analyse(twins(1, "1000")).value(BREAK_EVEN_EFFECTIVE_FRACTION)).isEqualTo(1.0);
  }

  /**
   * Twins at 0.5: the factor needed is exactly 0.5 (linear model), and the search returns the
   * smallest fraction whose factor reaches it, 0.5 itself, not the double above.
   */
  @Test
  void theBreakEvenFractionIsExactlyTheFractionWhoseFactorReachesTheTarget() {
    assertThat(analyse(twins(0.5, "1000")).value(BREAK_EVEN_EFFECTIVE_FRACTION)).isEqualTo(0.5);
  }

  /**
   * Twins at 0.000001, the lowest fraction searched: it already matches (its factor equals the
   * target), so the figure is undefined, and the NPV of 0 is not below 0.
   */
  @Test
  void theBreakEvenFractionIsUndefinedWhenTheLowestFractionAlreadyMatches() {
    Result.Failure<?> failure =
        failure(
            analyse(twins(BreakEvenEffectiveFractionCalculator.LOWEST, "1000")),
            BREAK_EVEN_EFFECTIVE_FRACTION);
    assertThat(failure.reason()).isEqualTo(FailureReason.UNDEFINED);
    assertThat(failure.message())
        .isEqualTo(
            "the candidate matches the baseline at every effective fraction down to 0.000001");
  }

  /**
   * One year with a first-year ramp of 0: the candidate sells nothing in the horizon, the ramp
   * annuity is 0 x 1 / 1.1 = 0, so NPV / (8 x 0) is not finite.
   */
  @Test
  void theBreakEvenFractionIsUndefinedWhenNothingIsSoldWithinTheHorizon() {
    Lifetime oneYear = TERMS.toBuilder().horizonYears(1).firstYearRamp(0).build();
    Result.Failure<?> failure =
        failure(
            analyse(BY_HAND.toBuilder().lifetime(oneYear).build()), BREAK_EVEN_EFFECTIVE_FRACTION);
    assertThat(failure.reason()).isEqualTo(FailureReason.UNDEFINED);
    assertThat(failure.message())
        .isEqualTo(
            "the candidate sells nothing that the discount rate values within the horizon"
                + " (first-year ramp 0.0 over 1 years): no effective fraction changes the NPV");
  }

  /**
   * Twins that both state USD 0 a year: with the candidate's network free the upgrade's flows are
   * all 0, so the break-even network cost is exactly 0 (a free network just matches), defined.
   */
  @Test
  void theBreakEvenNetworkCostIsZeroWhenOnlyAFreeNetworkMatches() {
    assertThat(analyse(twins(0.9, "0")).value(BREAK_EVEN_NETWORK_COST_PER_GPU).amount())
        .isEqualTo(0.0);
  }

  /**
   * Both options state USD 1,000 a year and only the fractions differ (0.9 and 0.6): at a price of
   * 0 the upgrade's flows are all 0, so its net benefit is 0 there and the break-even price is
   * exactly 0, defined (the extra revenue per unit of price is 42,048, not 0).
   */
  @Test
  void theBreakEvenGpuHourPriceIsZeroWhenTheUpgradeBreaksEvenAtAPriceOfZero() {
    Scenario sameCosts =
        Scenario.builder()
            .name("same costs")
            .fleet(BY_HAND.fleet())
            .candidate(CANDIDATE.withAnnualCostPerGpu(usd("1000")))
            .baseline(BASELINE)
            .pricing(BY_HAND.pricing())
            .lifetime(TERMS)
            .build();
    CalculationResults results = analyse(sameCosts);
    assertThat(results.get(BREAK_EVEN_GPU_HOUR_PRICE).isSuccess()).isTrue();
    assertThat(results.value(BREAK_EVEN_GPU_HOUR_PRICE).amount()).isCloseTo(0.0, within(0.0));
  }

  /**
   * A plug-in model that gives the baseline a factor of 2 (outside (0, 1]) and the candidate its
   * fraction, or the other way round: every batch row fails as a calculation error.
   */
  @Test
  void aBatchRowFailsWhenEitherFactorIsOutsideZeroToOne() {
    for (OptionRole wrong : OptionRole.values()) {
      ThroughputModel model =
          new ThroughputModel() {
            @Override
            public String name() {
              return "wrong " + wrong.head();
            }

            @Override
            public String formula() {
              return "throughput factor = 2 for the " + wrong.head();
            }

            @Override
            public double throughputFactor(NetworkOption option, Scenario scenario) {
              return option.equals(wrong.option(scenario)) ? 2 : option.effectiveFraction();
            }
          };
      BatchResults batch =
          CalculationEngine.of(CalculatorRegistry.builtIns())
              .batch(
                  BY_HAND.toBuilder().throughputModel(model).build(),
                  Map.of(InputPaths.BASELINE_EFFECTIVE_FRACTION, new double[] {0.6, 0.5}),
                  List.of(THROUGHPUT_FACTOR_CANDIDATE, THROUGHPUT_FACTOR_BASELINE),
                  1);
      for (int row = 0; row < 2; row++) {
        assertThat(batch.failureReason(THROUGHPUT_FACTOR_CANDIDATE, row))
            .as("%s, row %d", wrong, row)
            .contains(FailureReason.CALCULATION_ERROR);
        assertThat(batch.failureReason(THROUGHPUT_FACTOR_BASELINE, row))
            .contains(FailureReason.CALCULATION_ERROR);
      }
    }
  }

  /**
   * The scenario has no market snapshot: on the batch path the network run rate per active GPU,
   * which both ASP shares require, fails for want of it, so both shares fail as a failed dependency
   * in every row, decided for the block at once, with no row computed again one by one.
   */
  @Test
  void theAspSharesOfABatchWithoutAMarketFailWithoutRowByRowWork() {
    assertThat(BY_HAND.market()).isEmpty();
    BatchResults batch =
        CalculationEngine.of(CalculatorRegistry.builtIns())
            .batch(
                BY_HAND,
                Map.of(InputPaths.BASELINE_EFFECTIVE_FRACTION, new double[] {0.6, 0.5}),
                List.of(NETWORK_SHARE_OF_BLENDED_ASP, NETWORK_SHARE_OF_MODEL_ASP),
                1);
    for (int row = 0; row < 2; row++) {
      assertThat(batch.failureReason(NETWORK_SHARE_OF_BLENDED_ASP, row))
          .contains(FailureReason.DEPENDENCY_FAILED);
      assertThat(batch.failureReason(NETWORK_SHARE_OF_MODEL_ASP, row))
          .contains(FailureReason.DEPENDENCY_FAILED);
    }
    assertThat(batch.rowByRowEvaluations()).isZero();
  }

  // ---- helpers' contracts --------------------------------------------------------------------

  @Test
  void anUpgradeStartsWithAnInflowWhenItsFirstFlowThatIsNotZeroIsPositive() {
    assertThat(UpgradeIrrCalculator.startsWithInflow(new double[] {0, 3}, 2)).isTrue();
    assertThat(UpgradeIrrCalculator.startsWithInflow(new double[] {0, -3}, 2)).isFalse();
    // all zero within the length: no inflow, whatever lies beyond it
    assertThat(UpgradeIrrCalculator.startsWithInflow(new double[] {0, 0}, 2)).isFalse();
    assertThat(UpgradeIrrCalculator.startsWithInflow(new double[] {0, 0, 5}, 2)).isFalse();
  }

  /**
   * With a first-year ramp of 0 and a revenue of 1e308 a GPU-year on the candidate, the upgrade's
   * flows of years 2 and 3 are (1e308 - costs) x 8, beyond a double: the break-even cost is
   * undefined, and the message names the input of the largest magnitude, the candidate's realised
   * value (the figure is not finite at a rate of 0 either: the flows themselves overflow).
   */
  @Test
  void theBreakEvenNetworkCostNamesTheInputThatOverflows() {
    Lifetime ramp0 = TERMS.toBuilder().horizonYears(3).firstYearRamp(0).build();
    Given given =
        new Given(
            BY_HAND.toBuilder().lifetime(ramp0).build(),
            Map.of(
                REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE, 1e308,
                REALISED_ANNUAL_VALUE_PER_GPU_BASELINE, 0.0,
                NETWORK_COST_PER_GPU_CANDIDATE, 1380.0,
                NETWORK_COST_PER_GPU_BASELINE, 1000.0));
    assertThatThrownBy(() -> Calculators.calculate(new BreakEvenNetworkCostCalculator(), given))
        .isInstanceOfSatisfying(
            CalculationException.class,
            e -> assertThat(e.getReason()).isEqualTo(FailureReason.UNDEFINED))
        .hasMessage(
            "the figure is not a finite number: it overflows a double with these inputs (the"
                + " largest: RealisedAnnualValuePerGpuCandidate = 1.0E308)");
  }

  /**
   * The default refusals of a lifetime calculator, which its subclasses override where they can say
   * more: a calculator that states none gives them.
   */
  @Test
  void theDefaultRefusalsNameTheReason() {
    LifetimeCalculator npv = new LifetimeNpvCalculator();
    assertThat(npv.refusal(BY_HAND_ROW, new double[0], FailureReason.MISSING_INPUT))
        .isEqualTo("an input of the figure is missing");
    assertThat(npv.refusal(BY_HAND_ROW, new double[0], FailureReason.UNDEFINED))
        .isEqualTo("the figure is undefined for this scenario");
  }

  /** A row that is never read: the default refusals do not look at it. */
  private static final dev.netroi.calc.Row BY_HAND_ROW =
      (dev.netroi.calc.Row)
          java.lang.reflect.Proxy.newProxyInstance(
              LifetimeCalculatorsEdgesTest.class.getClassLoader(),
              new Class<?>[] {dev.netroi.calc.Row.class},
              (proxy, method, args) -> {
                throw new AssertionError("read " + method.getName());
              });

  @Test
  void perUnitTextsCoverEveryUnitOfGpuTime() {
    Map<GpuTimeUnit, String[]> texts =
        BuiltInRowCalculator.perUnit(unit -> new String[] {"per " + unit.label()});
    assertThat(texts).hasSize(GpuTimeUnit.values().length);
    for (GpuTimeUnit unit : GpuTimeUnit.values()) {
      assertThat(texts.get(unit)).containsExactly("per " + unit.label());
    }
  }

  @Test
  void aCalculatorIsShownByItsClassName() {
    assertThat(new TokenCostCalculator()).hasToString("TokenCostCalculator");
    assertThat(new UpgradeCashFlowsCalculator()).hasToString("UpgradeCashFlowsCalculator");
  }
}
