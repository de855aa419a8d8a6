package dev.netroi;

import static dev.netroi.TestMoney.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.netroi.reference.ReferenceArgument;
import org.junit.jupiter.api.Test;

/**
 * The rules a sweep or the batch path checks the inputs of market facts and of a per-million-tokens
 * price with: the GPU counts are whole numbers above zero, the money figures any number above zero,
 * the token price any number from zero up, the tokens per second any number above zero; an unknown
 * name is refused with a message listing the known ones (sorted).
 */
class InputRulesOfMarketAndTokenPricingTest {

  @Test
  void theMarketsGpuCountsAreWholeNumbersAndItsMoneyPositive() {
    MarketSnapshot market = ReferenceArgument.market();

    for (String count : new String[] {"activeGpus", "gpusSoldLastQuarter"}) {
      InputRule rule = market.inputRule(count);
      assertThat(rule).as(count).hasToString("whole numbers in (0, ...)");
      assertThat(rule.test(608_000)).as(count).isTrue();
      assertThat(rule.test(608_000.5)).as(count).isFalse();
      assertThat(rule.test(0)).as(count).isFalse();
    }
    for (String money : new String[] {"networkRunRate", "blendedAsp", "modelAsp"}) {
      InputRule rule = market.inputRule(money);
      assertThat(rule).as(money).isEqualTo(InputRule.positive()).hasToString("(0, ...)");
      assertThat(rule.test(21_700.5)).as(money).isTrue();
      assertThat(rule.test(0)).as(money).isFalse();
    }
  }

  /**
   * The message is the snapshot's short form (USD amounts to the cent, counts grouped by
   * thousands), the unknown name and the five known names in alphabetical order.
   */
  @Test
  void anUnknownMarketInputIsRefusedListingTheKnownOnes() {
    MarketSnapshot market = ReferenceArgument.market();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> market.inputRule("gpuModel"))
        .withMessage(
            "MarketSnapshot[network vendor, quarter ending 2024-01-28: run rate USD"
                + " 13000000000.00, 3,300,000 active GPUs, 608,000 sold last quarter, blended ASP"
                + " USD 21700.00, H100 ASP USD 30000.00] has no input 'gpuModel'; its inputs:"
                + " [activeGpus, blendedAsp, gpusSoldLastQuarter, modelAsp, networkRunRate]");
  }

  @Test
  void aTokenPriceMayBeZeroAndTheTokenRateMustBePositive() {
    PricingModel tokens = PricingModel.perMillionTokens(usd("0.27"), 2500);

    InputRule price = tokens.inputRule("price");
    assertThat(price).isEqualTo(InputRule.notNegative()).hasToString("[0, ...)");
    assertThat(price.test(0)).isTrue();
    assertThat(price.test(-0.01)).isFalse();

    InputRule rate = tokens.inputRule("tokensPerSecondPerGpu");
    assertThat(rate).isEqualTo(InputRule.positive()).hasToString("(0, ...)");
    assertThat(rate.test(0)).isFalse();
    assertThat(rate.test(2500.5)).isTrue();
  }

  @Test
  void anUnknownTokenPricingInputIsRefusedListingTheKnownOnes() {
    PricingModel tokens = PricingModel.perMillionTokens(usd("0.27"), 2500);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> tokens.inputRule("unit"))
        .withMessage(
            "PerMillionTokens[USD 0.27 per million tokens at 2500 tokens/s per GPU] has no input"
                + " 'unit'; its inputs: [price, tokensPerSecondPerGpu]");
  }
}
