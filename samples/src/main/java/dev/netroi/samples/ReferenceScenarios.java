package dev.netroi.samples;

import dev.netroi.Bandwidth;
import dev.netroi.CurrencyAmount;
import dev.netroi.GpuFleet;
import dev.netroi.MarketSnapshot;
import dev.netroi.NetworkOption;
import dev.netroi.PricingModel;
import dev.netroi.Scenario;

/**
 * The scenarios of the reference analysis (a network vendor's public argument, early 2024), built
 * with the netroi API from the input facts of MISSION.md.
 */
public final class ReferenceScenarios {

  private ReferenceScenarios() {}

  /** The vendor's market facts: run rate, installed base, units sold, ASPs. */
  public static MarketSnapshot market() {
    return MarketSnapshot.builder()
        .label("network vendor, quarter ending 2024-01-28")
        .networkRunRate(CurrencyAmount.parse("USD 13000000000"))
        .activeGpus(3_300_000)
        .gpusSoldLastQuarter(608_000)
        .blendedAsp(CurrencyAmount.parse("USD 21700"))
        .modelAsp("H100", CurrencyAmount.parse("USD 30000"))
        .build();
  }

  /** A tuned AI Ethernet fabric: 800 Gb/s ports at 95 % effective bandwidth, $3,900 a year. */
  public static NetworkOption aiEthernet() {
    return NetworkOption.of(
        "AI Ethernet", Bandwidth.ofGbps(800), 0.95, CurrencyAmount.parse("USD 3900"));
  }

  /** Traditional RoCE Ethernet under AI load: 60 % effective bandwidth, priced the same. */
  public static NetworkOption traditionalEthernet() {
    return NetworkOption.of(
        "Traditional Ethernet", Bandwidth.ofGbps(800), 0.60, CurrencyAmount.parse("USD 3900"));
  }

  /**
   * The mixtral-8x7b scenario: $0.27 (a price per million tokens) read as $0.27 per GPU-minute.
   *
   * @return the scenario
   */
  public static Scenario mixtral() {
    return scenario("mixtral-8x7b @ $0.27", "USD 0.27");
  }

  /**
   * The llama2-70b-chat scenario: $0.90 read as $0.90 per GPU-minute.
   *
   * @return the scenario
   */
  public static Scenario llama2() {
    return scenario("llama2-70b @ $0.90", "USD 0.90");
  }

  private static Scenario scenario(String name, String price) {
    return Scenario.builder()
        .name(name)
        .fleet(GpuFleet.of("H100", 1024, CurrencyAmount.parse("USD 30000")))
        .candidate(aiEthernet())
        .baseline(traditionalEthernet())
        .pricing(PricingModel.perGpuMinuteFromTokenPrice(CurrencyAmount.parse(price)))
        .market(market())
        .build();
  }
}
