package dev.netroi.builtin;

import static dev.netroi.calc.Measures.EXTRA_NETWORK_COST_PER_GPU;
import static dev.netroi.calc.Measures.FABRIC_CAPEX_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.FABRIC_CAPEX_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.NETWORK_COST_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.NETWORK_COST_PER_GPU_CANDIDATE;
import static dev.netroi.testkit.NetroiDomain.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.netroi.CurrencyAmount;
import dev.netroi.Scenario;
import dev.netroi.calc.CalculationResults;
import dev.netroi.calc.Calculator;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Figure;
import dev.netroi.calc.Measure;
import dev.netroi.calc.Result;
import dev.netroi.engine.CalculationEngine;
import dev.netroi.engine.CalculatorRegistry;
import dev.netroi.engine.Calculators;
import dev.netroi.reference.ReferenceArgument;
import dev.netroi.testkit.DeclaredInputsContext;
import dev.netroi.testkit.NetroiDomain;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class NetworkCostCalculatorTest implements BuiltInContract {

  private final Scenario reference = ReferenceArgument.mixtral();

  @Override
  public Calculator calculator() {
    return new NetworkCostCalculator();
  }

  /** Scenarios with stated costs, with fabrics that fit, and with fabrics that do not. */
  @Override
  public Gen<Scenario> validScenarios() {
    return NetroiDomain.weighted(
        1, NetroiDomain.scenariosWithFabrics(), 1, NetroiDomain.scenarios());
  }

  private Scenario baselineAt(String cost) {
    return reference.toBuilder()
        .baseline(reference.baseline().withAnnualCostPerGpu(usd(cost)))
        .build();
  }

  @Test
  void theCostsAreTheOptionsAnnualCostsPerGpu() {
    assertThat(valueFor(reference, NETWORK_COST_PER_GPU_CANDIDATE)).isEqualTo(usd("3900"));
    assertThat(valueFor(reference, NETWORK_COST_PER_GPU_BASELINE)).isEqualTo(usd("3900"));
    assertThat(valueFor(reference, EXTRA_NETWORK_COST_PER_GPU)).isEqualTo(usd("0"));
  }

  @Test
  void theExtraCostIsTheCandidatesCostLessTheBaselines() {
    assertThat(valueFor(baselineAt("2900"), EXTRA_NETWORK_COST_PER_GPU)).isEqualTo(usd("1000"));
    assertThat(valueFor(baselineAt("4900"), EXTRA_NETWORK_COST_PER_GPU)).isEqualTo(usd("-1000"));
  }

  @Test
  void theExtraCostNamesBothCosts() {
    assertThat(figureFor(baselineAt("2900"), EXTRA_NETWORK_COST_PER_GPU).explanation().inputs())
        .containsExactly(
            new Explanation.Input("candidate.annualCostPerGpu", "USD 3,900.00"),
            new Explanation.Input("baseline.annualCostPerGpu", "USD 2,900.00"));
  }

  @Test
  void aFabricGivesItsOptionsCostAndTheExplanationSaysSo() {
    Scenario scenario = CandidateFabricCalculatorTest.WITH_FABRIC;

    // capex per GPU 9,043.75 / 5 years + 0.1 x 9,043.75 = 2,713.125
    assertThat(valueFor(scenario, NETWORK_COST_PER_GPU_CANDIDATE).amount()).isEqualTo(2713.125);
    assertThat(valueFor(scenario, NETWORK_COST_PER_GPU_CANDIDATE).toDisplayString())
        .isEqualTo("USD 2,713.12"); // half-even
    assertThat(valueFor(scenario, NETWORK_COST_PER_GPU_BASELINE)).isEqualTo(usd("3900"));
    assertThat(valueFor(scenario, EXTRA_NETWORK_COST_PER_GPU).amount()).isEqualTo(2713.125 - 3900);
    Explanation candidate = figureFor(scenario, NETWORK_COST_PER_GPU_CANDIDATE).explanation();
    assertThat(candidate.formula())
        .isEqualTo(
            "NetworkCostPerGpuCandidate = fabric capex per GPU / candidate.fabric.lifeYears +"
                + " candidate.fabric.annualSupportShare x fabric capex per GPU (from the"
                + " candidate's fabric, not its stated annualCostPerGpu)");
    assertThat(candidate.inputs())
        .containsExactly(
            new Explanation.Input("FabricCapexPerGpuCandidate", "USD 9,043.75"),
            new Explanation.Input("candidate.fabric.lifeYears", "5"),
            new Explanation.Input("candidate.fabric.annualSupportShare", "0.1"));
    assertThat(figureFor(scenario, NETWORK_COST_PER_GPU_BASELINE).explanation().formula())
        .isEqualTo("NetworkCostPerGpuBaseline = baseline.annualCostPerGpu");
    assertThat(figureFor(scenario, EXTRA_NETWORK_COST_PER_GPU).explanation().formula())
        .isEqualTo(
            "ExtraNetworkCostPerGpu = NetworkCostPerGpuCandidate - NetworkCostPerGpuBaseline");
  }

  /**
   * 70,000 GPUs do not fit radix-64 switches at 1:1 in 3 tiers: a leaf has 64 / (1 + 1) = 32 ports
   * down, 3 tiers connect at most 64 x 64 / 2 = 2,048 leaves, so 2,048 x 32 = 65,536 GPUs; radix
   * 128 connects 128 x 128 / 2 x 64 = 524,288. The candidate's fabric capex fails as UNDEFINED with
   * that reason, and the network costs, which use it, fail as DEPENDENCY_FAILED, repeating it.
   */
  @Test
  void aFleetThatDoesNotFitAFabricFailsTheCostsThroughTheFabricCapex() {
    Scenario tooLarge =
        CandidateFabricCalculatorTest.WITH_FABRIC.toBuilder()
            .fleet(reference.fleet().withCount(70_000))
            .build();
    String fit =
        "a fleet of 70,000 GPUs x 1 NIC does not fit 3 tiers of radix-64 switches at 1:1: they"
            + " connect at most 65,536 GPUs; radix 128 would (524,288 in 3 tiers)";

    CalculationResults results =
        CalculationEngine.of(CalculatorRegistry.builtIns())
            .calculate(
                tooLarge,
                FABRIC_CAPEX_PER_GPU_CANDIDATE,
                NETWORK_COST_PER_GPU_CANDIDATE,
                NETWORK_COST_PER_GPU_BASELINE,
                EXTRA_NETWORK_COST_PER_GPU);

    Result.Failure<?> capex = (Result.Failure<?>) results.get(FABRIC_CAPEX_PER_GPU_CANDIDATE);
    assertThat(capex.reason()).isEqualTo(FailureReason.UNDEFINED);
    assertThat(capex.message()).isEqualTo(fit);
    for (Measure<?> cost :
        List.of(
            NETWORK_COST_PER_GPU_CANDIDATE,
            NETWORK_COST_PER_GPU_BASELINE,
            EXTRA_NETWORK_COST_PER_GPU)) {
      Result.Failure<?> failure = (Result.Failure<?>) results.get(cost);
      assertThat(failure.reason()).as("%s", cost).isEqualTo(FailureReason.DEPENDENCY_FAILED);
      assertThat(failure.message())
          .as("%s", cost)
          .isEqualTo("uses FabricCapexPerGpuCandidate, which failed (UNDEFINED): " + fit);
    }
  }

  /**
   * The cost of an option with a fabric comes from the capex measure it is given, not from sizing
   * the fabric: USD 10,000 per GPU over 5 years with support at 0.1 a year is 10,000 / 5 + 0.1 x
   * 10,000 = 2,000 + 1,000 = 3,000; the baseline states 3,900, so the extra cost is 3,000 - 3,900 =
   * -900.
   */
  @Test
  void aFabricsCostComesFromTheCapexMeasureItIsGiven() {
    Figure<CurrencyAmount> capex =
        Figure.of(FABRIC_CAPEX_PER_GPU_CANDIDATE, usd("10000"), Explanation.of("given"));

    List<Figure<?>> figures =
        Calculators.calculate(
            calculator(),
            DeclaredInputsContext.withInputs(
                calculator(), CandidateFabricCalculatorTest.WITH_FABRIC, List.of(capex)));

    assertThat(figures)
        .extracting(Figure::measure, Figure::value)
        .containsExactly(
            tuple(NETWORK_COST_PER_GPU_CANDIDATE, usd("3000")),
            tuple(NETWORK_COST_PER_GPU_BASELINE, usd("3900")),
            tuple(EXTRA_NETWORK_COST_PER_GPU, usd("-900")));
    assertThat(figures.get(0).explanation().inputs())
        .containsExactly(
            new Explanation.Input("FabricCapexPerGpuCandidate", "USD 10,000.00"),
            new Explanation.Input("candidate.fabric.lifeYears", "5"),
            new Explanation.Input("candidate.fabric.annualSupportShare", "0.1"));
  }

  /** An option with a fabric but no capex measure (no calculator gives it) has no cost. */
  @Test
  void aFabricWithoutItsCapexMeasureIsMissingInputNamingTheMeasure() {
    Outcome outcome =
        Outcome.of(
            calculator(),
            DeclaredInputsContext.withInputs(
                calculator(), CandidateFabricCalculatorTest.WITH_FABRIC, List.of()));

    assertThat(outcome)
        .isEqualTo(
            new Outcome(
                null,
                FailureReason.MISSING_INPUT,
                "NetworkCostPerGpuCandidate is missing: the candidate has a fabric"
                    + " (candidate.fabric), whose cost needs FabricCapexPerGpuCandidate, and no"
                    + " calculator gives it"));
  }

  /** A capex measure of an option without a fabric (a plug-in's, say) is not read: it is stated. */
  @Test
  void anOptionWithoutAFabricKeepsItsStatedCostWhateverTheCapexMeasure() {
    Figure<CurrencyAmount> capex =
        Figure.of(FABRIC_CAPEX_PER_GPU_BASELINE, usd("10000"), Explanation.of("given"));

    List<Figure<?>> figures =
        Calculators.calculate(
            calculator(),
            DeclaredInputsContext.withInputs(calculator(), reference, List.of(capex)));

    assertThat(figures.get(1).value()).isEqualTo(usd("3900"));
  }
}
