package dev.netroi.reference;

import dev.netroi.Bandwidth;
import dev.netroi.CurrencyAmount;
import dev.netroi.GpuFleet;
import dev.netroi.MarketSnapshot;
import dev.netroi.NetworkOption;
import dev.netroi.PricingModel;
import dev.netroi.Scenario;
import java.time.LocalDate;

/**
 * The input facts of the reference analysis, as netroi values: a network vendor's public argument
 * that a tuned AI Ethernet fabric is worth about 13 times its cost per GPU (a blog post by
 * Hedgehog, 28 February 2024; its German edition is titled "Hedgehog AI Network liefert $50K
 * Mindest-ROI pro GPU", a $50K minimum ROI per GPU). This class is the one place netroi defines
 * these facts; the samples, the golden tests and the test kit all use it. {@code docs/REFERENCE.md}
 * in the repository gives the source of each fact, the figures the argument derives and netroi's
 * audit of them.
 *
 * <p>The facts, as the argument states them:
 *
 * <ul>
 *   <li>the vendor's networking annualised run rate: USD 13 billion;
 *   <li>GPUs sold since 2021, all taken as active: 3,300,000; GPUs sold in the quarter ending 28
 *       January 2024 (an analyst's estimate): 608,000;
 *   <li>H100 average selling price USD 30,000; blended GPU ASP of that quarter USD 21,700;
 *   <li>back-end ports of 800 Gb/s; effective bandwidth 95 % on the tuned AI Ethernet fabric (its
 *       design target) and 60 % on traditional Ethernet under AI load;
 *   <li>the same network cost for both options: USD 3,900 per GPU and year, the argument's rounding
 *       of 13e9 / 3.3e6 = 3,939.39;
 *   <li>GPU time priced at USD 0.27 (mixtral-8x7b) and USD 0.90 (llama2-70b-chat) per GPU-minute.
 *       Both are public prices per million tokens; the argument reads them as GPU-minute prices,
 *       and {@link PricingModel#perGpuMinuteFromTokenPrice(CurrencyAmount)} keeps that origin so
 *       that netroi can show the throughput the reading implies.
 * </ul>
 *
 * <p>The fleet of {@link #FLEET_SIZE} H100 GPUs is netroi's choice, not the argument's: the
 * argument works per GPU, and the per-GPU figures do not depend on the fleet size.
 *
 * <p>Every method returns a new, immutable value; the class has no state.
 */
public final class ReferenceArgument {

  /** Where the argument was published: the vendor's blog (see {@code docs/REFERENCE.md}). */
  public static final String SOURCE =
      "Hedgehog (githedgehog.com), blog post of 2024-02-28, German edition"
          + " \"Hedgehog AI Network liefert $50K Mindest-ROI pro GPU\"";

  /** The date the argument was published. */
  public static final LocalDate PUBLISHED = LocalDate.of(2024, 2, 28);

  /** The number of GPUs of the reference fleet (netroi's choice; see the class comment). */
  public static final long FLEET_SIZE = 1024;

  private ReferenceArgument() {}

  /**
   * Returns the vendor's market facts: a run rate of USD 13 billion, 3,300,000 active GPUs, 608,000
   * sold in the quarter ending 28 January 2024, a blended ASP of USD 21,700 and an H100 ASP of USD
   * 30,000.
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
   * Returns the reference fleet: {@link #FLEET_SIZE} H100 GPUs at USD 30,000, no sold utilisation.
   *
   * @return the fleet
   */
  public static GpuFleet fleet() {
    return GpuFleet.of("H100", FLEET_SIZE, usd("30000"));
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
   * Returns the argument's mixtral-8x7b price: USD 0.27 per million tokens read as USD 0.27 per
   * GPU-minute.
   *
   * @return the pricing model, with the token-price origin kept
   */
  public static PricingModel.PerGpuTime mixtralPricing() {
    return PricingModel.perGpuMinuteFromTokenPrice(usd("0.27"));
  }

  /**
   * Returns the argument's llama2-70b-chat price: USD 0.90 per million tokens read as USD 0.90 per
   * GPU-minute.
   *
   * @return the pricing model, with the token-price origin kept
   */
  public static PricingModel.PerGpuTime llama2Pricing() {
    return PricingModel.perGpuMinuteFromTokenPrice(usd("0.90"));
  }

  /**
   * Returns the mixtral-8x7b scenario: the reference fleet, AI Ethernet against traditional
   * Ethernet, {@link #mixtralPricing()}, the market facts, the linear throughput model and the
   * 365-day year.
   *
   * @return the scenario named {@code "mixtral-8x7b @ $0.27"}
   */
  public static Scenario mixtral() {
    return scenario("mixtral-8x7b @ $0.27", mixtralPricing());
  }

  /**
   * Returns the llama2-70b-chat scenario: as {@link #mixtral()}, priced with {@link
   * #llama2Pricing()}.
   *
   * @return the scenario named {@code "llama2-70b @ $0.90"}
   */
  public static Scenario llama2() {
    return scenario("llama2-70b @ $0.90", llama2Pricing());
  }

  private static Scenario scenario(String name, PricingModel pricing) {
    return Scenario.builder()
        .name(name)
        .fleet(fleet())
        .candidate(aiEthernet())
        .baseline(traditionalEthernet())
        .pricing(pricing)
        .market(market())
        .build();
  }

  private static CurrencyAmount usd(String decimal) {
    return CurrencyAmount.of("USD", decimal);
  }
}
