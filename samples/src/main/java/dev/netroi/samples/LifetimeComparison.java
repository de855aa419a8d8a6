package dev.netroi.samples;

import static dev.netroi.calc.Measures.BREAK_EVEN_EFFECTIVE_FRACTION;
import static dev.netroi.calc.Measures.BREAK_EVEN_GPU_HOUR_PRICE;
import static dev.netroi.calc.Measures.BREAK_EVEN_NETWORK_COST_PER_GPU;
import static dev.netroi.calc.Measures.UPGRADE_CASH_FLOWS;
import static dev.netroi.calc.Measures.UPGRADE_DISCOUNTED_PAYBACK_MONTHS;
import static dev.netroi.calc.Measures.UPGRADE_IRR;
import static dev.netroi.calc.Measures.UPGRADE_NET_BENEFIT;
import static dev.netroi.calc.Measures.UPGRADE_NPV;
import static dev.netroi.calc.Measures.UPGRADE_PAYBACK_MONTHS;

import dev.netroi.Bandwidth;
import dev.netroi.CurrencyAmount;
import dev.netroi.FabricDesign;
import dev.netroi.FabricPriceList;
import dev.netroi.GpuTimeUnit;
import dev.netroi.Lifetime;
import dev.netroi.NetworkFabric;
import dev.netroi.NetworkOption;
import dev.netroi.PricingModel;
import dev.netroi.Scenario;
import dev.netroi.analysis.OptionComparison;
import dev.netroi.calc.CalculationResults;
import dev.netroi.calc.Measure;
import dev.netroi.calc.Result;
import dev.netroi.engine.CalculationEngine;
import dev.netroi.engine.Netroi;
import dev.netroi.reference.ReferenceArgument;
import java.io.PrintStream;
import java.util.List;

/**
 * A 1,024-GPU H100 fleet over 5 years on three back-end networks, InfiniBand NDR, traditional
 * Ethernet and a tuned AI Ethernet fabric, each sized as a folded Clos from a price list: the
 * options ranked by NPV, the winner and why, and for each upgrade over traditional Ethernet its
 * cash flows, NPV, IRR, paybacks and break-evens.
 *
 * <p><b>Sources</b> of the stated figures (the rest are <b>assumptions</b>, marked so):
 *
 * <ul>
 *   <li>GPU power 1,275 W: a DGX H100 draws at most 10.2 kW for 8 GPUs (NVIDIA DGX H100 user
 *       guide).
 *   <li>Electricity USD 0.0806 per kWh: the 2023 US average price to industrial customers (EIA).
 *   <li>Hosting USD 184.06 per kW-month: North American colocation, 250-500 kW (CBRE, North America
 *       Data Center Trends H2 2024).
 *   <li>PUE 1.3: an assumption between hyperscale (about 1.1, Google) and the industry average of
 *       1.58 (Uptime Institute, 2023).
 *   <li>GPU-hour price USD 2.00: H100 rentals fell below USD 2 per hour in 2024 (Latent Space, "$2
 *       H100s", October 2024).
 *   <li>Effective bandwidth: 0.95 for the tuned AI Ethernet and 0.60 for traditional Ethernet, the
 *       reference analysis's figures (NVIDIA's "95 % vs 60 %" data throughput claim for Spectrum-X,
 *       October 2024); 0.95 for InfiniBand is an assumption (a lossless fabric like the tuned one).
 *   <li>Optic power 9 W (400G OSFP, NVIDIA transceiver documentation); switch power at the
 *       published maxima with optics (QM9700 1,720 W; SN5600 class 2,080 W). NICs add no power:
 *       theirs is in the DGX's 10.2 kW. Switch, optic, NIC and cable prices: assumptions of the
 *       order of public prices in 2024-2025, not quotes.
 *   <li>Sold utilisation 0.80, first-year ramp 0.75, an 8 % discount rate, 10 % annual support, a
 *       5-year life for GPUs and fabrics with no residual value: assumptions.
 * </ul>
 *
 * Run it like {@link NetworkModelsComparison}.
 */
public final class LifetimeComparison {

  private LifetimeComparison() {}

  /**
   * Prints the comparison to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    print(System.out, Netroi.engine());
  }

  private static CurrencyAmount usd(String amount) {
    return CurrencyAmount.of("USD", amount);
  }

  /**
   * Returns the lifetime terms: 5 years at 8 %, 1,275 W per GPU, PUE 1.3, USD 0.0806 per kWh, USD
   * 184.06 per kW-month, GPUs depreciated over 5 years to nothing, a first-year ramp of 0.75.
   *
   * @return the terms
   */
  static Lifetime lifetime() {
    return Lifetime.builder()
        .horizonYears(5)
        .discountRate(0.08)
        .gpuLifeYears(5)
        .gpuWatts(1275)
        .pue(1.3)
        .electricityPricePerKwh(usd("0.0806"))
        .hostingPricePerKwMonth(usd("184.06"))
        .firstYearRamp(0.75)
        .build();
  }

