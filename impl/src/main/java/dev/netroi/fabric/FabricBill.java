package dev.netroi.fabric;

import dev.netroi.CurrencyAmount;
import dev.netroi.FabricDesign;
import java.util.Locale;

/**
 * The bill of materials of a fabric design sized for a number of GPUs ({@link Fabrics#size}):
 * switches per tier, NICs, links (one cable each), optics (two per link), capex and power, in total
 * and per GPU.
 *
 * @param design the design it sizes
 * @param gpuCount the number of GPUs
 * @param tiers the tiers it uses, 2 or 3
 * @param leafSwitches switches in the leaf tier
 * @param spineSwitches switches in the tier above the leaves (spines in 2 tiers, aggregation in 3)
 * @param coreSwitches switches in the core tier (0 in 2 tiers)
 * @param nics NICs
 * @param links links, one cable each
 * @param optics transceivers, two per link
 * @param capex the capital cost of all devices
 * @param capexPerGpu capex / GPUs
 * @param watts the power of all devices, in watts
 * @param wattsPerGpu watts / GPUs
 */
public record FabricBill(
    FabricDesign design,
    long gpuCount,
    int tiers,
    long leafSwitches,
    long spineSwitches,
    long coreSwitches,
    long nics,
    long links,
    long optics,
    CurrencyAmount capex,
    CurrencyAmount capexPerGpu,
    double watts,
    double wattsPerGpu) {

  /**
   * Returns the switches of all tiers.
   *
   * @return leaf + spine (or aggregation) + core switches
   */
  public long switches() {
    return leafSwitches + spineSwitches + coreSwitches;
  }

  /**
   * Returns a one-line summary, such as {@code 4,096 GPUs in 2 tiers: 64 leaf + 32 spine switches,
   * 4,096 NICs, 8,192 links, 16,384 optics; USD 70,000,000.00 capex (USD 17,089.84 per GPU)}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    String switchText =
        tiers == 2
            ? String.format(Locale.ROOT, "%,d leaf + %,d spine", leafSwitches, spineSwitches)
            : String.format(
                Locale.ROOT,
                "%,d leaf + %,d aggregation + %,d core",
                leafSwitches,
                spineSwitches,
                coreSwitches);
    return String.format(
        Locale.ROOT,
        "%,d GPUs in %d tiers: %s switches, %,d NICs, %,d links, %,d optics; %s capex (%s per GPU)",
        gpuCount,
        tiers,
        switchText,
        nics,
        links,
        optics,
        capex.toDisplayString(),
        capexPerGpu.toDisplayString());
  }
}
