package dev.netroi.builtin;

import static dev.netroi.calc.Measures.ROI;
import static dev.netroi.testkit.NetroiDomain.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.netroi.Scenario;
import dev.netroi.calc.Calculator;
import dev.netroi.calc.FailureReason;
import dev.netroi.reference.ReferenceArgument;
import dev.netroi.testkit.NetroiDomain;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class RoiCalculatorTest implements BuiltInContract {

  private final Scenario reference = ReferenceArgument.mixtral();

  @Override
  public Calculator calculator() {
    return new RoiCalculator();
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
  void roiIsTheNetBenefitOverTheExtraCost() {
    assertThat(valueFor(baselineAt("2900"), ROI)).isCloseTo(48669.2 / 1000, within(1e-12));
  }

  @Test
  void roiIsNegativeWhenTheExtraCostExceedsTheUplift() {
    Scenario expensive =
        reference.toBuilder()
            .candidate(reference.candidate().withAnnualCostPerGpu(usd("103900")))
            .build();

    assertThat(valueFor(expensive, ROI)).isCloseTo(-50330.8 / 100000, within(1e-12));
  }

  @Test
  void roiIsUndefinedAtEqualCosts() {
    assertThat(outcomeFor(reference))
        .isEqualTo(
            new Outcome(
                null,
                FailureReason.UNDEFINED,
                "Roi is undefined: the candidate costs the same as the baseline"
                    + " (ExtraNetworkCostPerGpu = USD 0.00), so there is no extra spend to return"
                    + " on; see NetBenefitPerGpu = USD 49669.20"));
  }

  @Test
  void roiIsUndefinedWhenTheExtraCostIsNegative() {
    assertThat(outcomeFor(baselineAt("4900")))
        .isEqualTo(
            new Outcome(
                null,
                FailureReason.UNDEFINED,
                "Roi is undefined: the candidate costs less than the baseline"
                    + " (ExtraNetworkCostPerGpu = USD -1000.00), so there is no extra spend to"
                    + " return on; see NetBenefitPerGpu = USD 50669.20"));
  }
}
