package dev.netroi;

import static dev.netroi.TestMoney.EUR;
import static dev.netroi.TestMoney.USD;
import static dev.netroi.TestMoney.eur;
import static dev.netroi.TestMoney.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netroi.PricingModel.PerGpuTime;
import dev.netroi.PricingModel.PerMillionTokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("PricingModel")
class PricingModelTest {

  @Nested
  @DisplayName("per GPU time")
  class PerGpuTimeModel {

    @Test
    void perGpuMinuteQuotesAMinute() {
      PerGpuTime pricing = PricingModel.perGpuMinute(usd("0.27"));

      assertThat(pricing.price()).isEqualTo(usd("0.27"));
      assertThat(pricing.unit()).isEqualTo(GpuTimeUnit.MINUTE);
      assertThat(pricing.tokenPriceOrigin()).isEmpty();
      assertThat(pricing).hasToString("PerGpuTime[USD 0.27 per GPU-minute]");
    }

    @Test
    void perGpuHourQuotesAnHour() {
      PerGpuTime pricing = PricingModel.perGpuHour(usd("2.49"));

      assertThat(pricing.unit()).isEqualTo(GpuTimeUnit.HOUR);
      assertThat(pricing).hasToString("PerGpuTime[USD 2.49 per GPU-hour]");
      assertThat(pricing).isEqualTo(PerGpuTime.of(usd("2.49"), GpuTimeUnit.HOUR));
    }

    @Test
    void acceptsAFreePrice() {
      assertThat(PricingModel.perGpuMinute(usd("0")).price().isZero()).isTrue();
    }

