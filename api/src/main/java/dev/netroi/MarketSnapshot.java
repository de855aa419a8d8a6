package dev.netroi;

import dev.netroi.internal.Checks;
import java.io.Serializable;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Market facts for the network-cost-per-GPU analysis: a vendor's annualised networking run rate,
 * the installed base of active GPUs, GPUs sold in the last quarter, and average selling prices.
 *
 * <p>The reference analysis divides the run rate by the whole installed base ($13B / 3.3M =
 * $3,939.39 per active GPU a year) and compares it with the blended ASP (18.15 %). The run rate is
 * mostly new hardware sales, so the same figures also give the one-time network spend per GPU sold
 * in a quarter ($13B / 4 / 608,000 = $5,345.39).
 *
 * <p>Its {@linkplain HasInputs inputs} are {@code networkRunRate}, {@code blendedAsp} and {@code
 * modelAsp} (amounts in the snapshot's currency) and the counts {@code activeGpus} and {@code
 * gpusSoldLastQuarter} (whole numbers).
 *
 * <p>Obtain one with {@link #builder()}. Value-based, immutable and thread-safe.
 *
 * @param label where the figures come from, such as {@code "vendor, quarter ending 2024-01-28"}
 * @param networkRunRate the networking annualised run rate (per year), positive
 * @param activeGpus the installed base of active GPUs, positive
 * @param gpusSoldLastQuarter the GPUs sold in the last quarter, positive
 * @param blendedAsp the blended average selling price of a GPU, positive
 * @param gpuModel the GPU model whose ASP is {@code modelAsp}, such as {@code "H100"}
 * @param modelAsp the average selling price of {@code gpuModel}, positive
 */
public record MarketSnapshot(
    String label,
    CurrencyAmount networkRunRate,
    long activeGpus,
    long gpusSoldLastQuarter,
    CurrencyAmount blendedAsp,
    String gpuModel,
    CurrencyAmount modelAsp)
    implements HasInputs<MarketSnapshot>, Serializable {

  private static final long serialVersionUID = 1L;

  private static final String NETWORK_RUN_RATE = "networkRunRate";
  private static final String ACTIVE_GPUS = "activeGpus";
  private static final String GPUS_SOLD_LAST_QUARTER = "gpusSoldLastQuarter";
  private static final String BLENDED_ASP = "blendedAsp";
  private static final String MODEL_ASP = "modelAsp";
  private static final Set<String> INPUTS =
      Set.of(NETWORK_RUN_RATE, ACTIVE_GPUS, GPUS_SOLD_LAST_QUARTER, BLENDED_ASP, MODEL_ASP);

  /**
   * Validates the components.
   *
   * @param label where the figures come from, such as {@code "vendor, quarter ending 2024-01-28"}
   * @param networkRunRate the networking annualised run rate (per year), positive
   * @param activeGpus the installed base of active GPUs, positive
   * @param gpusSoldLastQuarter the GPUs sold in the last quarter, positive
   * @param blendedAsp the blended average selling price of a GPU, positive
   * @param gpuModel the GPU model whose ASP is {@code modelAsp}, such as {@code "H100"}
   * @param modelAsp the average selling price of {@code gpuModel}, positive
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a text is blank or a number or amount is not positive
   * @throws CurrencyMismatchException if the amounts are not all in one currency
   */
  public MarketSnapshot {
    Checks.notBlank(label, "label");
    Checks.notNull(networkRunRate, "market.networkRunRate");
    Checks.positive(networkRunRate.amount(), "market.networkRunRate");
    Checks.positive(activeGpus, "market.activeGpus");
    Checks.positive(gpusSoldLastQuarter, "market.gpusSoldLastQuarter");
    Checks.notNull(blendedAsp, "market.blendedAsp");
    Checks.positive(blendedAsp.amount(), "market.blendedAsp");
    Checks.notBlank(gpuModel, "gpuModel");
    Checks.notNull(modelAsp, "market.modelAsp");
    Checks.positive(modelAsp.amount(), "market.modelAsp");
    if (!blendedAsp.currency().equals(networkRunRate.currency())) {
      throw new CurrencyMismatchException(
          networkRunRate.currency(), blendedAsp.currency(), "market.blendedAsp");
    }
    if (!modelAsp.currency().equals(networkRunRate.currency())) {
      throw new CurrencyMismatchException(
          networkRunRate.currency(), modelAsp.currency(), "market.modelAsp");
    }
  }

  /**
   * Returns a new builder; every field must be set before {@link Builder#build()}.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Set<String> inputNames() {
    return INPUTS;
  }

  @Override
  public double input(String name) {
    return switch (Checks.knownInput(name, INPUTS, this)) {
      case NETWORK_RUN_RATE -> networkRunRate.amount();
      case ACTIVE_GPUS -> activeGpus;
      case GPUS_SOLD_LAST_QUARTER -> gpusSoldLastQuarter;
      case BLENDED_ASP -> blendedAsp.amount();
      default -> modelAsp.amount();
    };
  }

  @Override
  public InputRule inputRule(String name) {
    Checks.knownInput(name, INPUTS, this);
    return isWholeNumber(name) ? InputRule.positive().wholeNumbers() : InputRule.positive();
  }

  @Override
  public MarketSnapshot withInput(String name, double value) {
    Checks.knownInput(name, INPUTS, this);
    CurrencyAmount runRate = networkRunRate;
    long active = activeGpus;
    long sold = gpusSoldLastQuarter;
    CurrencyAmount blended = blendedAsp;
    CurrencyAmount model = modelAsp;
    switch (name) {
      case NETWORK_RUN_RATE ->
          runRate = CurrencyAmount.of(runRate.currency(), Checks.finite(value, "market." + name));
      case ACTIVE_GPUS -> active = Checks.wholeNumber(value, "market." + ACTIVE_GPUS);
      case GPUS_SOLD_LAST_QUARTER ->
          sold = Checks.wholeNumber(value, "market." + GPUS_SOLD_LAST_QUARTER);
      case BLENDED_ASP ->
          blended = CurrencyAmount.of(blended.currency(), Checks.finite(value, "market." + name));
      default ->
          model = CurrencyAmount.of(model.currency(), Checks.finite(value, "market." + name));
    }
    return new MarketSnapshot(label, runRate, active, sold, blended, gpuModel, model);
  }

  @Override
  public boolean isWholeNumber(String name) {
    String checked = Checks.notNull(name, "name");
    return checked.equals(ACTIVE_GPUS) || checked.equals(GPUS_SOLD_LAST_QUARTER);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "MarketSnapshot[%s: run rate %s, %,d active GPUs, %,d sold last quarter, blended ASP %s,"
            + " %s ASP %s]",
        label,
        networkRunRate,
        activeGpus,
        gpusSoldLastQuarter,
        blendedAsp,
        gpuModel,
        modelAsp);
  }

  /**
   * A builder of {@link MarketSnapshot}. Not thread-safe; {@link #build()} fails with {@link
   * IllegalStateException} naming the first field that was not set.
   */
  public static final class Builder {
    private @Nullable String label;
    private @Nullable CurrencyAmount networkRunRate;
    private long activeGpus; // 0 until set
    private long gpusSoldLastQuarter; // 0 until set
    private @Nullable CurrencyAmount blendedAsp;
    private @Nullable String gpuModel;
    private @Nullable CurrencyAmount modelAsp;

    private Builder() {}

    /**
     * Sets where the figures come from.
     *
     * @param value the label, not blank
     * @return this builder
     */
    public Builder label(String value) {
      this.label = Checks.notBlank(value, "label");
      return this;
    }

    /**
     * Sets the networking annualised run rate.
     *
     * @param value the run rate per year, positive
     * @return this builder
     */
    public Builder networkRunRate(CurrencyAmount value) {
      this.networkRunRate = Checks.notNull(value, "market.networkRunRate");
      return this;
    }

    /**
     * Sets the installed base of active GPUs.
     *
     * @param value the count, positive
     * @return this builder
     */
    public Builder activeGpus(long value) {
      this.activeGpus = Checks.positive(value, "market.activeGpus");
      return this;
    }

    /**
     * Sets the GPUs sold in the last quarter.
     *
     * @param value the count, positive
     * @return this builder
     */
    public Builder gpusSoldLastQuarter(long value) {
      this.gpusSoldLastQuarter = Checks.positive(value, "market.gpusSoldLastQuarter");
      return this;
    }

    /**
     * Sets the blended average selling price of a GPU.
     *
     * @param value the ASP, positive
     * @return this builder
     */
    public Builder blendedAsp(CurrencyAmount value) {
      this.blendedAsp = Checks.notNull(value, "market.blendedAsp");
      return this;
    }

    /**
     * Sets the average selling price of one GPU model.
     *
     * @param model the GPU model, such as {@code "H100"}, not blank
     * @param value the ASP, positive
     * @return this builder
     */
    public Builder modelAsp(String model, CurrencyAmount value) {
      this.gpuModel = Checks.notBlank(model, "gpuModel");
      this.modelAsp = Checks.notNull(value, "market.modelAsp");
      return this;
    }

    /**
     * Builds the snapshot.
     *
     * @return the snapshot
     * @throws IllegalStateException if a field was not set
     * @throws IllegalArgumentException if a value breaks a rule of {@link MarketSnapshot}
     */
    public MarketSnapshot build() {
      String label = Checks.requireSet(this.label, "MarketSnapshot.label");
      CurrencyAmount runRate = Checks.requireSet(networkRunRate, "MarketSnapshot.networkRunRate");
      Checks.requireSet(activeGpus == 0 ? null : activeGpus, "MarketSnapshot.activeGpus");
      Checks.requireSet(
          gpusSoldLastQuarter == 0 ? null : gpusSoldLastQuarter,
          "MarketSnapshot.gpusSoldLastQuarter");
      CurrencyAmount blended = Checks.requireSet(blendedAsp, "MarketSnapshot.blendedAsp");
      CurrencyAmount model = Checks.requireSet(modelAsp, "MarketSnapshot.modelAsp");
      return new MarketSnapshot(
          label,
          runRate,
          activeGpus,
          gpusSoldLastQuarter,
          blended,
          Checks.requireSet(gpuModel, "MarketSnapshot.modelAsp"),
          model);
    }
  }
}
