package dev.netroi;

import dev.netroi.internal.Checks;
import dev.netroi.internal.Decimals;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A fleet of identical GPUs: the GPU model, how many, the unit price, and optionally the sold
 * utilisation (the share of GPU time that is actually sold).
 *
 * <p>Per-GPU figures do not depend on the count; fleet totals are per-GPU figures times {@link
 * #count()}. When a sold utilisation is present, <b>realised annual value</b> is multiplied by it.
 *
 * <p>Its {@linkplain HasInputs inputs} are {@code count} (a whole number), {@code unitPrice} (an
 * amount in the price's currency) and, when the fleet has one, {@code soldUtilisation}.
 *
 * <p>{@code toString()} reads {@code GpuFleet[H100 x 1,024 @ USD 30000.00]}. Value-based, immutable
 * and thread-safe.
 */
public final class GpuFleet implements HasInputs<GpuFleet>, Serializable {

  private static final long serialVersionUID = 1L;

  private static final String COUNT = "count";
  private static final String UNIT_PRICE = "unitPrice";
  private static final String SOLD_UTILISATION = "soldUtilisation";
  private static final Set<String> INPUTS = Set.of(COUNT, UNIT_PRICE);

  /** The head of a fleet's paths in a scenario, which its messages name. */
  private static final String HEAD = "fleet.";

  private static final Set<String> INPUTS_WITH_UTILISATION =
      Set.of(COUNT, UNIT_PRICE, SOLD_UTILISATION);

  /**
   * The most GPUs a fleet has: 2<sup>53</sup> = 9,007,199,254,740,992, the largest count that its
   * input path ({@code fleet.count}, a double) holds exactly, so that every fleet reads and writes
   * back through its path unchanged.
   */
  public static final long MAX_COUNT = 1L << 53;

  private final String gpuModel;
  private final long count;
  private final CurrencyAmount unitPrice;
  private final double soldUtilisation; // NaN when absent

  private GpuFleet(String gpuModel, long count, CurrencyAmount unitPrice, double soldUtilisation) {
    Checks.notNull(gpuModel, "gpuModel");
    Checks.notNull(unitPrice, HEAD + UNIT_PRICE);
    this.gpuModel = Checks.notBlank(gpuModel, "gpuModel");
    this.count = Checks.positive(count, HEAD + COUNT);
    if (count > MAX_COUNT) {
      throw new IllegalArgumentException(
          HEAD
              + COUNT
              + " must be at most "
              + MAX_COUNT
              + " (2^53, the largest count an input value holds exactly) but was "
              + count);
    }
    this.unitPrice = unitPrice;
    Checks.notNegative(unitPrice.amount(), HEAD + UNIT_PRICE);
    this.soldUtilisation = soldUtilisation;
  }

  /**
   * Obtains a fleet without a sold utilisation.
   *
   * @param gpuModel the GPU model name, such as {@code "H100"}, not blank
   * @param count the number of GPUs, in [1, {@link #MAX_COUNT}]
   * @param unitPrice the price of one GPU, not negative
   * @return the fleet
   * @throws IllegalArgumentException if {@code gpuModel} is blank, {@code count} is out of range or
   *     {@code unitPrice} is negative
   */
  public static GpuFleet of(String gpuModel, long count, CurrencyAmount unitPrice) {
    return new GpuFleet(gpuModel, count, unitPrice, Double.NaN);
  }

  /**
   * Returns a copy of this fleet with a sold utilisation.
   *
   * @param utilisation the share of GPU time sold, in [0, 1]
   * @return the new fleet
   * @throws IllegalArgumentException if {@code utilisation} is outside [0, 1] or NaN
   */
  public GpuFleet withSoldUtilisation(double utilisation) {
    // + 0.0 folds -0.0 into 0.0, so that equal utilisations make equal fleets
    return new GpuFleet(
        gpuModel, count, unitPrice, Checks.fraction(utilisation, HEAD + SOLD_UTILISATION) + 0.0);
  }

  /**
   * Returns a copy of this fleet with another price per GPU, the other fields unchanged.
   *
   * @param newUnitPrice the price of one GPU, not negative
   * @return the new fleet
   * @throws IllegalArgumentException if {@code newUnitPrice} is negative
   */
  public GpuFleet withUnitPrice(CurrencyAmount newUnitPrice) {
    return new GpuFleet(gpuModel, count, newUnitPrice, soldUtilisation);
  }

  /**
   * Returns a copy of this fleet with another GPU count.
   *
   * @param newCount the number of GPUs, positive
   * @return the new fleet
   * @throws IllegalArgumentException if {@code newCount} is not positive
   */
  public GpuFleet withCount(long newCount) {
    return new GpuFleet(gpuModel, newCount, unitPrice, soldUtilisation);
  }

  /**
   * Returns the GPU model name.
   *
   * @return the model name, not blank
   */
  public String gpuModel() {
    return gpuModel;
  }

  /**
   * Returns the number of GPUs.
   *
   * @return the count, positive
   */
  public long count() {
    return count;
  }

  /**
   * Returns the price of one GPU.
   *
   * @return the unit price, not negative
   */
  public CurrencyAmount unitPrice() {
    return unitPrice;
  }

  /**
   * Returns the share of GPU time that is sold, if the fleet has one.
   *
   * @return the sold utilisation in [0, 1], or empty
   */
  public OptionalDouble soldUtilisation() {
    return Double.isNaN(soldUtilisation)
        ? OptionalDouble.empty()
        : OptionalDouble.of(soldUtilisation);
  }

  @Override
  public Set<String> inputNames() {
    return Double.isNaN(soldUtilisation) ? INPUTS : INPUTS_WITH_UTILISATION;
  }

  @Override
  public double input(String name) {
    return switch (Checks.knownInput(name, inputNames(), this)) {
      case COUNT -> count;
      case UNIT_PRICE -> unitPrice.amount();
      default -> soldUtilisation;
    };
  }

  @Override
  public InputRule inputRule(String name) {
    return switch (Checks.knownInput(name, inputNames(), this)) {
      case COUNT -> InputRule.range(0, MAX_COUNT).wholeNumbers();
      case UNIT_PRICE -> InputRule.notNegative();
      default -> InputRule.fraction();
    };
  }

  @Override
  public GpuFleet withInput(String name, double value) {
    return switch (Checks.knownInput(name, inputNames(), this)) {
      case COUNT -> withCount(Checks.wholeNumber(value, HEAD + COUNT));
      case UNIT_PRICE ->
          new GpuFleet(
              gpuModel,
              count,
              CurrencyAmount.of(unitPrice.currency(), Checks.finite(value, HEAD + UNIT_PRICE)),
              soldUtilisation);
      default -> withSoldUtilisation(value);
    };
  }

  @Override
  public boolean isWholeNumber(String name) {
    return Checks.notNull(name, "name").equals(COUNT);
  }

  /** Validates a deserialised fleet through the constructor, so its rules cannot be bypassed. */
  private Object readResolve() {
    GpuFleet checked = new GpuFleet(gpuModel, count, unitPrice, Double.NaN);
    return Double.isNaN(soldUtilisation) ? checked : checked.withSoldUtilisation(soldUtilisation);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof GpuFleet other
        && gpuModel.equals(other.gpuModel)
        && count == other.count
        && unitPrice.equals(other.unitPrice)
        && Double.compare(soldUtilisation, other.soldUtilisation) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(gpuModel, count, unitPrice, soldUtilisation);
  }

  /**
   * Returns a short form, such as {@code GpuFleet[H100 x 1,024 @ USD 30000.00]} or {@code
   * GpuFleet[H100 x 1,024 @ USD 30000.00, sold 0.85]}.
   *
   * @return the short form
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "GpuFleet[%s x %,d @ %s", gpuModel, count, unitPrice)
        + (Double.isNaN(soldUtilisation) ? "" : ", sold " + Decimals.plain(soldUtilisation))
        + "]";
  }
}
