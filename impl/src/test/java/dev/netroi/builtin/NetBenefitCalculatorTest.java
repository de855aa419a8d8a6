package dev.netroi.builtin;

import static dev.netroi.calc.Measures.NET_BENEFIT_PER_GPU;
import static dev.netroi.testkit.NetroiDomain.usd;
import static org.assertj.core.api.Assertions.assertThat;

import dev.netroi.Scenario;
import dev.netroi.calc.Calculator;
import dev.netroi.reference.ReferenceArgument;
import dev.netroi.testkit.NetroiDomain;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class NetBenefitCalculatorTest implements BuiltInContract {

  private final Scenario reference = ReferenceArgument.mixtral();

  @Override
  public Calculator calculator() {
    return new NetBenefitCalculator();
  }

  @Override
  public Gen<Scenario> validScenarios() {
    return NetroiDomain.scenarios();
  }

  private BigDecimal netBenefitWithBaselineAt(String cost) {
    Scenario scenario =
        reference.toBuilder()
            .baseline(reference.baseline().withAnnualCostPerGpu(usd(cost)))
            .build();
    return valueFor(scenario, NET_BENEFIT_PER_GPU).rounded();
  }

  @Test
  void atEqualCostsTheNetBenefitIsTheUplift() {
    assertThat(netBenefitWithBaselineAt("3900")).isEqualTo(new BigDecimal("49669.20"));
  }

  @Test
  void theExtraCostIsDeducted() {
    assertThat(netBenefitWithBaselineAt("2900")).isEqualTo(new BigDecimal("48669.20"));
  }

  @Test
  void aCheaperCandidateAddsItsSaving() {
    assertThat(netBenefitWithBaselineAt("4900")).isEqualTo(new BigDecimal("50669.20"));
  }
}