    @Test
    void refusesANegativePrice() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> PricingModel.perGpuMinute(usd("-0.27")))
          .withMessage("pricing.price must not be negative but was -0.27");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> PricingModel.perGpuHour(usd("-2")))
          .withMessage("pricing.price must not be negative but was -2");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> PerGpuTime.of(usd("-1"), GpuTimeUnit.MINUTE))
          .withMessage("pricing.price must not be negative but was -1");
    }

    @Test
    void refusesNulls() {
      assertThatNullPointerException()
          .isThrownBy(() -> PricingModel.perGpuMinute(null))
          .withMessage("pricing.price must not be null");
      assertThatNullPointerException()
          .isThrownBy(() -> PricingModel.perGpuHour(null))
          .withMessage("pricing.price must not be null");
      assertThatNullPointerException()
          .isThrownBy(() -> PerGpuTime.of(usd("1"), null))
          .withMessage("unit must not be null");
    }

    @Test
    void equalityCountsPriceUnitAndOrigin() {
      PerGpuTime minute = PricingModel.perGpuMinute(usd("0.27"));

      assertThat(minute)
          .isEqualTo(PerGpuTime.of(usd("0.27"), GpuTimeUnit.MINUTE))
          .hasSameHashCodeAs(PerGpuTime.of(usd("0.27"), GpuTimeUnit.MINUTE));
      assertThat(minute).isNotEqualTo(PricingModel.perGpuHour(usd("0.27")));
      assertThat(minute).isNotEqualTo(PricingModel.perGpuMinute(usd("0.28")));
      assertThat(minute).isNotEqualTo(PricingModel.perGpuMinuteFromTokenPrice(usd("0.27")));
    }
  }

  @Nested
  @DisplayName("a token price read as a GPU-minute price")
  class FromTokenPrice {

    @Test
    void usesTheSameNumberPerGpuMinuteAndKeepsTheTokenPrice() {
      PerGpuTime pricing = PricingModel.perGpuMinuteFromTokenPrice(usd("0.27"));

      assertThat(pricing.price()).isEqualTo(usd("0.27"));
      assertThat(pricing.unit()).isEqualTo(GpuTimeUnit.MINUTE);
      assertThat(pricing.tokenPriceOrigin()).contains(usd("0.27"));
      assertThat(pricing)
          .hasToString("PerGpuTime[USD 0.27 per GPU-minute, from USD 0.27 per million tokens]");
    }

    @Test
    void canBeRecordedOnAnyGpuTimePrice() {
      PerGpuTime pricing = PricingModel.perGpuHour(usd("54")).withTokenPriceOrigin(usd("0.90"));

      assertThat(pricing.tokenPriceOrigin()).contains(usd("0.90"));
      assertThat(pricing.price()).isEqualTo(usd("54"));
      assertThat(pricing.unit()).isEqualTo(GpuTimeUnit.HOUR);
      assertThat(pricing)
          .hasToString("PerGpuTime[USD 54.00 per GPU-hour, from USD 0.90 per million tokens]");
    }

    @Test
    void refusesATokenPriceThatIsNotPositive() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> PricingModel.perGpuMinuteFromTokenPrice(usd("0")))
          .withMessage("pricing.tokenPriceOrigin must be positive but was 0");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> PricingModel.perGpuMinute(usd("1")).withTokenPriceOrigin(usd("-0.27")))
          .withMessage("pricing.tokenPriceOrigin must be positive but was -0.27");
    }

    @Test
    void refusesANegativeTokenPriceAsANegativePrice() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> PricingModel.perGpuMinuteFromTokenPrice(usd("-0.27")))
          .withMessage("pricing.price must not be negative but was -0.27");
    }

    @Test
    void refusesATokenPriceInAnotherCurrency() {
      assertThatThrownBy(
              () -> PricingModel.perGpuMinute(usd("0.27")).withTokenPriceOrigin(eur("0.27")))
          .isInstanceOfSatisfying(
              CurrencyMismatchException.class,
              e -> {
                assertThat(e).hasMessage("Currencies differ: USD/EUR (pricing.tokenPriceOrigin)");
                assertThat(e.getExpected()).isEqualTo(USD);
                assertThat(e.getActual()).isEqualTo(EUR);
              });
    }

    @Test
    void refusesANullTokenPrice() {
      assertThatNullPointerException()
          .isThrownBy(() -> PricingModel.perGpuMinute(usd("1")).withTokenPriceOrigin(null))
          .withMessage("pricing.tokenPriceOrigin must not be null");
      assertThatNullPointerException()
          .isThrownBy(() -> PricingModel.perGpuMinuteFromTokenPrice(null))
          .withMessage("pricing.price must not be null");
    }
  }

  @Nested
  @DisplayName("per million tokens")
  class PerMillionTokensModel {

    @Test
    void holdsThePriceAndTheThroughputOfOneGpu() {
      PerMillionTokens pricing = PricingModel.perMillionTokens(usd("0.27"), 2500);

      assertThat(pricing.price()).isEqualTo(usd("0.27"));
      assertThat(pricing.tokensPerSecondPerGpu()).isEqualTo(2500.0);
      assertThat(pricing)
          .hasToString("PerMillionTokens[USD 0.27 per million tokens at 2500 tokens/s per GPU]");
      assertThat(pricing).isEqualTo(new PerMillionTokens(usd("0.27"), 2500.0));
    }

    @Test
    void showsAFractionalThroughputWithoutTrailingZeros() {
      assertThat(PricingModel.perMillionTokens(usd("0.9"), 16_666.5))
          .hasToString("PerMillionTokens[USD 0.90 per million tokens at 16666.5 tokens/s per GPU]");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"0, 0", "-2500, -2500", "NaN, NaN", "Infinity, Infinity"})
    void refusesAThroughputThatIsNotPositive(double tokensPerSecond, String shown) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> PricingModel.perMillionTokens(usd("0.27"), tokensPerSecond))
          .withMessage("pricing.tokensPerSecondPerGpu must be positive but was " + shown);
    }

    @Test
    void refusesANegativeOrMissingPrice() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> PricingModel.perMillionTokens(usd("-0.27"), 2500))
          .withMessage("pricing.price must not be negative but was -0.27");
      assertThatNullPointerException()
          .isThrownBy(() -> PricingModel.perMillionTokens(null, 2500))
          .withMessage("pricing.price must not be null");
    }
  }

  @Test
  void everyModelRoundTripsThroughJavaSerialisation() throws Exception {
    PricingModel[] models = {
      PricingModel.perGpuMinute(usd("0.27")),
      PricingModel.perGpuMinuteFromTokenPrice(usd("0.27")),
      PricingModel.perMillionTokens(usd("0.27"), 2500)
    };
    for (PricingModel model : models) {
      assertThat(JavaSerialization.roundTrip(model)).isEqualTo(model);
    }
  }
}
