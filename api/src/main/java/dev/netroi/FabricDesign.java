package dev.netroi;

import dev.netroi.internal.Checks;
import dev.netroi.internal.Decimals;
import java.io.Serializable;
import java.util.Set;

/**
 * The design of a back-end fabric as a folded Clos (leaf-spine in 2 tiers, leaf-aggregation-core in
 * 3): NICs per GPU and their speed, the switch radix at that speed, the tiers, the oversubscription
 * at the leaves, whether it is rail-optimised, and the prices of its devices. The GPU count is not
 * part of the design: in a scenario it is the fleet's, and {@code
 * dev.netroi.fabric.Fabrics.size(design, gpuCount)} ({@code netroi-impl}) sizes a design for any
 * count, with the formulas and limits documented there (k^2/2 endpoints in 2 tiers and k^3/4 in 3,
 * non-blocking, at radix k).
 *
 * <p>Its {@linkplain HasInputs inputs} are {@code oversubscription} and its price list's ({@code
 * switchPrice}, ..., {@code nicWatts}).
 *
 * <p>Value-based, immutable and thread-safe.
 *
 * @param nicsPerGpu back-end NICs (ports) per GPU, in [1, 64]
 * @param nicSpeed the speed of each NIC and switch port, not null
 * @param switchRadix ports per switch at {@code nicSpeed}, even and in [4, 65536]
 * @param tiers 2, 3, or {@link #SMALLEST_THAT_FITS} (0) for the fewest tiers that connect the fleet
 * @param oversubscription leaf downlinks per uplink, at least 1 (1: non-blocking; a leaf keeps at
 *     least one uplink, so any ratio above {@code switchRadix - 1} acts as {@code switchRadix - 1})
 * @param railOptimised true if NIC i of every server goes to leaf group (rail) i
 * @param gpusPerServer GPUs per server, in [1, 1024] (it sets the number of rails)
 * @param prices the prices and power of the devices, not null
 */
