package dev.netroi;

import static dev.netroi.TestMoney.EUR;
import static dev.netroi.TestMoney.eur;
import static dev.netroi.TestMoney.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netroi.reference.ReferenceArgument;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The inputs of each scenario value, read and replaced by their relative names. */
@DisplayName("HasInputs")
class HasInputsTest {

  @Nested
  @DisplayName("GpuFleet")
  class Fleet {

    private final GpuFleet fleet = GpuFleet.of("H100", 1024, eur("30000"));

    @Test
    void hasCountAndUnitPriceAndASoldUtilisationOnlyWhenItHasOne() {
      assertThat(fleet.inputNames()).containsExactlyInAnyOrder("count", "unitPrice");
      assertThat(fleet.withSoldUtilisation(0.85).inputNames())
          .containsExactlyInAnyOrder("count", "unitPrice", "soldUtilisation");
    }

    @Test
    void readsEachInput() {
      GpuFleet sold = fleet.withSoldUtilisation(0.85);

      assertThat(sold.input("count")).isEqualTo(1024.0);
      assertThat(sold.input("unitPrice")).isEqualTo(30000.0);
      assertThat(sold.input("soldUtilisation")).isEqualTo(0.85);
    }

    @Test
    void replacesEachInputKeepingTheCurrency() {
      GpuFleet sold = fleet.withSoldUtilisation(0.85);

      assertThat(sold.withInput("count", 8))
          .isEqualTo(fleet.withCount(8).withSoldUtilisation(0.85));
      assertThat(sold.withInput("unitPrice", 25000.5))
          .isEqualTo(GpuFleet.of("H100", 1024, eur("25000.5")).withSoldUtilisation(0.85));
      assertThat(sold.withInput("soldUtilisation", 0.5)).isEqualTo(fleet.withSoldUtilisation(0.5));
    }

