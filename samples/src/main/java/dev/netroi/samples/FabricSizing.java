package dev.netroi.samples;

import dev.netroi.Bandwidth;
import dev.netroi.CurrencyAmount;
import dev.netroi.FabricDesign;
import dev.netroi.FabricPriceList;
import dev.netroi.NetworkFabric;
import dev.netroi.fabric.FabricBill;
import dev.netroi.fabric.Fabrics;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A 4,096-GPU back-end fabric at 800 Gb/s, one NIC per GPU, non-blocking, in 2 tiers of 128-port
 * switches (102.4 Tb/s) and in 3 tiers of 64-port switches (51.2 Tb/s): the bill of materials,
 * capex and power per GPU, and the annual cost per GPU over a 5-year life with support at 10 % of
 * capex a year, beside the reference's stated USD 3,900 per GPU-year.
 *
 * <p>Every price and power figure here is an <b>assumption</b> (round numbers of the order of
 * public list prices in 2024-2025, not quotes): replace them with your own. Run it like {@link
 * NetworkModelsComparison}.
 */
public final class FabricSizing {

  /** The GPUs of the sample fleet. */
  static final int GPUS = 4_096;

  private FabricSizing() {}

  /**
   * Prints the sizing to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    print(System.out);
  }

  private static CurrencyAmount usd(String amount) {
    return CurrencyAmount.of("USD", amount);
  }

  /**
   * Returns the prices of a 64-port 800G (51.2 Tb/s) fabric: switch USD 50,000 at 2,000 W, optic
   * USD 1,000 at 16 W, NIC USD 2,500 at 25 W, cable USD 100; all assumptions.
   *
   * @return the price list
   */
  static FabricPriceList radix64Prices() {
    return FabricPriceList.of(usd("50000"), usd("1000"), usd("2500"), usd("100"))
        .withPower(2000, 16, 25);
  }

  /**
   * Returns the 2-tier design: 128-port 800G switches (102.4 Tb/s) at USD 110,000 and 3,000 W
   * (assumptions), other prices as {@link #radix64Prices()}.
   *
   * @return the design
   */
  static FabricDesign twoTiers() {
    FabricPriceList p = radix64Prices();
    return FabricDesign.of(
            Bandwidth.ofGbps(800),
            128,
            new FabricPriceList(
                usd("110000"),
                p.opticPrice(),
                p.nicPrice(),
                p.cablePrice(),
                3000,
                p.opticWatts(),
                p.nicWatts()))
        .withTiers(2);
  }

  /**
   * Returns the 3-tier design: 64-port 800G switches (51.2 Tb/s), {@link #radix64Prices()}.
   *
   * @return the design
   */
  static FabricDesign threeTiers() {
    return FabricDesign.of(Bandwidth.ofGbps(800), 64, radix64Prices()).withTiers(3);
  }

  /**
   * Returns one row per design: tiers and radix, switches, optics, NICs, capex per GPU, power per
   * GPU, annual cost per GPU (5 years, 10 % support).
   *
   * @return the rows
   */
  static List<String[]> rows() {
    List<String[]> rows = new ArrayList<>();
    for (FabricDesign design : List.of(twoTiers(), threeTiers())) {
      FabricBill bill = Fabrics.size(design, GPUS);
      rows.add(
          new String[] {
            bill.tiers() + " tiers, radix " + design.switchRadix(),
            switches(bill),
            String.format(Locale.ROOT, "%,d", bill.optics()),
            String.format(Locale.ROOT, "%,d", bill.nics()),
            bill.capexPerGpu().toDisplayString(),
            String.format(Locale.ROOT, "%.1f W", bill.wattsPerGpu()),
            Fabrics.annualCostPerGpu(NetworkFabric.of(design, 5, 0.10), GPUS).toDisplayString()
          });
    }
    return rows;
  }

  private static String switches(FabricBill bill) {
    return bill.tiers() == 2
        ? String.format(
            Locale.ROOT, "%d + %d = %d", bill.leafSwitches(), bill.spineSwitches(), bill.switches())
        : String.format(
            Locale.ROOT,
            "%d + %d + %d = %d",
            bill.leafSwitches(),
            bill.spineSwitches(),
            bill.coreSwitches(),
            bill.switches());
  }

  /**
   * Prints the sizing.
   *
   * @param out where to print
   */
  static void print(PrintStream out) {
    out.println(
        "Fabric sizing: 4,096 GPUs x one 800 Gb/s NIC, non-blocking folded Clos (prices are"
            + " assumptions)");
    out.print(
        Tables.format(
            new String[] {
              "Design",
              "Switches",
              "Optics",
              "NICs",
              "Capex per GPU",
              "Power per GPU",
              "Per GPU-year"
            },
            rows()));
    out.println(
        "  per GPU-year = capex per GPU / 5 years + support at a tenth of capex a year; the"
            + " argument states");
    out.println(
        "  USD 3,900 per GPU-year; 2 tiers of radix 64 connect at most "
            + String.format(Locale.ROOT, "%,d", Fabrics.maxGpus(threeTiers(), 2))
            + " GPUs, 3 tiers "
            + String.format(Locale.ROOT, "%,d", Fabrics.maxGpus(threeTiers(), 3)));
  }
}
