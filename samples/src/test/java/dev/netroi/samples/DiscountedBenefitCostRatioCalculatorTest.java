package dev.netroi.samples;

import static dev.netroi.samples.DiscountedBenefitCostRatioCalculator.DISCOUNTED_BENEFIT_COST_RATIO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.netroi.Scenario;
import dev.netroi.calc.Calculator;
import dev.netroi.reference.ReferenceArgument;
import dev.netroi.testkit.CalculatorContract;
import dev.netroi.testkit.NetroiDomain;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * A plug-in proves it keeps the calculator contract by implementing the kit from {@code
 * netroi-testkit}, its one test dependency for the kit; its own examples pin the formula.
 */
class DiscountedBenefitCostRatioCalculatorTest implements CalculatorContract {

  @Override
  public Calculator calculator() {
    return new DiscountedBenefitCostRatioCalculator();
  }

  @Override
  public Gen<Scenario> validScenarios() {
    return NetroiDomain.scenarios();
  }

  @Test
  void dividesTheUpliftByTheNegotiatedNetworkCost() {
    // 49,669.20 / (3,900 x 0.8) = 15.9196...
    assertThat(valueFor(ReferenceArgument.mixtral(), DISCOUNTED_BENEFIT_COST_RATIO))
        .isCloseTo(49_669.20 / 3_120, within(1e-9));
  }
}
