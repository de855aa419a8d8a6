package dev.netroi;

import dev.netroi.internal.Checks;
import dev.netroi.internal.Decimals;
import java.io.Serializable;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

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
 * <pre>{@code
 * FabricDesign design = FabricDesign.builder()
 *     .nicSpeed(Bandwidth.ofGbps(800))
 *     .switchRadix(64)
 *     .prices(prices)
 *     .tiers(2)
 *     .build();
 * FabricDesign railOptimised = design.withRails(true, 8);
 * }</pre>
 *
 * <p>A builder starts from 1 NIC per GPU, {@link #SMALLEST_THAT_FITS} tiers, an oversubscription of
 * 1 (non-blocking), no rails and 8 GPUs per server; the NIC speed, the radix and the prices are
 * required.
 *
 * <p>Value-based, immutable and thread-safe.
 */
public final class FabricDesign implements HasInputs<FabricDesign>, Serializable {

  private static final long serialVersionUID = 2L;

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

  private final int nicsPerGpu;
  private final Bandwidth nicSpeed;
  private final int switchRadix;
  private final int tiers;
  private final double oversubscription;
  private final boolean railOptimised;
  private final int gpusPerServer;
  private final FabricPriceList prices;

  private FabricDesign(
      int nicsPerGpu,
      Bandwidth nicSpeed,
      int switchRadix,
      int tiers,
      double oversubscription,
      boolean railOptimised,
      int gpusPerServer,
      FabricPriceList prices) {
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
    this.nicsPerGpu = nicsPerGpu;
    this.nicSpeed = nicSpeed;
    this.switchRadix = switchRadix;
    this.tiers = tiers;
    this.oversubscription = oversubscription;
    this.railOptimised = railOptimised;
    this.gpusPerServer = gpusPerServer;
    this.prices = prices;
  }

  private static void between(int value, int least, int most, String field) {
    if (value < least || value > most) {
      throw new IllegalArgumentException(
          field + " must be in [" + least + ", " + most + "] but was " + value);
    }
  }

  /**
   * Returns a new builder: 1 NIC per GPU, the smallest tiers that fit, non-blocking, not
   * rail-optimised, 8 GPUs per server; set the NIC speed, the radix and the prices.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding the fields of this design, to derive a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.nicsPerGpu = nicsPerGpu;
    b.nicSpeed = nicSpeed;
    b.switchRadix = switchRadix;
    b.switchRadixSet = true;
    b.tiers = tiers;
    b.oversubscription = oversubscription;
    b.railOptimised = railOptimised;
    b.gpusPerServer = gpusPerServer;
    b.prices = prices;
    return b;
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
    return builder().nicSpeed(nicSpeed).switchRadix(switchRadix).prices(prices).build();
  }

  /**
   * Returns the back-end NICs (ports) per GPU, in [1, 64].
   *
   * @return the value
   */
  public int nicsPerGpu() {
    return nicsPerGpu;
  }

  /**
   * Returns the speed of each NIC and switch port, not null.
   *
   * @return the value
   */
  public Bandwidth nicSpeed() {
    return nicSpeed;
  }

  /**
   * Returns the ports per switch at {@code nicSpeed}, even and in [4, 65536].
   *
   * @return the value
   */
  public int switchRadix() {
    return switchRadix;
  }

  /**
   * Returns the tiers: 2, 3, or {@link #SMALLEST_THAT_FITS} (0) for the fewest tiers that connect
   * the fleet.
   *
   * @return the value
   */
  public int tiers() {
    return tiers;
  }

  /**
   * Returns the oversubscription: leaf downlinks per uplink, at least 1 (1: non-blocking; a leaf
   * keeps at least one uplink, so any ratio above {@code switchRadix - 1} acts as {@code
   * switchRadix - 1}).
   *
   * @return the value
   */
  public double oversubscription() {
    return oversubscription;
  }

  /**
   * Returns whether NIC i of every server goes to leaf group (rail) i.
   *
   * @return the value
   */
  public boolean railOptimised() {
    return railOptimised;
  }

  /**
   * Returns the GPUs per server, in [1, 1024] (it sets the number of rails).
   *
   * @return the value
   */
  public int gpusPerServer() {
    return gpusPerServer;
  }

  /**
   * Returns the prices and power of the devices, not null.
   *
   * @return the value
   */
  public FabricPriceList prices() {
    return prices;
  }

  /**
   * Returns a copy with another number of NICs per GPU.
   *
   * @param nics NICs per GPU, in [1, 64]
   * @return the new design
   * @throws IllegalArgumentException if {@code nics} is out of range
   */
  public FabricDesign withNicsPerGpu(int nics) {
    return toBuilder().nicsPerGpu(nics).build();
  }

  /**
   * Returns a copy with another NIC and switch-port speed.
   *
   * @param speed the speed, not null
   * @return the new design
   */
  public FabricDesign withNicSpeed(Bandwidth speed) {
    return toBuilder().nicSpeed(speed).build();
  }

  /**
   * Returns a copy with another switch radix.
   *
   * @param newRadix ports per switch, even and at least 4
   * @return the new design
   * @throws IllegalArgumentException if {@code newRadix} is odd or below 4
   */
  public FabricDesign withSwitchRadix(int newRadix) {
    return toBuilder().switchRadix(newRadix).build();
  }

  /**
   * Returns a copy with another number of tiers.
   *
   * @param newTiers 2, 3 or {@link #SMALLEST_THAT_FITS}
   * @return the new design
   * @throws IllegalArgumentException if {@code newTiers} is another number
   */
  public FabricDesign withTiers(int newTiers) {
    return toBuilder().tiers(newTiers).build();
  }

  /**
   * Returns a copy with another oversubscription at the leaves.
   *
   * @param ratio leaf downlinks per uplink, at least 1
   * @return the new design
   * @throws IllegalArgumentException if {@code ratio} is below 1 or not finite
   */
  public FabricDesign withOversubscription(double ratio) {
    return toBuilder().oversubscription(ratio).build();
  }

  /**
   * Returns a copy with another price list.
   *
   * @param newPrices the prices of the devices
   * @return the new design
   */
  public FabricDesign withPrices(FabricPriceList newPrices) {
    return toBuilder().prices(newPrices).build();
  }

  /**
   * Returns a copy that is, or is not, rail-optimised.
   *
   * @param rails whether NIC i of every server goes to rail i
   * @param serverGpus GPUs per server, in [1, 1024]
   * @return the new design
   * @throws IllegalArgumentException if {@code serverGpus} is out of range
   */
  public FabricDesign withRails(boolean rails, int serverGpus) {
    return toBuilder().railOptimised(rails).gpusPerServer(serverGpus).build();
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

  /** Validates a deserialised design through the constructor. */
  private Object readResolve() {
    return toBuilder().build();
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof FabricDesign other
        && nicsPerGpu == other.nicsPerGpu
        && nicSpeed.equals(other.nicSpeed)
        && switchRadix == other.switchRadix
        && tiers == other.tiers
        && Double.compare(oversubscription, other.oversubscription) == 0
        && railOptimised == other.railOptimised
        && gpusPerServer == other.gpusPerServer
        && prices.equals(other.prices);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        nicsPerGpu,
        nicSpeed,
        switchRadix,
        tiers,
        oversubscription,
        railOptimised,
        gpusPerServer,
        prices);
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

  /**
   * A builder of {@link FabricDesign}. Not thread-safe. {@link #build()} checks every field and
   * fails with {@link IllegalStateException} naming a required field that was not set (nicSpeed,
   * switchRadix, prices).
   */
  public static final class Builder {
    private int nicsPerGpu = 1;
    private @Nullable Bandwidth nicSpeed;
    private int switchRadix;
    private boolean switchRadixSet;
    private int tiers = SMALLEST_THAT_FITS;
    private double oversubscription = 1;
    private boolean railOptimised;
    private int gpusPerServer = 8;
    private @Nullable FabricPriceList prices;

    private Builder() {}

    /**
     * Sets the back-end NICs per GPU; the default is 1.
     *
     * @param value NICs per GPU, in [1, 64] (checked by {@link #build()})
     * @return this builder
     */
    public Builder nicsPerGpu(int value) {
      this.nicsPerGpu = value;
      return this;
    }

    /**
     * Sets the speed of each NIC and switch port (required).
     *
     * @param value the speed
     * @return this builder
     */
    public Builder nicSpeed(Bandwidth value) {
      this.nicSpeed = Checks.notNull(value, "nicSpeed");
      return this;
    }

    /**
     * Sets the ports per switch at the NIC speed (required).
     *
     * @param value even and in [4, 65536] (checked by {@link #build()})
     * @return this builder
     */
    public Builder switchRadix(int value) {
      this.switchRadix = value;
      this.switchRadixSet = true;
      return this;
    }

    /**
     * Sets the tiers; the default is {@link #SMALLEST_THAT_FITS}.
     *
     * @param value 2, 3 or {@link #SMALLEST_THAT_FITS} (checked by {@link #build()})
     * @return this builder
     */
    public Builder tiers(int value) {
      this.tiers = value;
      return this;
    }

    /**
     * Sets the oversubscription at the leaves; the default is 1 (non-blocking).
     *
     * @param value leaf downlinks per uplink, at least 1 (checked by {@link #build()})
     * @return this builder
     */
    public Builder oversubscription(double value) {
      this.oversubscription = value;
      return this;
    }

    /**
     * Sets whether NIC i of every server goes to rail i; the default is false.
     *
     * @param value whether the fabric is rail-optimised
     * @return this builder
     */
    public Builder railOptimised(boolean value) {
      this.railOptimised = value;
      return this;
    }

    /**
     * Sets the GPUs per server; the default is 8.
     *
     * @param value GPUs per server, in [1, 1024] (checked by {@link #build()})
     * @return this builder
     */
    public Builder gpusPerServer(int value) {
      this.gpusPerServer = value;
      return this;
    }

    /**
     * Sets the prices and power of the devices (required).
     *
     * @param value the price list
     * @return this builder
     */
    public Builder prices(FabricPriceList value) {
      this.prices = Checks.notNull(value, "prices");
      return this;
    }

    /**
     * Builds the design.
     *
     * @return the design
     * @throws IllegalStateException if the NIC speed, the radix or the prices were not set
     * @throws IllegalArgumentException if a number breaks its rule (the message names the field,
     *     the rule and the value)
     */
    public FabricDesign build() {
      if (!switchRadixSet) {
        throw new IllegalStateException("FabricDesign.switchRadix was not set");
      }
      return new FabricDesign(
          nicsPerGpu,
          Checks.requireSet(nicSpeed, "FabricDesign.nicSpeed"),
          switchRadix,
          tiers,
          oversubscription,
          railOptimised,
          gpusPerServer,
          Checks.requireSet(prices, "FabricDesign.prices"));
    }
  }
}
