package dev.netroi.reference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netroi.PricingModel;
import dev.netroi.Scenario;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Pins the reference analysis's input facts in their canonical forms, as docs/REFERENCE.md lists
 * them; impl's golden test pins every figure derived from them.
 */
class ReferenceArgumentTest {

  private static final String MARKET =
      "MarketSnapshot[network vendor, quarter ending 2024-01-28: run rate USD 13000000000.00,"
          + " 3,300,000 active GPUs, 608,000 sold last quarter, blended ASP USD 21700.00,"
          + " H100 ASP USD 30000.00]";

  private static String scenario(String name, String price) {
    return "Scenario["
        + name
        + ": GpuFleet[H100 x 1,024 @ USD 30000.00],"
        + " candidate NetworkOption[AI Ethernet: 800 Gb/s x 0.95, USD 3900.00 per GPU-year],"
        + " baseline NetworkOption[Traditional Ethernet: 800 Gb/s x 0.6, USD 3900.00 per"
        + " GPU-year], PerGpuTime[USD "
        + price
        + " per GPU-minute, from USD "
        + price
        + " per million tokens], 365-day year, "
        + MARKET
        + "]";
  }

  @Test
  void theMixtralScenarioReadsUsd027PerMillionTokensAsPerGpuMinute() {
    Scenario mixtral = ReferenceArgument.mixtral();

    assertThat(mixtral).hasToString(scenario("mixtral-8x7b @ $0.27", "0.27"));
    assertThat(mixtral.pricing()).isEqualTo(ReferenceArgument.mixtralPricing());
  }

  @Test
  void theLlama2ScenarioDiffersOnlyInNameAndPrice() {
    Scenario llama2 = ReferenceArgument.llama2();

    assertThat(llama2).hasToString(scenario("llama2-70b @ $0.90", "0.90"));
    assertThat(llama2.pricing()).isEqualTo(ReferenceArgument.llama2Pricing());
    assertThat(
            llama2.toBuilder()
                .name("mixtral-8x7b @ $0.27")
                .pricing(ReferenceArgument.mixtralPricing())
                .build())
        .isEqualTo(ReferenceArgument.mixtral());
  }

  @Test
  void thePartsAreTheScenariosParts() {
    Scenario mixtral = ReferenceArgument.mixtral();

    assertThat(ReferenceArgument.market()).hasToString(MARKET);
    assertThat(mixtral.market()).contains(ReferenceArgument.market());
    assertThat(mixtral.fleet()).isEqualTo(ReferenceArgument.fleet());
    assertThat(mixtral.fleet().count()).isEqualTo(ReferenceArgument.FLEET_SIZE);
    assertThat(mixtral.candidate()).isEqualTo(ReferenceArgument.aiEthernet());
    assertThat(mixtral.baseline()).isEqualTo(ReferenceArgument.traditionalEthernet());
    assertThat(ReferenceArgument.mixtralPricing().tokenPriceOrigin())
        .contains(ReferenceArgument.mixtralPricing().price());
    assertThat(ReferenceArgument.llama2Pricing())
        .isInstanceOf(PricingModel.PerGpuTime.class)
        .isNotEqualTo(ReferenceArgument.mixtralPricing());
  }

  @Test
  void theSourceIsTheVendorsBlogPostOf28February2024() {
    assertThat(ReferenceArgument.PUBLISHED).isEqualTo(LocalDate.of(2024, 2, 28));
    assertThat(ReferenceArgument.SOURCE)
        .startsWith("Hedgehog (githedgehog.com), blog post of 2024-02-28");
  }
}
