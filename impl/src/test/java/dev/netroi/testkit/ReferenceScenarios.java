package dev.netroi.testkit;

import dev.netroi.Bandwidth;
import dev.netroi.CurrencyAmount;
import dev.netroi.GpuFleet;
import dev.netroi.MarketSnapshot;
import dev.netroi.NetworkOption;
import dev.netroi.PricingModel;
import dev.netroi.Scenario;

/**
 * The reference analysis of MISSION.md (a network vendor's public argument, early 2024) as
 * scenarios, for golden tests and for examples in calculator tests.
 *
 * <p>An H100 fleet of 1,024 GPUs at USD 30,000; candidate: AI Ethernet 800 Gb/s x 0.95 at USD 3,900
 * per GPU-year; baseline: traditional Ethernet 800 Gb/s x 0.60 at USD 3,900; pricing: the
 * reference's reading of USD 0.27 per million tokens as USD 0.27 per GPU-minute; market facts: run
 * rate USD 13e9, 3,300,000 active GPUs, 608,000 sold last quarter, blended ASP USD 21,700, H100 ASP
 * USD 30,000.
 */
public final class ReferenceScenarios {

  /** The number of GPUs of the reference fleet. */
  public static final long FLEET_SIZE = 1024;

  private ReferenceScenarios() {}

  /**
   * Returns the vendor's market facts.
   *
   * @return the market snapshot
   */
  public static MarketSnapshot market() {
    return MarketSnapshot.builder()
        .label("network vendor, quarter ending 2024-01-28")
        .networkRunRate(usd("13000000000"))
        .activeGpus(3_300_000)
        .gpusSoldLastQuarter(608_000)
        .blendedAsp(usd("21700"))
        .modelAsp("H100", usd("30000"))
        .build();
  }

  /**
   * Returns the tuned AI Ethernet fabric: 800 Gb/s x 0.95 at USD 3,900 per GPU-year.
   *
   * @return the candidate option
   */
  public static NetworkOption aiEthernet() {
    return NetworkOption.of("AI Ethernet", Bandwidth.ofGbps(800), 0.95, usd("3900"));
  }

  /**
   * Returns traditional Ethernet under AI load: 800 Gb/s x 0.60 at USD 3,900 per GPU-year.
   *
   * @return the baseline option
   */
  public static NetworkOption traditionalEthernet() {
    return NetworkOption.of("Traditional Ethernet", Bandwidth.ofGbps(800), 0.60, usd("3900"));
  }

  /**
   * Returns the mixtral-8x7b scenario: USD 0.27 per million tokens read as USD 0.27 per GPU-minute,
   * with the market facts.
   *
   * @return the reference scenario
   */
  public static Scenario mixtral() {
    return scenario("mixtral-8x7b @ $0.27", "0.27");
  }

  /**
   * Returns the llama2-70b-chat scenario: USD 0.90 read as USD 0.90 per GPU-minute, with the market
   * facts.
   *
   * @return the scenario
   */
  public static Scenario llama2() {
    return scenario("llama2-70b @ $0.90", "0.90");
  }

  /**
   * Returns an amount in US dollars from a plain decimal.
   *
   * @param decimal the amount, such as {@code "3900"}
   * @return the amount
   */
  public static CurrencyAmount usd(String decimal) {
    return CurrencyAmount.of("USD", decimal);
  }

  private static Scenario scenario(String name, String price) {
    return Scenario.builder()
        .name(name)
        .fleet(GpuFleet.of("H100", FLEET_SIZE, usd("30000")))
        .candidate(aiEthernet())
        .baseline(traditionalEthernet())
        .pricing(PricingModel.perGpuMinuteFromTokenPrice(usd(price)))
        .market(market())
        .build();
  }
}