  /**
   * Returns InfiniBand NDR: 400 Gb/s per GPU, 64-port switches (QM9700 class) at USD 36,000 and
   * 1,720 W; optics USD 700 and 9 W; NICs USD 1,800 (no watts: theirs are in the GPU's); cables USD
   * 100 (prices assumed).
   *
   * @return the fabric
   */
  static NetworkFabric infiniBandFabric() {
    return NetworkFabric.of(
        FabricDesign.of(
            Bandwidth.ofGbps(400),
            64,
            FabricPriceList.of(usd("36000"), usd("700"), usd("1800"), usd("100"))
                .withPower(1720, 9, 0)),
        5,
        0.10);
  }

  /**
   * Returns the tuned AI Ethernet fabric: 400 Gb/s per GPU, 128-port switches (SN5600 class, 64 x
   * 800G split in two) at USD 45,000 and 2,080 W; optics USD 600 and 9 W; SuperNICs USD 1,600 (no
   * watts) and 25 W; cables USD 100 (prices assumed).
   *
   * @return the fabric
   */
  static NetworkFabric aiEthernetFabric() {
    return NetworkFabric.of(
        FabricDesign.of(
            Bandwidth.ofGbps(400),
            128,
            FabricPriceList.of(usd("45000"), usd("600"), usd("1600"), usd("100"))
                .withPower(2080, 9, 0)),
        5,
        0.10);
  }

  /**
   * Returns traditional Ethernet: 400 Gb/s per GPU, 64-port switches (25.6 Tb/s class) at USD
   * 20,000 and 1,500 W; optics USD 500 and 9 W; NICs USD 1,000 (no watts); cables USD 100 (prices
   * assumed).
   *
   * @return the fabric
   */
  static NetworkFabric traditionalEthernetFabric() {
    return NetworkFabric.of(
        FabricDesign.of(
            Bandwidth.ofGbps(400),
            64,
            FabricPriceList.of(usd("20000"), usd("500"), usd("1000"), usd("100"))
                .withPower(1500, 9, 0)),
        5,
        0.10);
  }

  /**
   * Returns the two scenarios of the comparison: InfiniBand and AI Ethernet as candidates, each
   * against traditional Ethernet, on one fleet sold at USD 2.00 per GPU-hour, 80 % utilised.
   *
   * @return InfiniBand's scenario, then AI Ethernet's
   */
  static List<Scenario> scenarios() {
    NetworkOption traditional =
        NetworkOption.ofFabric(
            "Traditional Ethernet", Bandwidth.ofGbps(400), 0.60, traditionalEthernetFabric());
    Scenario.Builder common =
        Scenario.builder()
            .fleet(ReferenceArgument.fleet().withSoldUtilisation(0.80))
            .baseline(traditional)
            .pricing(PricingModel.PerGpuTime.of(usd("2.00"), GpuTimeUnit.HOUR))
            .lifetime(lifetime());
    return List.of(
        common
            .name("InfiniBand vs traditional Ethernet")
            .candidate(
                NetworkOption.ofFabric(
                    "InfiniBand", Bandwidth.ofGbps(400), 0.95, infiniBandFabric()))
            .build(),
        common
            .name("AI Ethernet vs traditional Ethernet")
            .candidate(
                NetworkOption.ofFabric(
                    "AI Ethernet", Bandwidth.ofGbps(400), 0.95, aiEthernetFabric()))
            .build());
  }

  /** The upgrade figures printed for each candidate. */
  static final List<Measure<?>> UPGRADE =
      List.of(
          UPGRADE_NPV,
          UPGRADE_NET_BENEFIT,
          UPGRADE_IRR,
          UPGRADE_PAYBACK_MONTHS,
          UPGRADE_DISCOUNTED_PAYBACK_MONTHS,
          BREAK_EVEN_NETWORK_COST_PER_GPU,
          BREAK_EVEN_EFFECTIVE_FRACTION,
          BREAK_EVEN_GPU_HOUR_PRICE);

  /**
   * Returns the comparison of the three options.
   *
   * @param engine the engine
   * @return the comparison
   */
  static OptionComparison comparison(CalculationEngine engine) {
    return OptionComparison.of(engine, scenarios());
  }

  /**
   * Prints the comparison, the upgrade figures and the first upgrade's cash flows.
   *
   * @param out where to print
   * @param engine the engine
   */
  static void print(PrintStream out, CalculationEngine engine) {
    OptionComparison comparison = comparison(engine);
    out.println(
        "Lifetime comparison: 1,024 H100 over 5 years at 8 %, sold at USD 2.00 per GPU-hour,"
            + " 80 % utilised (LifetimeComparison; prices are assumptions)");
    out.print(comparison.toTable());
    out.println(comparison.winnerSentence());
    out.println();
    for (Scenario scenario : scenarios()) {
      CalculationResults r = engine.calculate(scenario, UPGRADE);
      out.println("Upgrade from traditional Ethernet to " + scenario.candidate().name() + ":");
      for (Measure<?> measure : UPGRADE) {
        out.println("  " + line(r.get(measure)));
      }
    }
    Scenario first = scenarios().get(0);
    out.println();
    out.println("Cash flows of the upgrade to " + first.candidate().name() + " (fleet):");
    out.print(engine.value(first, UPGRADE_CASH_FLOWS).toTable());
  }

  private static String line(Result<?> result) {
    if (result instanceof Result.Success<?> success) {
      return success.figure().toString();
    }
    Result.Failure<?> failure = (Result.Failure<?>) result;
    return failure.measure() + " = n/a: " + failure.message();
  }
}