public record FabricDesign(
    int nicsPerGpu,
    Bandwidth nicSpeed,
    int switchRadix,
    int tiers,
    double oversubscription,
    boolean railOptimised,
    int gpusPerServer,
    FabricPriceList prices)
    implements HasInputs<FabricDesign>, Serializable {

  private static final long serialVersionUID = 1L;

  /** The value of {@link #tiers()} that asks for the fewest tiers that connect the fleet. */
  public static final int SMALLEST_THAT_FITS = 0;

  /** The largest switch radix a design may have: 65,536 ports. */
  public static final int MAX_RADIX = 65_536;

  /** The most NICs per GPU a design may have. */
  public static final int MAX_NICS_PER_GPU = 64;

  /** The most GPUs per server a design may have. */
  public static final int MAX_GPUS_PER_SERVER = 1_024;

  private static final String OVERSUBSCRIPTION = "oversubscription";

  /** The inputs of every design: the oversubscription and the price list's. */
  private static final Set<String> NAMES =
      Set.of(
          OVERSUBSCRIPTION,
          "switchPrice",
          "opticPrice",
          "nicPrice",
          "cablePrice",
          "switchWatts",
          "opticWatts",
          "nicWatts");

  /**
   * Validates the components.
   *
   * @param nicsPerGpu back-end NICs per GPU, in [1, 64]
   * @param nicSpeed the speed of each NIC and switch port
   * @param switchRadix ports per switch, even and in [4, 65536]
   * @param tiers 2, 3 or {@link #SMALLEST_THAT_FITS}
   * @param oversubscription leaf downlinks per uplink, at least 1
   * @param railOptimised whether the fabric is rail-optimised
   * @param gpusPerServer GPUs per server, in [1, 1024]
   * @param prices the prices of the devices
   * @throws NullPointerException if {@code nicSpeed} or {@code prices} is null
   * @throws IllegalArgumentException if a number breaks its rule (the message names the field, the
   *     rule and the value)
   */
  public FabricDesign {
    between(nicsPerGpu, 1, MAX_NICS_PER_GPU, "nicsPerGpu");
    Checks.notNull(nicSpeed, "nicSpeed");
    if (switchRadix < 4 || switchRadix > MAX_RADIX || switchRadix % 2 != 0) {
      throw new IllegalArgumentException(
          "switchRadix must be even and in [4, 65536] but was " + switchRadix);
    }
    if (tiers != SMALLEST_THAT_FITS && tiers != 2 && tiers != 3) {
      throw new IllegalArgumentException(
          "tiers must be 2, 3 or 0 (the smallest that fits) but was " + tiers);
    }
    Checks.atLeast(oversubscription, 1, "oversubscription");
    between(gpusPerServer, 1, MAX_GPUS_PER_SERVER, "gpusPerServer");
    Checks.notNull(prices, "prices");
  }

  private static void between(int value, int least, int most, String field) {
    if (value < least || value > most) {
      throw new IllegalArgumentException(
          field + " must be in [" + least + ", " + most + "] but was " + value);
    }
  }

  /**
   * Obtains a non-blocking design, not rail-optimised, with the fewest tiers that fit and one NIC
   * per GPU in servers of 8 GPUs.
   *
   * @param nicSpeed the speed of each NIC and switch port
   * @param switchRadix ports per switch at that speed, even and at least 4
   * @param prices the prices of the devices
   * @return the design
   * @throws IllegalArgumentException if the radix is odd or below 4
   */
  public static FabricDesign of(Bandwidth nicSpeed, int switchRadix, FabricPriceList prices) {
    return new FabricDesign(1, nicSpeed, switchRadix, SMALLEST_THAT_FITS, 1, false, 8, prices);
  }

  /**
   * Returns a copy with another number of tiers.
   *
   * @param newTiers 2, 3 or {@link #SMALLEST_THAT_FITS}
   * @return the new design
   * @throws IllegalArgumentException if {@code newTiers} is another number
   */
  public FabricDesign withTiers(int newTiers) {
    return new FabricDesign(
        nicsPerGpu,
        nicSpeed,
        switchRadix,
        newTiers,
        oversubscription,
        railOptimised,
        gpusPerServer,
        prices);
  }

  /**
   * Returns a copy with another switch radix.
   *
   * @param newRadix ports per switch, even and at least 4
   * @return the new design
   * @throws IllegalArgumentException if {@code newRadix} is odd or below 4
   */
  public FabricDesign withSwitchRadix(int newRadix) {
    return new FabricDesign(
        nicsPerGpu,
        nicSpeed,
        newRadix,
        tiers,
        oversubscription,
        railOptimised,
        gpusPerServer,
        prices);
  }

  /**
   * Returns a copy with another oversubscription at the leaves.
   *
   * @param ratio leaf downlinks per uplink, at least 1
   * @return the new design
   * @throws IllegalArgumentException if {@code ratio} is below 1 or not finite
   */
  public FabricDesign withOversubscription(double ratio) {
    return new FabricDesign(
        nicsPerGpu, nicSpeed, switchRadix, tiers, ratio, railOptimised, gpusPerServer, prices);
  }

  /**
   * Returns a copy that is, or is not, rail-optimised.
   *
   * @param rails whether NIC i of every server goes to rail i
   * @param serverGpus GPUs per server, at least 1
   * @return the new design
   * @throws IllegalArgumentException if {@code serverGpus} is below 1
   */
  public FabricDesign withRails(boolean rails, int serverGpus) {
    return new FabricDesign(
        nicsPerGpu, nicSpeed, switchRadix, tiers, oversubscription, rails, serverGpus, prices);
  }

  /**
   * Returns a copy with another number of NICs per GPU.
   *
   * @param nics NICs per GPU, at least 1
   * @return the new design
   * @throws IllegalArgumentException if {@code nics} is below 1
   */
  public FabricDesign withNicsPerGpu(int nics) {
    return new FabricDesign(
        nics, nicSpeed, switchRadix, tiers, oversubscription, railOptimised, gpusPerServer, prices);
  }

  /**
   * Returns a copy with another price list.
   *
   * @param newPrices the prices of the devices
   * @return the new design
   */
  public FabricDesign withPrices(FabricPriceList newPrices) {
    return new FabricDesign(
        nicsPerGpu,
        nicSpeed,
        switchRadix,
        tiers,
        oversubscription,
        railOptimised,
        gpusPerServer,
        newPrices);
  }

  @Override
  public Set<String> inputNames() {
    return NAMES;
  }

  @Override
  public double input(String name) {
    Checks.knownInput(name, inputNames(), this);
    return name.equals(OVERSUBSCRIPTION) ? oversubscription : prices.input(name);
  }

  @Override
  public InputRule inputRule(String name) {
    Checks.knownInput(name, inputNames(), this);
    return name.equals(OVERSUBSCRIPTION) ? InputRule.atLeast(1) : prices.inputRule(name);
  }

  @Override
  public FabricDesign withInput(String name, double value) {
    Checks.knownInput(name, inputNames(), this);
    return name.equals(OVERSUBSCRIPTION)
        ? withOversubscription(value)
        : withPrices(prices.withInput(name, value));
  }

  /**
   * Returns a short form, such as {@code FabricDesign[1 x 800 Gb/s per GPU, radix 64, smallest
   * tiers that fit, 1:1]}.
   *
   * @return the short form
   */
  @Override
  public String toString() {
    return "FabricDesign["
        + nicsPerGpu
        + " x "
        + nicSpeed
        + " per GPU, radix "
        + switchRadix
        + ", "
        + (tiers == SMALLEST_THAT_FITS ? "smallest tiers that fit" : tiers + " tiers")
        + ", "
        + Decimals.plain(oversubscription)
        + ":1"
        + (railOptimised ? ", rail-optimised (" + gpusPerServer + " GPUs per server)" : "")
        + "]";
  }
}
