package dev.netroi.fabric;

import dev.netroi.FabricDesign;
import dev.netroi.internal.Decimals;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The formulas of fabric sizing and pricing, over primitives: the counts of a folded Clos network
 * for a number of GPUs, its capex and power, per GPU, and the annual cost of a fabric. They are the
 * expressions that {@link Fabrics} and the built-in calculators use on both of the engine's paths
 * (see {@link Fabrics} for the model and its limits); they do not check their arguments, so a
 * caller checks what its figures need (a GPU count of at least 1, a positive life).
 *
 * <p>A design's <em>structure</em> (switch radix, tiers, rails, GPUs per server, NICs per GPU) is
 * read from a {@link FabricDesign}; its numbers that may vary from row to row (the
 * oversubscription, the prices and watts) are arguments, so that a batch sizes each row from its
 * own values.
 */
public final class FabricFormulas {

  private FabricFormulas() {}

  /**
   * The counts of a sized fabric.
   *
   * @param tiers the tiers it uses, 2 or 3
   * @param leaves switches in the leaf tier
   * @param middle switches in the tier above the leaves (spines in 2 tiers, aggregation in 3)
   * @param cores switches in the core tier (0 in 2 tiers)
   * @param nics NICs: GPUs x NICs per GPU
   * @param links links, one cable and two optics each
   */
  public record Counts(int tiers, long leaves, long middle, long cores, long nics, long links) {

    /**
     * Returns the switches of all tiers.
     *
     * @return leaves + middle + cores
     */
    public long switches() {
      return leaves + middle + cores;
    }

    /**
     * Returns the optics, two per link (one at each end).
     *
     * @return 2 x links
     */
    public long optics() {
      return 2 * links;
    }
  }

  /**
   * Ports down from a leaf = {@code k - u} with {@code u = max(1, ceil(k / (1 + o)))} uplinks (so
   * {@code floor(k o / (1 + o))}, at most {@code k - 1}). The quotient {@code k / (1 + o)} is
   * snapped to a whole number within 1e-9, so that 48 / 2.4 is 20 and not 20.000000000000004.
   *
   * @param radix the switch radix {@code k}
   * @param oversubscription the leaves' downlinks per uplink {@code o}, at least 1
   * @return the downlinks of a leaf
   */
  public static int downlinks(int radix, double oversubscription) {
    double share = radix / (1 + oversubscription);
    double whole = Math.rint(share);
    double up = Math.abs(share - whole) <= 1e-9 ? whole : Math.ceil(share);
    return radix - (int) Math.max(1, up);
  }

  /**
   * The most leaves a fabric connects = {@code k} in 2 tiers (a spine has one port per leaf), and
   * {@code k^2 / 2} in 3 tiers ({@code k} pods of {@code k / 2} leaves).
   *
   * @param radix the switch radix {@code k}
   * @param tiers 2 or 3
   * @return the most leaves
   */
  public static long maxLeaves(int radix, int tiers) {
    return tiers == 2 ? radix : (long) radix * radix / 2;
  }

  /**
   * The most GPUs a design's structure connects in a number of tiers at a radix = most leaves x
   * downlinks / NICs per GPU; rail-optimised, (most leaves / rails) x downlinks servers of GPUs per
   * server GPUs, with rails = GPUs per server x NICs per GPU. {@link Long#MAX_VALUE} where the
   * product overflows a long.
   *
   * @param structure the design whose rails, GPUs per server and NICs per GPU are read
   * @param tiers 2 or 3
   * @param radix the switch radix
   * @param oversubscription the leaves' downlinks per uplink, at least 1
   * @return the most GPUs (0 if a rail-optimised design has more rails than leaves)
   */
  public static long maxGpus(
      FabricDesign structure, int tiers, int radix, double oversubscription) {
    long down = downlinks(radix, oversubscription);
    long leaves = maxLeaves(radix, tiers);
    if (structure.railOptimised()) {
      long rails = (long) structure.gpusPerServer() * structure.nicsPerGpu();
      return times(times(down, leaves / rails), structure.gpusPerServer());
    }
    return times(leaves, down) / structure.nicsPerGpu();
  }

