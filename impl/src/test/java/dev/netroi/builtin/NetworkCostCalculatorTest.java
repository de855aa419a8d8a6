package dev.netroi.builtin;

import static dev.netroi.calc.Measures.EXTRA_NETWORK_COST_PER_GPU;
import static dev.netroi.calc.Measures.NETWORK_COST_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.NETWORK_COST_PER_GPU_CANDIDATE;
import static dev.netroi.testkit.NetroiDomain.usd;
import static org.assertj.core.api.Assertions.assertThat;

import dev.netroi.Scenario;
import dev.netroi.calc.Calculator;
import dev.netroi.calc.Explanation;
import dev.netroi.reference.ReferenceArgument;
import dev.netroi.testkit.CalculatorContract;
import dev.netroi.testkit.NetroiDomain;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class NetworkCostCalculatorTest implements CalculatorContract {

  private final Scenario reference = ReferenceArgument.mixtral();

  @Override
  public Calculator calculator() {
    return new NetworkCostCalculator();
  }

  @Override
  public Gen<Scenario> validScenarios() {
    return NetroiDomain.scenarios();
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
}
