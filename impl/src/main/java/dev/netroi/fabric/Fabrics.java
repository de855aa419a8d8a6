package dev.netroi.fabric;

import dev.netroi.CurrencyAmount;
import dev.netroi.FabricDesign;
import dev.netroi.FabricPriceList;
import dev.netroi.NetworkFabric;
import dev.netroi.internal.Checks;

/**
 * Sizes a {@link FabricDesign} for a number of GPUs as a folded Clos network, and prices it.
 *
 * <p>With radix {@code k} (switch ports at the NIC speed) and oversubscription {@code o} at the
 * leaves, a leaf has {@code u = max(1, ceil(k / (1 + o)))} ports up and {@code d = k - u} down (to
 * NICs), that is {@code d = floor(k o / (1 + o))} and never all {@code k}; every tier above the
 * leaves is non-blocking. For {@code E} = GPUs x NICs per GPU endpoints:
 *
 * <ul>
 *   <li><b>leaves</b> = ceil(E / d); rail-optimised, {@code r} = GPUs per server x NICs per GPU
 *       rails of ceil(servers / d) leaves each, servers = ceil(GPUs / GPUs per server) (a fleet
 *       smaller than a server still has all r rails);
 *   <li><b>2 tiers</b> (leaf-spine): spines = ceil(leaves x u / k), none for a single leaf; it
 *       connects at most {@code k} leaves (a spine has one port per leaf): {@code k d} endpoints,
 *       {@code k^2/2} non-blocking (2,048 at k = 64);
 *   <li><b>3 tiers</b> (leaf-aggregation-core): full pods of {@code k/2} leaves with {@code u}
 *       aggregation switches each, and a last partial pod of {@code r} leaves with ceil(r u /
 *       (k/2)) of them; core switches = ceil(leaves x u / k); at most {@code k} pods: {@code k^2 d
 *       / 2} endpoints, {@code k^3/4} non-blocking (65,536 at k = 64);
 *   <li><b>links</b> = E (NIC to leaf) + leaves x u per tier above the leaves; each link is one
 *       cable and two optics, one at each end (an assumption: for copper links put the cable's
 *       price in the cable and 0 for the optic);
 *   <li><b>capex</b> = switches x switch price + optics x optic price + NICs x NIC price + cables x
 *       cable price; <b>power</b> = switches x switch W + optics x optic W + NICs x NIC W.
 * </ul>
 *
 * <p>The limits are those of the textbook folded Clos ("fat tree") of radix-k switches, as in
 * Al-Fares, Loukissas and Vahdat, "A Scalable, Commodity Data Center Network Architecture" (SIGCOMM
 * 2008): k^3/4 hosts in three tiers. A fleet that does not fit the chosen tiers is refused with the
 * maximum and the tiers or radix that would fit.
 *
 * <p>The formulas themselves, over primitives, are those of {@link FabricFormulas}.
 */
public final class Fabrics {

  private Fabrics() {}

  /**
   * Sizes and prices a design for a number of GPUs.
   *
   * @param design the design
   * @param gpuCount the number of GPUs, at least 1
   * @return the bill of materials
   * @throws IllegalArgumentException if {@code gpuCount} is below 1, or the fleet does not fit the
   *     design's tiers (the message gives the maximum and what would fit)
   */
  public static FabricBill size(FabricDesign design, long gpuCount) {
    Checks.notNull(design, "design");
    Checks.positive(gpuCount, "gpuCount");
    FabricFormulas.Counts counts =
        FabricFormulas.counts(design, gpuCount, design.oversubscription());
    if (counts == null) {
      throw new IllegalArgumentException(
          FabricFormulas.fitRefusal(design, gpuCount, design.oversubscription()));
    }
    FabricPriceList p = design.prices();
    double capex =
        FabricFormulas.capex(
            counts,
            p.switchPrice().amount(),
            p.opticPrice().amount(),
            p.nicPrice().amount(),
            p.cablePrice().amount());
    double watts = FabricFormulas.watts(counts, p.switchWatts(), p.opticWatts(), p.nicWatts());
    return new FabricBill(
        design,
        gpuCount,
        counts.tiers(),
        counts.leaves(),
        counts.middle(),
        counts.cores(),
        counts.nics(),
        counts.links(),
        counts.optics(),
        CurrencyAmount.of(p.currency(), capex),
        CurrencyAmount.of(p.currency(), capex / gpuCount),
        watts,
        watts / gpuCount);
  }

  /**
   * Returns the most GPUs a design connects in a number of tiers.
   *
   * @param design the design
   * @param tiers 2 or 3
   * @return the maximum GPU count (0 if a rail-optimised design has more rails than leaves)
   * @throws IllegalArgumentException if {@code tiers} is not 2 or 3
   */
  public static long maxGpus(FabricDesign design, int tiers) {
    Checks.notNull(design, "design");
    if (tiers != 2 && tiers != 3) {
      throw new IllegalArgumentException("tiers must be 2 or 3 but was " + tiers);
    }
    return FabricFormulas.maxGpus(design, tiers, design.switchRadix(), design.oversubscription());
  }

  /**
   * Returns the annual network cost per GPU of a fabric for a number of GPUs: capex per GPU / life
   * + support share x capex per GPU.
   *
   * @param fabric the fabric
   * @param gpuCount the number of GPUs, at least 1
   * @return the annual cost per GPU, in the fabric's currency
   * @throws IllegalArgumentException if the fleet does not fit the fabric's design
   */
  public static CurrencyAmount annualCostPerGpu(NetworkFabric fabric, long gpuCount) {
    Checks.notNull(fabric, "fabric");
    FabricBill bill = size(fabric.design(), gpuCount);
    return CurrencyAmount.of(
        bill.capex().currency(),
        FabricFormulas.annualCost(
            bill.capexPerGpu().amount(), fabric.lifeYears(), fabric.annualSupportShare()));
  }
}