  /**
   * Sizes a design's structure for a number of GPUs: leaves = ceil(GPUs x NICs per GPU / downlinks)
   * (rail-optimised: rails x ceil(servers / downlinks)); in 2 tiers, spines = ceil(leaves x uplinks
   * / k) (none for a single leaf) and links = NICs + leaves x uplinks; in 3 tiers, aggregation
   * switches = uplinks per full pod of k/2 leaves plus as many as a partial pod's uplinks need,
   * cores = ceil(leaves x uplinks / k) and links = NICs + 2 x leaves x uplinks. With tiers {@link
   * FabricDesign#SMALLEST_THAT_FITS}, 2 tiers if the leaves fit them, else 3.
   *
   * @param structure the design whose radix, tiers, rails, GPUs per server and NICs per GPU are
   *     read (not its oversubscription or prices)
   * @param gpus the number of GPUs, at least 1
   * @param oversubscription the leaves' downlinks per uplink, at least 1
   * @return the counts, or null if the GPUs do not fit the design's tiers (see {@link #fitRefusal})
   */
  public static @Nullable Counts counts(
      FabricDesign structure, long gpus, double oversubscription) {
    int k = structure.switchRadix();
    int down = downlinks(k, oversubscription);
    int up = k - down;
    long nics = times(gpus, structure.nicsPerGpu());
    long leaves;
    if (structure.railOptimised()) {
      long servers = ceil(gpus, structure.gpusPerServer());
      long rails = (long) structure.gpusPerServer() * structure.nicsPerGpu();
      leaves = times(rails, ceil(servers, down));
    } else {
      leaves = ceil(nics, down);
    }
    int tiers = structure.tiers();
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

  /**
   * Capex = switches x switch price + optics x optic price + NICs x NIC price + cables x cable
   * price, with two optics and one cable per link.
   *
   * @param counts the sized fabric
   * @param switchPrice the price of a switch
   * @param opticPrice the price of an optic
   * @param nicPrice the price of a NIC
   * @param cablePrice the price of a cable
   * @return the capex of the fabric
   */
  public static double capex(
      Counts counts, double switchPrice, double opticPrice, double nicPrice, double cablePrice) {
    return counts.switches() * switchPrice
        + 2 * counts.links() * opticPrice
        + counts.nics() * nicPrice
        + counts.links() * cablePrice;
  }

  /**
   * Power = switches x switch watts + optics x optic watts + NICs x NIC watts (cables draw none).
   *
   * @param counts the sized fabric
   * @param switchWatts the power of a switch, in watts
   * @param opticWatts the power of an optic
   * @param nicWatts the power of a NIC
   * @return the power of the fabric, in watts
   */
  public static double watts(
      Counts counts, double switchWatts, double opticWatts, double nicWatts) {
    return counts.switches() * switchWatts
        + 2 * counts.links() * opticWatts
        + counts.nics() * nicWatts;
  }

  /**
   * Capex per GPU = {@link #capex} / GPUs.
   *
   * @param counts the sized fabric
   * @param switchPrice the price of a switch
   * @param opticPrice the price of an optic
   * @param nicPrice the price of a NIC
   * @param cablePrice the price of a cable
   * @param gpus the number of GPUs the fabric was sized for
   * @return the capex per GPU
   */
  public static double capexPerGpu(
      Counts counts,
      double switchPrice,
      double opticPrice,
      double nicPrice,
      double cablePrice,
      double gpus) {
    return capex(counts, switchPrice, opticPrice, nicPrice, cablePrice) / gpus;
  }

  /**
   * Power per GPU = {@link #watts} / GPUs.
   *
   * @param counts the sized fabric
   * @param switchWatts the power of a switch, in watts
   * @param opticWatts the power of an optic
   * @param nicWatts the power of a NIC
   * @param gpus the number of GPUs the fabric was sized for
   * @return the watts per GPU
   */
  public static double powerPerGpu(
      Counts counts, double switchWatts, double opticWatts, double nicWatts, double gpus) {
    return watts(counts, switchWatts, opticWatts, nicWatts) / gpus;
  }

  /**
   * Annual cost = capex / life in years + annual support share x capex: straight-line depreciation
   * plus support. Per GPU when the capex is.
   *
   * @param capex the capex (per GPU for a cost per GPU)
   * @param lifeYears the depreciation life in years, positive
   * @param supportShare the annual support cost as a share of capex
   * @return the annual cost
   */
  public static double annualCost(double capex, double lifeYears, double supportShare) {
    return capex / lifeYears + supportShare * capex;
  }

  /**
   * Says why a fleet does not fit a design ({@link #counts} returned null): the fleet, the design,
   * the most GPUs it connects, and the tiers or radix that would fit, such as {@code a fleet of
   * 4,096 GPUs x 1 NIC does not fit 2 tiers of radix-64 switches at 1:1: they connect at most 2,048
   * GPUs; 3 tiers would (65,536)}.
   *
   * @param structure the design whose radix, tiers, rails, GPUs per server and NICs per GPU are
   *     read
   * @param gpus the number of GPUs
   * @param oversubscription the leaves' downlinks per uplink, at least 1
   * @return the message
   */
  public static String fitRefusal(FabricDesign structure, long gpus, double oversubscription) {
    int k = structure.switchRadix();
    double o = oversubscription;
    int tiers = structure.tiers() == FabricDesign.SMALLEST_THAT_FITS ? 3 : structure.tiers();
    String head =
        String.format(
            Locale.ROOT,
            "a fleet of %,d GPUs x %d NIC%s does not fit %d tiers of radix-%d switches at %s:1%s:"
                + " they connect at most %,d GPUs",
            gpus,
            structure.nicsPerGpu(),
            structure.nicsPerGpu() == 1 ? "" : "s",
            tiers,
            k,
            Decimals.plain(o),
            structure.railOptimised() ? ", rail-optimised" : "",
            maxGpus(structure, tiers, k, o));
    if (tiers == 2 && maxGpus(structure, 3, k, o) >= gpus) {
      return head
          + String.format(Locale.ROOT, "; 3 tiers would (%,d)", maxGpus(structure, 3, k, o));
    }
    // a radix is at least 4 = 2^2 and at most MAX_RADIX = 2^16, so 14 doublings pass the largest
    for (int doubling = 1; doubling <= 14; doubling++) {
      long doubled = (long) k << doubling;
      if (doubled > FabricDesign.MAX_RADIX) {
        break;
      }
      int radix = (int) doubled;
      long most = maxGpus(structure, 3, radix, o);
      if (most >= gpus) {
        return head + String.format(Locale.ROOT, "; radix %d would (%,d in 3 tiers)", radix, most);
      }
    }
    return head
        + String.format(
            Locale.ROOT, "; no radix up to %,d would in 3 tiers", FabricDesign.MAX_RADIX);
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
}