    @Test
    void refusesABrokenRuleWithTheFactorysMessage() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> fleet.withInput("count", 2.5))
          .withMessage("fleet.count must be a whole number but was 2.5");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> fleet.withInput("count", 0))
          .withMessage("fleet.count must be positive but was 0");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> fleet.withInput("unitPrice", -1))
          .withMessage("fleet.unitPrice must not be negative but was -1");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> fleet.withSoldUtilisation(0.5).withInput("soldUtilisation", 1.5))
          .withMessage("fleet.soldUtilisation must be in [0, 1] but was 1.5");
    }

    @Test
    void refusesAnInputItDoesNotHave() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> fleet.input("soldUtilisation"))
          .withMessage(
              "GpuFleet[H100 x 1,024 @ EUR 30000.00] has no input 'soldUtilisation';"
                  + " its inputs: [count, unitPrice]");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> fleet.withInput("soldUtilisation", 0.5))
          .withMessageContaining("has no input 'soldUtilisation'");
    }

    @Test
    void countsOnlyTheCountAsAWholeNumber() {
      assertThat(fleet.isWholeNumber("count")).isTrue();
      assertThat(fleet.isWholeNumber("unitPrice")).isFalse();
      assertThat(fleet.isWholeNumber("soldUtilisation")).isFalse();
      assertThatNullPointerException()
          .isThrownBy(() -> fleet.isWholeNumber(null))
          .withMessage("name must not be null");
    }
  }

  @Nested
  @DisplayName("NetworkOption")
  class Option {

    private final NetworkOption option = ReferenceArgument.aiEthernet();

    @Test
    void readsAndReplacesPortSpeedFractionAndCost() {
      assertThat(option.inputNames())
          .containsExactlyInAnyOrder("portSpeed", "effectiveFraction", "annualCostPerGpu");
      assertThat(option.input("portSpeed")).isEqualTo(800.0);
      assertThat(option.input("effectiveFraction")).isEqualTo(0.95);
      assertThat(option.input("annualCostPerGpu")).isEqualTo(3900.0);

      assertThat(option.withInput("portSpeed", 400))
          .isEqualTo(NetworkOption.of("AI Ethernet", Bandwidth.ofGbps(400), 0.95, usd("3900")));
      assertThat(option.withInput("effectiveFraction", 0.9))
          .isEqualTo(option.withEffectiveFraction(0.9));
      assertThat(option.withInput("annualCostPerGpu", 3000))
          .isEqualTo(option.withAnnualCostPerGpu(usd("3000")));
      assertThat(option.isWholeNumber("portSpeed")).isFalse();
    }

    @Test
    void refusesABrokenRuleWithTheFactorysMessage() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> option.withInput("effectiveFraction", 1.3))
          .withMessage("effectiveFraction must be in (0, 1] but was 1.3");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> option.withInput("portSpeed", 0))
          .withMessage("gbps must be positive but was 0");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> option.withInput("annualCostPerGpu", -0.5))
          .withMessage("annualCostPerGpu must not be negative but was -0.5");
    }

    @Test
    void refusesAnInputItDoesNotHave() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> option.input("name"))
          .withMessageEndingWith(
              "has no input 'name'; its inputs: [annualCostPerGpu, effectiveFraction, portSpeed]");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> option.withInput("name", 1))
          .withMessageContaining("has no input 'name'");
    }
  }

  @Nested
  @DisplayName("PricingModel")
  class Pricing {

    @Test
    void aGpuTimePriceHasItsPriceAndATokenPriceOriginOnlyWhenItHasOne() {
      PricingModel.PerGpuTime hourly = PricingModel.perGpuHour(eur("2.5"));
      PricingModel.PerGpuTime withOrigin = hourly.withTokenPriceOrigin(eur("0.9"));

      assertThat(hourly.inputNames()).containsExactly("price");
      assertThat(withOrigin.inputNames()).containsExactlyInAnyOrder("price", "tokenPriceOrigin");
      assertThat(withOrigin.input("price")).isEqualTo(2.5);
      assertThat(withOrigin.input("tokenPriceOrigin")).isEqualTo(0.9);
      assertThat(withOrigin.withInput("price", 3))
          .isEqualTo(PricingModel.perGpuHour(eur("3")).withTokenPriceOrigin(eur("0.9")));
      assertThat(withOrigin.withInput("tokenPriceOrigin", 1.2))
          .isEqualTo(hourly.withTokenPriceOrigin(eur("1.2")));
      assertThat(hourly.withInput("price", 3)).isEqualTo(PricingModel.perGpuHour(eur("3")));
      assertThat(hourly.withInput("price", 3).price().currency()).isEqualTo(EUR);
    }

    @Test
    void aGpuTimePriceRefusesWhatItDoesNotHaveOrABrokenRule() {
      PricingModel.PerGpuTime hourly = PricingModel.perGpuHour(eur("2.5"));

      assertThatIllegalArgumentException()
          .isThrownBy(() -> hourly.input("tokenPriceOrigin"))
          .withMessage(
              "PerGpuTime[EUR 2.50 per GPU-hour] has no input 'tokenPriceOrigin'; its inputs:"
                  + " [price]");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> hourly.withInput("tokenPriceOrigin", 1))
          .withMessageContaining("has no input 'tokenPriceOrigin'");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> hourly.withInput("price", -1))
          .withMessage("pricing.price must not be negative but was -1");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> ReferenceArgument.mixtralPricing().withInput("tokenPriceOrigin", 0))
          .withMessage("pricing.tokenPriceOrigin must be positive but was 0");
    }

    @Test
    void aTokenPriceHasItsPriceAndThroughput() {
      PricingModel.PerMillionTokens tokens = PricingModel.perMillionTokens(eur("0.27"), 2500);

      assertThat(tokens.inputNames()).containsExactlyInAnyOrder("price", "tokensPerSecondPerGpu");
      assertThat(tokens.input("price")).isEqualTo(0.27);
      assertThat(tokens.input("tokensPerSecondPerGpu")).isEqualTo(2500.0);
      assertThat(tokens.withInput("price", 0.5))
          .isEqualTo(PricingModel.perMillionTokens(eur("0.5"), 2500));
      assertThat(tokens.withInput("tokensPerSecondPerGpu", 3000))
          .isEqualTo(PricingModel.perMillionTokens(eur("0.27"), 3000));
      assertThatIllegalArgumentException()
          .isThrownBy(() -> tokens.withInput("tokensPerSecondPerGpu", 0))
          .withMessage("pricing.tokensPerSecondPerGpu must be positive but was 0");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> tokens.input("tokenPriceOrigin"))
          .withMessageEndingWith("its inputs: [price, tokensPerSecondPerGpu]");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> tokens.withInput("unit", 1))
          .withMessageContaining("has no input 'unit'");
    }
  }

  @Nested
  @DisplayName("YearBasis")
  class Year {

    @Test
    void readsAndReplacesTheDays() {
      assertThat(YearBasis.DAYS_365.inputNames()).containsExactly("days");
      assertThat(YearBasis.DAYS_365.input("days")).isEqualTo(365.0);
      assertThat(YearBasis.DAYS_365.withInput("days", 360)).isEqualTo(YearBasis.ofDays(360));
      assertThatIllegalArgumentException()
          .isThrownBy(() -> YearBasis.DAYS_365.withInput("days", 400))
          .withMessage("yearBasis.days must be in (0, 366] but was 400");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> YearBasis.DAYS_365.input("hours"))
          .withMessage("365-day year has no input 'hours'; its inputs: [days]");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> YearBasis.DAYS_365.withInput("hours", 1))
          .withMessageContaining("has no input 'hours'");
    }
  }

  @Nested
  @DisplayName("MarketSnapshot")
  class Market {

    private final MarketSnapshot market = ReferenceArgument.market();

    @Test
    void readsEachInput() {
      assertThat(market.inputNames())
          .containsExactlyInAnyOrder(
              "networkRunRate", "activeGpus", "gpusSoldLastQuarter", "blendedAsp", "modelAsp");
      assertThat(market.input("networkRunRate")).isEqualTo(13e9);
      assertThat(market.input("activeGpus")).isEqualTo(3_300_000.0);
      assertThat(market.input("gpusSoldLastQuarter")).isEqualTo(608_000.0);
      assertThat(market.input("blendedAsp")).isEqualTo(21700.0);
      assertThat(market.input("modelAsp")).isEqualTo(30000.0);
    }

    @Test
    void replacesEachInputAndOnlyThatOne() {
      assertThat(market.withInput("networkRunRate", 12e9))
          .isEqualTo(builder().networkRunRate(usd("12000000000")).build());
      assertThat(market.withInput("activeGpus", 3e6))
          .isEqualTo(builder().activeGpus(3_000_000).build());
      assertThat(market.withInput("gpusSoldLastQuarter", 500_000))
          .isEqualTo(builder().gpusSoldLastQuarter(500_000).build());
      assertThat(market.withInput("blendedAsp", 20000))
          .isEqualTo(builder().blendedAsp(usd("20000")).build());
      assertThat(market.withInput("modelAsp", 25000))
          .isEqualTo(builder().modelAsp("H100", usd("25000")).build());
    }

    @Test
    void refusesBrokenRulesAndUnknownInputs() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> market.withInput("activeGpus", 1.5))
          .withMessage("market.activeGpus must be a whole number but was 1.5");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> market.withInput("gpusSoldLastQuarter", 0.5))
          .withMessage("market.gpusSoldLastQuarter must be a whole number but was 0.5");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> market.withInput("gpusSoldLastQuarter", 0))
          .withMessage("market.gpusSoldLastQuarter must be positive but was 0");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> market.withInput("blendedAsp", 0))
          .withMessage("market.blendedAsp must be positive but was 0");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> market.input("label"))
          .withMessageEndingWith(
              "has no input 'label'; its inputs: [activeGpus, blendedAsp, gpusSoldLastQuarter,"
                  + " modelAsp, networkRunRate]");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> market.withInput("label", 1))
          .withMessageContaining("has no input 'label'");
    }

    @Test
    void countsTheGpuCountsAsWholeNumbers() {
      assertThat(market.isWholeNumber("activeGpus")).isTrue();
      assertThat(market.isWholeNumber("gpusSoldLastQuarter")).isTrue();
      assertThat(market.isWholeNumber("networkRunRate")).isFalse();
      assertThatNullPointerException().isThrownBy(() -> market.isWholeNumber(null));
    }

    private MarketSnapshot.Builder builder() {
      return MarketSnapshot.builder()
          .label(market.label())
          .networkRunRate(market.networkRunRate())
          .activeGpus(market.activeGpus())
          .gpusSoldLastQuarter(market.gpusSoldLastQuarter())
          .blendedAsp(market.blendedAsp())
          .modelAsp(market.gpuModel(), market.modelAsp());
    }
  }

  @Nested
  @DisplayName("ThroughputModel")
  class Throughput {

    /** A model of the test's own without inputs, as most plug-ins are. */
    record Fixed(double factor) implements ThroughputModel {
      @Override
      public String name() {
        return "fixed";
      }

      @Override
      public String formula() {
        return "throughput factor = " + factor;
      }

      @Override
      public double throughputFactor(NetworkOption option, Scenario scenario) {
        return factor;
      }
    }

    /** A model that names an input but forgets to implement reading and replacing it. */
    record Forgetful() implements ThroughputModel {
      @Override
      public Set<String> inputNames() {
        return Set.of("factor");
      }

      @Override
      public String name() {
        return "forgetful";
      }

      @Override
      public String formula() {
        return "throughput factor = 1";
      }

      @Override
      public double throughputFactor(NetworkOption option, Scenario scenario) {
        return 1;
      }
    }

    @Test
    void hasNoInputsByDefault() {
      ThroughputModel model = new Fixed(0.5);

      assertThat(model.inputNames()).isEmpty();
      assertThat(model.isWholeNumber("factor")).isFalse();
      assertThatIllegalArgumentException()
          .isThrownBy(() -> model.input("factor"))
          .withMessage("Fixed[factor=0.5] has no input 'factor'; its inputs: []");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> model.withInput("factor", 1))
          .withMessage("Fixed[factor=0.5] has no input 'factor'; its inputs: []");
    }

    @Test
    void saysWhichMethodAModelThatNamesAnInputMustImplement() {
      ThroughputModel model = new Forgetful();

      assertThatThrownBy(() -> model.input("factor"))
          .isInstanceOf(UnsupportedOperationException.class)
          .hasMessageStartingWith("input(String) must be implemented by ")
          .hasMessageEndingWith("Forgetful for 'factor'");
      assertThatThrownBy(() -> model.withInput("factor", 1))
          .isInstanceOf(UnsupportedOperationException.class)
          .hasMessageStartingWith("withInput(String, double) must be implemented by ")
          .hasMessageEndingWith("Forgetful for 'factor'");
    }
  }
}
