package dev.netroi.builtin;

import static dev.netroi.calc.Measures.BENEFIT_COST_RATIO;
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

class BenefitCostRatioCalculatorTest implements BuiltInContract {

  private final Scenario reference = ReferenceArgument.mixtral();

  @Override
  public Calculator calculator() {
    return new BenefitCostRatioCalculator();
  }

  @Override
  public Gen<Scenario> validScenarios() {
    return NetroiDomain.scenarios();
  }

  @Test
  void theRatioIsTheUpliftOverTheCandidatesAnnualNetworkCost() {
    assertThat(valueFor(reference, BENEFIT_COST_RATIO)).isCloseTo(49669.2 / 3900, within(1e-12));
  }

  @Test
  void aFreeCandidateNetworkMakesTheRatioUndefined() {
    Scenario free =
        reference.toBuilder()
            .candidate(reference.candidate().withAnnualCostPerGpu(usd("0")))
            .build();

    assertThat(outcomeFor(free))
        .isEqualTo(
            new Outcome(
                null,
                FailureReason.UNDEFINED,
                "BenefitCostRatio is undefined: the candidate's annual network cost per GPU is USD"
                    + " 0.00 (uplift USD 49669.20)"));
  }

  @Test
  void aWorseCandidateHasANegativeRatio() {
    Scenario swapped =
        reference.toBuilder()
            .candidate(reference.baseline())
            .baseline(reference.candidate())
            .build();

    assertThat(valueFor(swapped, BENEFIT_COST_RATIO)).isCloseTo(-49669.2 / 3900, within(1e-12));
  }

  @Test
  void equalOptionsHaveARatioOfZero() {
    Scenario equal = reference.toBuilder().baseline(reference.candidate()).build();

    assertThat(valueFor(equal, BENEFIT_COST_RATIO)).isEqualTo(0.0);
  }
}
