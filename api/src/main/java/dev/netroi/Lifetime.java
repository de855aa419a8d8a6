package dev.netroi;

import dev.netroi.internal.Checks;
import dev.netroi.internal.Decimals;
import java.io.InvalidObjectException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The lifetime terms of a scenario: the horizon and discount rate of the investment, the GPUs'
 * depreciation and power, and the price of energy and hosting. A scenario with these terms ({@link
 * Scenario.Builder#lifetime(Lifetime)}) has the lifetime measures: TCO, cash flows, NPV, IRR,
 * payback and break-evens; without them those measures fail as missing inputs and every other
 * figure is as before.
 *
 * <p>The network's lifetime cost comes from each option: a {@link NetworkFabric} gives a capex per
 * GPU paid in year 0, depreciated over the fabric's life, with annual support and the power of its
 * devices; an option without a fabric pays its {@link NetworkOption#statedAnnualCostPerGpu()} every
 * year, all in (its power included). Revenue is each option's realised annual value per GPU (price
 * x throughput factor x sold utilisation), times {@link #firstYearRamp()} in year 1.
 *
 * <p>Inputs, as paths of a scenario ({@code lifetime.*}):
 *
 * <table>
 *   <caption>Lifetime inputs</caption>
 *   <tr><th>input</th><th>rule</th><th>default</th></tr>
 *   <tr><td>{@code horizonYears}</td><td>whole, 1 to 100</td><td>required</td></tr>
 *   <tr><td>{@code discountRate}</td><td>in (-1, 10]: above -100 %</td><td>required</td></tr>
 *   <tr><td>{@code gpuWatts}</td><td>not negative</td><td>required</td></tr>
 *   <tr><td>{@code electricityPricePerKwh}</td><td>not negative</td><td>required</td></tr>
 *   <tr><td>{@code gpuLifeYears}</td><td>positive</td><td>the horizon</td></tr>
 *   <tr><td>{@code gpuResidualShare}</td><td>in [0, 1]</td><td>0</td></tr>
 *   <tr><td>{@code pue}</td><td>at least 1</td><td>1.58</td></tr>
 *   <tr><td>{@code hostingPricePerKwMonth}</td><td>not negative</td><td>0</td></tr>
 *   <tr><td>{@code firstYearRamp}</td><td>in [0, 1]</td><td>1</td></tr>
 * </table>
 *
 * <p>Defaults and their sources: the GPUs depreciate over the horizon to nothing (a conservative
 * choice: no resale value is assumed); PUE 1.58 is the industry average of the Uptime Institute
 * Global Data Center Survey 2023; no hosting price is charged (an owned facility, whose running
 * cost is its energy); no ramp (the fleet sells at its utilisation from the first year).
 *
 * <p>Energy and hosting are charged at the full draw of GPUs and fabric devices whatever the
 * utilisation: an idle GPU still draws power and occupies hosted capacity. The GPUs and a fabric
 * are not replaced when their life ends within the horizon; they are then fully depreciated.
 *
 * <p>Money amounts are in the scenario's currency, which {@link Scenario.Builder#build()} checks.
 * Value-based, immutable and thread-safe. Built with {@link #builder()}; changed one field at a
 * time with the {@code with...} methods, such as {@link #withDiscountRate(double)}. A message about
 * a broken rule names the field by its path in a scenario, such as {@code "lifetime.horizonYears
 * must be a whole number of years from 1 to 100 but was 0"}.
 */
public final class Lifetime implements HasInputs<Lifetime>, Serializable {

  private static final long serialVersionUID = 1L;

  /** The largest horizon, in years. */
  public static final int MAX_HORIZON_YEARS = 100;

  /** The largest discount rate, 10 (1,000 %): a higher one is a typo. */
  public static final double MAX_DISCOUNT_RATE = 10;

  /** The default PUE: the average of the Uptime Institute Global Data Center Survey 2023. */
  public static final double DEFAULT_PUE = 1.58;

  private static final String HORIZON_YEARS = "horizonYears";
  private static final String DISCOUNT_RATE = "discountRate";
  private static final String GPU_LIFE_YEARS = "gpuLifeYears";
  private static final String GPU_RESIDUAL_SHARE = "gpuResidualShare";
  private static final String GPU_WATTS = "gpuWatts";
  private static final String PUE = "pue";
  private static final String ELECTRICITY_PRICE = "electricityPricePerKwh";
  private static final String HOSTING_PRICE = "hostingPricePerKwMonth";
  private static final String FIRST_YEAR_RAMP = "firstYearRamp";

  /** The head of the lifetime's paths in a scenario, which its messages name. */
  private static final String HEAD = "lifetime.";

  /** The inputs of every lifetime. */
  static final Set<String> NAMES =
      Set.of(
          HORIZON_YEARS,
          DISCOUNT_RATE,
          GPU_LIFE_YEARS,
          GPU_RESIDUAL_SHARE,
          GPU_WATTS,
          PUE,
          ELECTRICITY_PRICE,
          HOSTING_PRICE,
          FIRST_YEAR_RAMP);

  private final int horizonYears;
  private final double discountRate;
  private final double gpuLifeYears;
  private final double gpuResidualShare;
  private final double gpuWatts;
  private final double pue;
  private final CurrencyAmount electricityPricePerKwh;
  private final CurrencyAmount hostingPricePerKwMonth;
  private final double firstYearRamp;

  private static final InputRule HORIZON_RULE =
      InputRule.range(0, MAX_HORIZON_YEARS).wholeNumbers();
  private static final InputRule DISCOUNT_RULE = InputRule.range(-1, MAX_DISCOUNT_RATE);

  private Lifetime(
      int horizonYears,
      double discountRate,
      double gpuLifeYears,
      double gpuResidualShare,
      double gpuWatts,
      double pue,
      CurrencyAmount electricityPricePerKwh,
      CurrencyAmount hostingPricePerKwMonth,
      double firstYearRamp) {
    if (horizonYears < 1 || horizonYears > MAX_HORIZON_YEARS) {
      throw new IllegalArgumentException(
          HEAD
              + HORIZON_YEARS
              + " must be a whole number of years from 1 to "
              + MAX_HORIZON_YEARS
              + " but was "
              + horizonYears);
    }
    Checks.finite(discountRate, HEAD + DISCOUNT_RATE);
    if (!DISCOUNT_RULE.test(discountRate)) {
      throw new IllegalArgumentException(
          HEAD
              + DISCOUNT_RATE
              + " must be above -1 (-100 %) and at most "
              + Decimals.plain(MAX_DISCOUNT_RATE)
              + " but was "
              + Decimals.plain(discountRate));
    }
    Checks.positive(gpuLifeYears, HEAD + GPU_LIFE_YEARS);
    this.gpuResidualShare = Checks.fraction(gpuResidualShare, HEAD + GPU_RESIDUAL_SHARE) + 0.0;
    this.gpuWatts = Checks.notNegative(gpuWatts, HEAD + GPU_WATTS) + 0.0;
    Checks.atLeast(pue, 1, HEAD + PUE);
    Checks.notNull(electricityPricePerKwh, HEAD + ELECTRICITY_PRICE);
    Checks.notNull(hostingPricePerKwMonth, HEAD + HOSTING_PRICE);
    Checks.notNegative(electricityPricePerKwh.amount(), HEAD + ELECTRICITY_PRICE);
    Checks.notNegative(hostingPricePerKwMonth.amount(), HEAD + HOSTING_PRICE);
    if (!electricityPricePerKwh.currency().equals(hostingPricePerKwMonth.currency())) {
      throw new IllegalArgumentException(
          HEAD
              + HOSTING_PRICE
              + " must be in the currency of "
              + HEAD
              + ELECTRICITY_PRICE
              + " ("
              + electricityPricePerKwh.currency()
              + ") but was in "
              + hostingPricePerKwMonth.currency());
    }
    this.horizonYears = horizonYears;
    this.discountRate = discountRate + 0.0;
    this.gpuLifeYears = gpuLifeYears;
    this.pue = pue;
    this.electricityPricePerKwh = electricityPricePerKwh;
    this.hostingPricePerKwMonth = hostingPricePerKwMonth;
    this.firstYearRamp = Checks.fraction(firstYearRamp, HEAD + FIRST_YEAR_RAMP) + 0.0;
  }

  /**
   * Returns a builder with the defaults of the class Javadoc; the horizon, the discount rate, the
   * watts per GPU and the electricity price must be set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding these terms.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder()
        .horizonYears(horizonYears)
        .discountRate(discountRate)
        .gpuLifeYears(gpuLifeYears)
        .gpuResidualShare(gpuResidualShare)
        .gpuWatts(gpuWatts)
        .pue(pue)
        .electricityPricePerKwh(electricityPricePerKwh)
        .hostingPricePerKwMonth(hostingPricePerKwMonth)
        .firstYearRamp(firstYearRamp);
  }

  /**
   * Returns the years the investment is compared over.
   *
   * @return the horizon
   */
  public int horizonYears() {
    return horizonYears;
  }

  /**
   * Returns a copy with another value of the horizon, the other fields unchanged.
   *
   * @param horizonYears the years, 1 to 100
   * @return the new terms
   * @throws IllegalArgumentException if the value breaks its rule
   */
  public Lifetime withHorizonYears(int horizonYears) {
    return toBuilder().horizonYears(horizonYears).build();
  }

  /**
   * Returns the annual discount rate, such as 0.08.
   *
   * @return the discount rate
   */
  public double discountRate() {
    return discountRate;
  }

  /**
   * Returns a copy with another value of the discount rate, the other fields unchanged.
   *
   * @param discountRate the rate, in (-1, 10]
   * @return the new terms
   * @throws IllegalArgumentException if the value breaks its rule
   */
  public Lifetime withDiscountRate(double discountRate) {
    return toBuilder().discountRate(discountRate).build();
  }

  /**
   * Returns the straight-line depreciation life of the GPUs, in years.
   *
   * @return the GPUs' depreciation life
   */
  public double gpuLifeYears() {
    return gpuLifeYears;
  }

  /**
   * Returns a copy with another value of the GPUs' depreciation life, the other fields unchanged.
   *
   * @param gpuLifeYears the life in years, positive
   * @return the new terms
   * @throws IllegalArgumentException if the value breaks its rule
   */
  public Lifetime withGpuLifeYears(double gpuLifeYears) {
    return toBuilder().gpuLifeYears(gpuLifeYears).build();
  }

  /**
   * Returns the GPUs' value at the end of their life, as a share of {@code fleet.unitPrice}.
   *
   * @return the GPUs' residual share
   */
  public double gpuResidualShare() {
    return gpuResidualShare;
  }

  /**
   * Returns a copy with another value of the GPUs' residual share, the other fields unchanged.
   *
   * @param gpuResidualShare the share, in [0, 1]
   * @return the new terms
   * @throws IllegalArgumentException if the value breaks its rule
   */
  public Lifetime withGpuResidualShare(double gpuResidualShare) {
    return toBuilder().gpuResidualShare(gpuResidualShare).build();
  }

  /**
   * Returns the power drawn per GPU, its share of the server included, in watts.
   *
   * @return the watts per GPU
   */
  public double gpuWatts() {
    return gpuWatts;
  }

  /**
   * Returns a copy with another value of the watts per GPU, the other fields unchanged.
   *
   * @param gpuWatts the watts, not negative
   * @return the new terms
   * @throws IllegalArgumentException if the value breaks its rule
   */
  public Lifetime withGpuWatts(double gpuWatts) {
    return toBuilder().gpuWatts(gpuWatts).build();
  }

  /**
   * Returns the facility's power usage effectiveness (facility energy / IT energy).
   *
   * @return the PUE
   */
  public double pue() {
    return pue;
  }

  /**
   * Returns a copy with another value of the PUE, the other fields unchanged.
   *
   * @param pue the PUE, at least 1
   * @return the new terms
   * @throws IllegalArgumentException if the value breaks its rule
   */
  public Lifetime withPue(double pue) {
    return toBuilder().pue(pue).build();
  }

  /**
   * Returns the price of one kWh of facility energy.
   *
   * @return the energy price
   */
  public CurrencyAmount electricityPricePerKwh() {
    return electricityPricePerKwh;
  }

  /**
   * Returns a copy with another value of the energy price, the other fields unchanged.
   *
   * @param electricityPricePerKwh the price, not negative, in the currency of the hosting price
   * @return the new terms
   * @throws IllegalArgumentException if the value breaks its rule
   */
  public Lifetime withElectricityPricePerKwh(CurrencyAmount electricityPricePerKwh) {
    return toBuilder().electricityPricePerKwh(electricityPricePerKwh).build();
  }

  /**
   * Returns the price of one kW of IT power per month (colocation).
   *
   * @return the hosting price
   */
  public CurrencyAmount hostingPricePerKwMonth() {
    return hostingPricePerKwMonth;
  }

  /**
   * Returns a copy with another value of the hosting price, the other fields unchanged.
   *
   * @param hostingPricePerKwMonth the price, not negative, in the currency of the energy price
   * @return the new terms
   * @throws IllegalArgumentException if the value breaks its rule
   */
  public Lifetime withHostingPricePerKwMonth(CurrencyAmount hostingPricePerKwMonth) {
    return toBuilder().hostingPricePerKwMonth(hostingPricePerKwMonth).build();
  }

  /**
   * Returns the share of the sold utilisation reached in year 1.
   *
   * @return the first year's ramp
   */
  public double firstYearRamp() {
    return firstYearRamp;
  }

  /**
   * Returns a copy with another value of the first year's ramp, the other fields unchanged.
   *
   * @param firstYearRamp the share, in [0, 1]
   * @return the new terms
   * @throws IllegalArgumentException if the value breaks its rule
   */
  public Lifetime withFirstYearRamp(double firstYearRamp) {
    return toBuilder().firstYearRamp(firstYearRamp).build();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Lifetime other
        && horizonYears == other.horizonYears
        && Double.compare(discountRate, other.discountRate) == 0
        && Double.compare(gpuLifeYears, other.gpuLifeYears) == 0
        && Double.compare(gpuResidualShare, other.gpuResidualShare) == 0
        && Double.compare(gpuWatts, other.gpuWatts) == 0
        && Double.compare(pue, other.pue) == 0
        && electricityPricePerKwh.equals(other.electricityPricePerKwh)
        && hostingPricePerKwMonth.equals(other.hostingPricePerKwMonth)
        && Double.compare(firstYearRamp, other.firstYearRamp) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        horizonYears,
        discountRate,
        gpuLifeYears,
        gpuResidualShare,
        gpuWatts,
        pue,
        electricityPricePerKwh,
        hostingPricePerKwMonth,
        firstYearRamp);
  }

  /**
   * Deserialisation goes through the same checks as the builder; a broken rule is an {@link
   * InvalidObjectException} with the check's message, as a record's canonical constructor gives.
   */
  private Object readResolve() throws InvalidObjectException {
    try {
      return new Lifetime(
          horizonYears,
          discountRate,
          gpuLifeYears,
          gpuResidualShare,
          gpuWatts,
          pue,
          electricityPricePerKwh,
          hostingPricePerKwMonth,
          firstYearRamp);
    } catch (IllegalArgumentException | NullPointerException e) {
      InvalidObjectException invalid = new InvalidObjectException(e.getMessage());
      invalid.initCause(e);
      throw invalid;
    }
  }

  /**
   * Returns the currency of the prices.
   *
   * @return the currency
   */
  public java.util.Currency currency() {
    return electricityPricePerKwh.currency();
  }

  @Override
  public Set<String> inputNames() {
    return NAMES;
  }

  @Override
  public double input(String name) {
    return switch (Checks.knownInput(name, inputNames(), this)) {
      case HORIZON_YEARS -> horizonYears;
      case DISCOUNT_RATE -> discountRate;
      case GPU_LIFE_YEARS -> gpuLifeYears;
      case GPU_RESIDUAL_SHARE -> gpuResidualShare;
      case GPU_WATTS -> gpuWatts;
      case PUE -> pue;
      case ELECTRICITY_PRICE -> electricityPricePerKwh.amount();
      case HOSTING_PRICE -> hostingPricePerKwMonth.amount();
      default -> firstYearRamp;
    };
  }

  @Override
  public InputRule inputRule(String name) {
    return switch (Checks.knownInput(name, inputNames(), this)) {
      case HORIZON_YEARS -> HORIZON_RULE;
      case DISCOUNT_RATE -> DISCOUNT_RULE;
      case GPU_LIFE_YEARS -> InputRule.positive();
      case GPU_RESIDUAL_SHARE, FIRST_YEAR_RAMP -> InputRule.fraction();
      case PUE -> InputRule.atLeast(1);
      default -> InputRule.notNegative();
    };
  }

  @Override
  public boolean isWholeNumber(String name) {
    return Checks.notNull(name, "name").equals(HORIZON_YEARS);
  }

  @Override
  public Lifetime withInput(String name, double value) {
    Builder b = toBuilder();
    switch (Checks.knownInput(name, inputNames(), this)) {
      case HORIZON_YEARS -> b.horizonYears(horizon(value));
      case DISCOUNT_RATE -> b.discountRate(value);
      case GPU_LIFE_YEARS -> b.gpuLifeYears(value);
      case GPU_RESIDUAL_SHARE -> b.gpuResidualShare(value);
      case GPU_WATTS -> b.gpuWatts(value);
      case PUE -> b.pue(value);
      case ELECTRICITY_PRICE ->
          b.electricityPricePerKwh(
              CurrencyAmount.of(currency(), Checks.finite(value, HEAD + ELECTRICITY_PRICE)));
      case HOSTING_PRICE ->
          b.hostingPricePerKwMonth(
              CurrencyAmount.of(currency(), Checks.finite(value, HEAD + HOSTING_PRICE)));
      default -> b.firstYearRamp(value);
    }
    return b.build();
  }

  private static int horizon(double value) {
    long years = Checks.wholeNumber(value, HEAD + HORIZON_YEARS);
    if (years < 1 || years > MAX_HORIZON_YEARS) {
      throw new IllegalArgumentException(
          HEAD
              + HORIZON_YEARS
              + " must be a whole number of years from 1 to "
              + MAX_HORIZON_YEARS
              + " but was "
              + years);
    }
    return (int) years;
  }

  /**
   * Returns a short form, such as {@code Lifetime[5 years at 8 %, GPUs 700 W over 5 years to 0, PUE
   * 1.3, USD 0.08 per kWh, hosting USD 0.00 per kW-month, year-1 ramp 1]}.
   *
   * @return the short form
   */
  @Override
  public String toString() {
    return "Lifetime["
        + horizonYears
        + " years at "
        + BigDecimal.valueOf(discountRate).movePointRight(2).stripTrailingZeros().toPlainString()
        + " %, GPUs "
        + Decimals.plain(gpuWatts)
        + " W over "
        + Decimals.plain(gpuLifeYears)
        + " years to "
        + Decimals.plain(gpuResidualShare)
        + ", PUE "
        + Decimals.plain(pue)
        + ", "
        + currency().getCurrencyCode()
        + " "
        + Decimals.plain(electricityPricePerKwh.amount())
        + " per kWh, hosting "
        + currency().getCurrencyCode()
        + " "
        + Decimals.plain(hostingPricePerKwMonth.amount())
        + " per kW-month, year-1 ramp "
        + Decimals.plain(firstYearRamp)
        + "]";
  }

  /**
   * A builder of {@link Lifetime}. Not thread-safe. {@link #build()} fails with {@link
   * IllegalStateException} naming a required field that was not set.
   */
  public static final class Builder {

    private @Nullable Integer horizonYears;
    private @Nullable Double discountRate;
    private @Nullable Double gpuLifeYears;
    private double gpuResidualShare;
    private @Nullable Double gpuWatts;
    private double pue = DEFAULT_PUE;
    private @Nullable CurrencyAmount electricityPricePerKwh;
    private @Nullable CurrencyAmount hostingPricePerKwMonth;
    private double firstYearRamp = 1;

    private Builder() {}

    /**
     * Sets the horizon (required).
     *
     * @param years the years the investment is compared over, 1 to 100
     * @return this builder
     */
    public Builder horizonYears(int years) {
      this.horizonYears = years;
      return this;
    }

    /**
     * Sets the annual discount rate (required), such as your cost of capital.
     *
     * @param rate the rate, such as 0.08 for 8 %, in (-1, 10]
     * @return this builder
     */
    public Builder discountRate(double rate) {
      this.discountRate = rate;
      return this;
    }

    /**
     * Sets the GPUs' straight-line depreciation life; by default the horizon, fixed when the terms
     * are built (changing {@code lifetime.horizonYears} by path later keeps the life).
     *
     * @param years the life in years, positive
     * @return this builder
     */
    public Builder gpuLifeYears(double years) {
      this.gpuLifeYears = years;
      return this;
    }

    /**
     * Sets the GPUs' value at the end of their life as a share of their price; by default 0.
     *
     * @param share the share, in [0, 1]
     * @return this builder
     */
    public Builder gpuResidualShare(double share) {
      this.gpuResidualShare = share;
      return this;
    }

    /**
     * Sets the power drawn per GPU, its share of the server included (required): 700 W is the H100
     * SXM's maximum, and a DGX H100 draws up to 10.2 kW for 8 GPUs, 1,275 W per GPU.
     *
     * @param watts the watts, not negative
     * @return this builder
     */
    public Builder gpuWatts(double watts) {
      this.gpuWatts = watts;
      return this;
    }

    /**
     * Sets the power usage effectiveness; by default {@link #DEFAULT_PUE}.
     *
     * @param pue facility energy / IT energy, at least 1
     * @return this builder
     */
    public Builder pue(double pue) {
      this.pue = pue;
      return this;
    }

    /**
     * Sets the price of one kWh of facility energy (required).
     *
     * @param price the price, not negative, in the scenario's currency
     * @return this builder
     */
    public Builder electricityPricePerKwh(CurrencyAmount price) {
      this.electricityPricePerKwh = Checks.notNull(price, HEAD + ELECTRICITY_PRICE);
      return this;
    }

    /**
     * Sets the price of one kW of IT power per month, as colocation is priced; by default zero.
     *
     * @param price the price, not negative, in the scenario's currency
     * @return this builder
     */
    public Builder hostingPricePerKwMonth(CurrencyAmount price) {
      this.hostingPricePerKwMonth = Checks.notNull(price, HEAD + HOSTING_PRICE);
      return this;
    }

    /**
     * Sets the share of the sold utilisation reached in year 1; by default 1 (no ramp).
     *
     * @param share the share, in [0, 1]
     * @return this builder
     */
    public Builder firstYearRamp(double share) {
      this.firstYearRamp = share;
      return this;
    }

    /**
     * Builds the terms.
     *
     * @return the terms
     * @throws IllegalStateException if the horizon, the discount rate, the watts per GPU or the
     *     electricity price is not set, such as {@code "Lifetime.horizonYears was not set"}
     * @throws IllegalArgumentException if a value breaks its rule
     */
    public Lifetime build() {
      int horizon = Checks.requireSet(horizonYears, "Lifetime." + HORIZON_YEARS);
      CurrencyAmount energy =
          Checks.requireSet(electricityPricePerKwh, "Lifetime." + ELECTRICITY_PRICE);
      return new Lifetime(
          horizon,
          Checks.requireSet(discountRate, "Lifetime." + DISCOUNT_RATE),
          gpuLifeYears == null ? horizon : gpuLifeYears,
          gpuResidualShare,
          Checks.requireSet(gpuWatts, "Lifetime." + GPU_WATTS),
          pue,
          energy,
          hostingPricePerKwMonth == null
              ? CurrencyAmount.zero(energy.currency())
              : hostingPricePerKwMonth,
          firstYearRamp);
    }
  }
}
