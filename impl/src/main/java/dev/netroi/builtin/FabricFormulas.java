package dev.netroi.builtin;

import dev.netroi.FabricDesign;
import dev.netroi.internal.Decimals;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The formulas of fabric sizing, for both of the engine's paths and for {@code
 * dev.netroi.fabric.Fabrics}: primitives, no checks. Documented in {@code Fabrics}. Public only for
 * {@code Fabrics}; this package is not exported.
 */
public final class FabricFormulas {

  private FabricFormulas() {}

  /** Switch, NIC and link counts of a sized fabric; {@code middle} is spines or aggregation. */
  public record Counts(int tiers, long leaves, long middle, long cores, long nics, long links) {
    public long switches() {
      return leaves + middle + cores;
    }
  }

  /**
   * Ports down from a leaf: {@code k - u} with {@code u = ceil(k / (1 + o))} uplinks, at least 1
   * (so {@code floor(k o / (1 + o))}, at most {@code k - 1}). The quotient is snapped to a whole
   * number within 1e-9, so that 48 / 2.4 is 20 and not 20.000000000000004.
   */
  public static int downlinks(int radix, double oversubscription) {
    double share = radix / (1 + oversubscription);
    double whole = Math.rint(share);
    double up = Math.abs(share - whole) <= 1e-9 ? whole : Math.ceil(share);
    return radix - (int) Math.max(1, up);
  }

  public static long maxLeaves(int radix, int tiers) {
    return tiers == 2 ? radix : (long) radix * radix / 2;
  }

  public static long maxGpus(FabricDesign design, int tiers, int radix, double oversubscription) {
    long down = downlinks(radix, oversubscription);
    long leaves = maxLeaves(radix, tiers);
    if (design.railOptimised()) {
      long rails = (long) design.gpusPerServer() * design.nicsPerGpu();
      return times(times(down, leaves / rails), design.gpusPerServer());
    }
    return times(leaves, down) / design.nicsPerGpu();
  }

  /** The counts, or null if the GPUs do not fit the design's tiers (the smallest that fit). */
  public static @Nullable Counts counts(FabricDesign design, long gpus, double oversubscription) {
    int k = design.switchRadix();
    int down = downlinks(k, oversubscription);
    int up = k - down;
    long nics = times(gpus, design.nicsPerGpu());
    long leaves;
    if (design.railOptimised()) {
      long servers = ceil(gpus, design.gpusPerServer());
      long rails = (long) design.gpusPerServer() * design.nicsPerGpu();
      leaves = times(rails, ceil(servers, down));
    } else {
      leaves = ceil(nics, down);
    }
    int tiers = design.tiers();
    if (tiers == FabricDesign.SMALLEST_THAT_FITS) {
      tiers = leaves <= maxLeaves(k, 2) ? 2 : 3;
    }
    if (nics == Long.MAX_VALUE || leaves > maxLeaves(k, tiers)) {
      return null; // more than any fabric of this radix connects
    }
    if (tiers == 2 && leaves == 1) {
      return new Counts(2, 1, 0, 0, nics, nics); // one leaf: nothing to connect above it
    }
    long uplinks = leaves * up;
    if (tiers == 2) {
      return new Counts(2, leaves, ceil(uplinks, k), 0, nics, nics + uplinks);
    }
    // full pods of k/2 leaves have u aggregation switches; a partial pod as many as its uplinks
    // need
    long podLeaves = k / 2;
    long aggregation = leaves / podLeaves * up + ceil(leaves % podLeaves * up, podLeaves);
    return new Counts(3, leaves, aggregation, ceil(uplinks, k), nics, nics + 2 * uplinks);
  }

  public static double capex(
      Counts counts, double switchPrice, double opticPrice, double nicPrice, double cablePrice) {
    return counts.switches() * switchPrice
        + 2 * counts.links() * opticPrice
        + counts.nics() * nicPrice
        + counts.links() * cablePrice;
  }

  public static double watts(
      Counts counts, double switchWatts, double opticWatts, double nicWatts) {
    return counts.switches() * switchWatts
        + 2 * counts.links() * opticWatts
        + counts.nics() * nicWatts;
  }

  /** Annual cost = capex / life + support share x capex. */
  public static double annualCost(double capex, double lifeYears, double supportShare) {
    return capex / lifeYears + supportShare * capex;
  }

  private static long ceil(long numerator, long denominator) {
    return numerator / denominator + (numerator % denominator == 0 ? 0 : 1);
  }

  /** a x b, or Long.MAX_VALUE where it overflows: more than any fabric connects. */
  private static long times(long a, long b) {
    long high = Math.multiplyHigh(a, b);
    long low = a * b;
    return high == 0 && low >= 0 ? low : Long.MAX_VALUE;
  }

  /** Why a fleet does not fit a design, with the maximum and the tiers or radix that would fit. */
  public static String refusal(FabricDesign design, long gpus) {
    int k = design.switchRadix();
    double o = design.oversubscription();
    int tiers = design.tiers() == FabricDesign.SMALLEST_THAT_FITS ? 3 : design.tiers();
    String head =
        String.format(
            Locale.ROOT,
            "a fleet of %,d GPUs x %d NIC%s does not fit %d tiers of radix-%d switches at %s:1%s:"
                + " they connect at most %,d GPUs",
            gpus,
            design.nicsPerGpu(),
            design.nicsPerGpu() == 1 ? "" : "s",
            tiers,
            k,
            Decimals.plain(o),
            design.railOptimised() ? ", rail-optimised" : "",
            maxGpus(design, tiers, k, o));
    if (tiers == 2 && maxGpus(design, 3, k, o) >= gpus) {
      return head + String.format(Locale.ROOT, "; 3 tiers would (%,d)", maxGpus(design, 3, k, o));
    }
    // a radix is at least 4 = 2^2 and at most MAX_RADIX = 2^16, so 14 doublings pass the largest
    for (int doubling = 1; doubling <= 14; doubling++) {
      long doubled = (long) k << doubling;
      if (doubled > FabricDesign.MAX_RADIX) {
        break;
      }
      int radix = (int) doubled;
      long most = maxGpus(design, 3, radix, o);
      if (most >= gpus) {
        return head + String.format(Locale.ROOT, "; radix %d would (%,d in 3 tiers)", radix, most);
      }
    }
    return head
        + String.format(
            Locale.ROOT, "; no radix up to %,d would in 3 tiers", FabricDesign.MAX_RADIX);
  }
}
