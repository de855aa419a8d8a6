package dev.netroi.builtin;

import static dev.netroi.calc.Measures.EXTRA_NETWORK_COST_PER_GPU;
import static dev.netroi.calc.Measures.NETWORK_COST_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.NETWORK_COST_PER_GPU_CANDIDATE;
import static dev.netroi.testkit.NetroiDomain.usd;
import static org.assertj.core.api.Assertions.assertThat;

import dev.netroi.Scenario;
import dev.netroi.calc.Calculator;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.FailureReason;
import dev.netroi.reference.ReferenceArgument;
import dev.netroi.testkit.NetroiDomain;
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
            new Explanation.Input("fabric capex per GPU", "USD 9,043.75"),
            new Explanation.Input("candidate.fabric.lifeYears", "5"),
            new Explanation.Input("candidate.fabric.annualSupportShare", "0.1"));
    assertThat(figureFor(scenario, NETWORK_COST_PER_GPU_BASELINE).explanation().formula())
        .isEqualTo("NetworkCostPerGpuBaseline = baseline.annualCostPerGpu");
    assertThat(figureFor(scenario, EXTRA_NETWORK_COST_PER_GPU).explanation().formula())
        .isEqualTo(
            "ExtraNetworkCostPerGpu = NetworkCostPerGpuCandidate - NetworkCostPerGpuBaseline");
  }

  @Test
  void aFleetThatDoesNotFitAFabricLeavesTheCostsUndefined() {
    Scenario tooLarge =
        CandidateFabricCalculatorTest.WITH_FABRIC.toBuilder()
            .fleet(reference.fleet().withCount(70_000))
            .build();

    assertThat(outcomeFor(tooLarge).reason()).isEqualTo(FailureReason.UNDEFINED);
    assertThat(outcomeFor(tooLarge).message())
        .startsWith("a fleet of 70,000 GPUs x 1 NIC does not fit 3 tiers of radix-64 switches");
  }
}
