package dev.netroi;

import java.util.Currency;

/**
 * The inputs of the reference analysis (see MISSION.md), as api values, shared by the api tests.
 */
public final class ReferenceValues {

  public static final Currency USD = Currency.getInstance("USD");
  public static final Currency EUR = Currency.getInstance("EUR");
  public static final Currency JPY = Currency.getInstance("JPY");
  public static final Currency BHD = Currency.getInstance("BHD");

  private ReferenceValues() {}

  public static CurrencyAmount usd(String decimal) {
    return CurrencyAmount.of("USD", decimal);
  }

  public static CurrencyAmount eur(String decimal) {
    return CurrencyAmount.of("EUR", decimal);
  }

  public static GpuFleet h100Fleet() {
    return GpuFleet.of("H100", 1024, usd("30000"));
  }

  public static NetworkOption aiEthernet() {
    return NetworkOption.of("AI Ethernet", Bandwidth.ofGbps(800), 0.95, usd("3900"));
  }

  public static NetworkOption ethernet() {
    return NetworkOption.of("Ethernet", Bandwidth.ofGbps(800), 0.60, usd("3900"));
  }

  public static PricingModel.PerGpuTime mixtralAsGpuMinute() {
    return PricingModel.perGpuMinuteFromTokenPrice(usd("0.27"));
  }

  public static MarketSnapshot market() {
    return MarketSnapshot.builder()
        .label("vendor, quarter ending 2024-01-28")
        .networkRunRate(usd("13000000000"))
        .activeGpus(3_300_000)
        .gpusSoldLastQuarter(608_000)
        .blendedAsp(usd("21700"))
        .modelAsp("H100", usd("30000"))
        .build();
  }

  /** The reference scenario: H100 fleet, AI Ethernet vs Ethernet, $0.27 read as per GPU-minute. */
  public static Scenario scenario() {
    return Scenario.builder()
        .name("reference")
        .fleet(h100Fleet())
        .candidate(aiEthernet())
        .baseline(ethernet())
        .pricing(mixtralAsGpuMinute())
        .build();
  }
}
