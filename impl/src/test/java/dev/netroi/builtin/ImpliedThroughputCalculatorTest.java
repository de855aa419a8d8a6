package dev.netroi.builtin;

import static dev.netroi.calc.Measures.IMPLIED_TOKENS_PER_SECOND_PER_GPU;
import static dev.netroi.testkit.NetroiDomain.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.netroi.GpuTimeUnit;
import dev.netroi.PricingModel;
import dev.netroi.Scenario;
import dev.netroi.calc.Calculator;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.FailureReason;
import dev.netroi.reference.ReferenceArgument;
import dev.netroi.testkit.NetroiDomain;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ImpliedThroughputCalculatorTest implements BuiltInContract {

  private final Scenario reference = ReferenceArgument.mixtral();

  @Override
  public Calculator calculator() {
    return new ImpliedThroughputCalculator();
  }

  @Override
  public Gen<Scenario> validScenarios() {
    return NetroiDomain.scenarios();
  }

  private double impliedFor(PricingModel pricing) {
    return valueFor(reference.withPricing(pricing), IMPLIED_TOKENS_PER_SECOND_PER_GPU);
  }

  @Test
  void readingATokenPriceAsAGpuMinutePriceImpliesAMillionTokensAMinute() {
    assertThat(valueFor(reference, IMPLIED_TOKENS_PER_SECOND_PER_GPU))
        .isCloseTo(1_000_000.0 / 60, within(1e-9));
    assertThat(valueFor(ReferenceArgument.llama2(), IMPLIED_TOKENS_PER_SECOND_PER_GPU))
        .isCloseTo(1_000_000.0 / 60, within(1e-9));
  }

  @Test
  void theImpliedThroughputScalesWithTheRatioOfThePrices() {
    PricingModel sixtyTimes =
        PricingModel.PerGpuTime.of(usd("16.20"), GpuTimeUnit.MINUTE)
            .withTokenPriceOrigin(usd("0.27"));
    PricingModel perHour =
        PricingModel.PerGpuTime.of(usd("0.27"), GpuTimeUnit.HOUR).withTokenPriceOrigin(usd("0.27"));

    assertThat(impliedFor(sixtyTimes)).isCloseTo(1_000_000, within(1e-6));
    assertThat(impliedFor(perHour)).isCloseTo(1_000_000.0 / 3600, within(1e-9));
  }

  @Test
  void aPerTokenPriceGivesItsOwnThroughput() {
    assertThat(impliedFor(PricingModel.perMillionTokens(usd("0.27"), 2500))).isEqualTo(2500.0);
  }

  @Test
  void aGenuineGpuTimePriceImpliesNothing() {
    assertThat(outcomeFor(reference.withPricing(PricingModel.perGpuMinute(usd("0.27")))))
        .isEqualTo(
            new Outcome(
                null,
                FailureReason.MISSING_INPUT,
                "ImpliedTokensPerSecondPerGpu needs the per-million-token price the GPU-time price"
                    + " was derived from; the scenario's pricing is PerGpuTime[USD 0.27 per"
                    + " GPU-minute]"));
  }

  @Test
  void theFigureNamesBothPrices() {
    assertThat(figureFor(reference, IMPLIED_TOKENS_PER_SECOND_PER_GPU).explanation().inputs())
        .containsExactly(
            new Explanation.Input("pricing.price", "USD 0.27 per GPU-minute"),
            new Explanation.Input("pricing.tokenPriceOrigin", "USD 0.27 per million tokens"),
            new Explanation.Input("seconds per GPU-minute", "60"));
  }
}
