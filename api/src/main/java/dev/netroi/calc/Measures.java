package dev.netroi.calc;

import dev.netroi.Bandwidth;
import dev.netroi.CurrencyAmount;
import dev.netroi.internal.Checks;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The measures that netroi's built-in calculators provide. "Candidate" is option A of a {@code
 * Scenario}, "baseline" is option B.
 *
 * <p>The names follow the definitions of the project:
 *
 * <ul>
 *   <li><b>effective bandwidth</b> = port speed x effective-bandwidth fraction;
 *   <li><b>theoretical annual value per GPU</b> = price per GPU-time unit x units in a year;
 *   <li><b>realised annual value</b> = theoretical value x throughput factor (x sold utilisation);
 *   <li><b>value uplift</b> = realised (candidate) - realised (baseline);
 *   <li><b>benefit-cost ratio</b> = uplift / annual network cost of the candidate: what the
 *       reference analysis calls "13x ROI";
 *   <li><b>ROI</b> (textbook) = (uplift - extra cost) / extra cost, where extra cost = cost
 *       (candidate) - cost (baseline);
 *   <li><b>net benefit</b> = uplift - extra cost.
 * </ul>
 *
 * <p>{@link #of(String)} finds a measure by name. Immutable and thread-safe.
 */
public final class Measures {

  private static final Map<String, Measure<?>> BY_NAME = new LinkedHashMap<>();

  /** Effective bandwidth of the candidate = port speed x effective-bandwidth fraction. */
  public static final Measure<Bandwidth> EFFECTIVE_BANDWIDTH_CANDIDATE =
      register(
          "EffectiveBandwidthCandidate",
          Bandwidth.class,
          MeasureUnit.BANDWIDTH,
          "Effective bandwidth of the candidate option: port speed x effective-bandwidth fraction.");

  /** Effective bandwidth of the baseline = port speed x effective-bandwidth fraction. */
  public static final Measure<Bandwidth> EFFECTIVE_BANDWIDTH_BASELINE =
      register(
          "EffectiveBandwidthBaseline",
          Bandwidth.class,
          MeasureUnit.BANDWIDTH,
          "Effective bandwidth of the baseline option: port speed x effective-bandwidth fraction.");

  /** Throughput factor of the candidate under the scenario's throughput model. */
  public static final Measure<Double> THROUGHPUT_FACTOR_CANDIDATE =
      register(
          "ThroughputFactorCandidate",
          Double.class,
          MeasureUnit.FACTOR,
          "Share of theoretical GPU-time value realised on the candidate network.");

  /** Throughput factor of the baseline under the scenario's throughput model. */
  public static final Measure<Double> THROUGHPUT_FACTOR_BASELINE =
      register(
          "ThroughputFactorBaseline",
          Double.class,
          MeasureUnit.FACTOR,
          "Share of theoretical GPU-time value realised on the baseline network.");

  /** Throughput speed-up of the candidate over the baseline = factor (A) / factor (B). */
  public static final Measure<Double> THROUGHPUT_SPEEDUP =
      register(
          "ThroughputSpeedup",
          Double.class,
          MeasureUnit.MULTIPLE,
          "How much more work the fleet sells on the candidate than on the baseline.");

  /** Theoretical annual value per GPU = price per GPU-time unit x units in a year. */
  public static final Measure<CurrencyAmount> THEORETICAL_ANNUAL_VALUE_PER_GPU =
      register(
          "TheoreticalAnnualValuePerGpu",
          CurrencyAmount.class,
          MeasureUnit.MONEY_PER_GPU_YEAR,
          "GPU-time value of one GPU sold every minute of the year at the scenario's price.");

  /** Realised annual value per GPU on the candidate network. */
  public static final Measure<CurrencyAmount> REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE =
      register(
          "RealisedAnnualValuePerGpuCandidate",
          CurrencyAmount.class,
          MeasureUnit.MONEY_PER_GPU_YEAR,
          "Theoretical value x throughput factor (x sold utilisation) on the candidate network.");

  /** Realised annual value per GPU on the baseline network. */
  public static final Measure<CurrencyAmount> REALISED_ANNUAL_VALUE_PER_GPU_BASELINE =
      register(
          "RealisedAnnualValuePerGpuBaseline",
          CurrencyAmount.class,
          MeasureUnit.MONEY_PER_GPU_YEAR,
          "Theoretical value x throughput factor (x sold utilisation) on the baseline network.");

  /** Value uplift per GPU = realised (candidate) - realised (baseline). */
  public static final Measure<CurrencyAmount> VALUE_UPLIFT_PER_GPU =
      register(
          "ValueUpliftPerGpu",
          CurrencyAmount.class,
          MeasureUnit.MONEY_PER_GPU_YEAR,
          "Realised annual value per GPU on the candidate less that on the baseline.");

  /** Annual network cost per GPU of the candidate. */
  public static final Measure<CurrencyAmount> NETWORK_COST_PER_GPU_CANDIDATE =
      register(
          "NetworkCostPerGpuCandidate",
          CurrencyAmount.class,
          MeasureUnit.MONEY_PER_GPU_YEAR,
          "Annual network cost per GPU of the candidate option.");

  /** Annual network cost per GPU of the baseline. */
  public static final Measure<CurrencyAmount> NETWORK_COST_PER_GPU_BASELINE =
      register(
          "NetworkCostPerGpuBaseline",
          CurrencyAmount.class,
          MeasureUnit.MONEY_PER_GPU_YEAR,
          "Annual network cost per GPU of the baseline option.");

  /** Extra annual network cost per GPU = cost (candidate) - cost (baseline). */
  public static final Measure<CurrencyAmount> EXTRA_NETWORK_COST_PER_GPU =
      register(
          "ExtraNetworkCostPerGpu",
          CurrencyAmount.class,
          MeasureUnit.MONEY_PER_GPU_YEAR,
          "Annual network cost per GPU of the candidate less that of the baseline.");

  /** Benefit-cost ratio = uplift / annual network cost of the candidate (the reference's "ROI"). */
  public static final Measure<Double> BENEFIT_COST_RATIO =
      register(
          "BenefitCostRatio",
          Double.class,
          MeasureUnit.MULTIPLE,
          "Value uplift per GPU / annual network cost per GPU of the candidate"
              + " (what the reference analysis calls ROI).");

  /** Net benefit per GPU = uplift - extra network cost. */
  public static final Measure<CurrencyAmount> NET_BENEFIT_PER_GPU =
      register(
          "NetBenefitPerGpu",
          CurrencyAmount.class,
          MeasureUnit.MONEY_PER_GPU_YEAR,
          "Value uplift per GPU less the extra annual network cost per GPU.");

  /** Textbook ROI = (uplift - extra cost) / extra cost. */
  public static final Measure<Double> ROI =
      register(
          "Roi",
          Double.class,
          MeasureUnit.SHARE,
          "Textbook return on the extra network spend: (uplift - extra cost) / extra cost.");

  /** Theoretical annual value of the whole fleet. */
  public static final Measure<CurrencyAmount> THEORETICAL_ANNUAL_VALUE_FLEET =
      register(
          "TheoreticalAnnualValueFleet",
          CurrencyAmount.class,
          MeasureUnit.MONEY_PER_FLEET_YEAR,
          "Theoretical annual value per GPU x GPU count.");

  /** Realised annual value of the whole fleet on the candidate network. */
  public static final Measure<CurrencyAmount> REALISED_ANNUAL_VALUE_FLEET_CANDIDATE =
      register(
          "RealisedAnnualValueFleetCandidate",
          CurrencyAmount.class,
          MeasureUnit.MONEY_PER_FLEET_YEAR,
          "Realised annual value per GPU on the candidate x GPU count.");

  /** Realised annual value of the whole fleet on the baseline network. */
  public static final Measure<CurrencyAmount> REALISED_ANNUAL_VALUE_FLEET_BASELINE =
      register(
          "RealisedAnnualValueFleetBaseline",
          CurrencyAmount.class,
          MeasureUnit.MONEY_PER_FLEET_YEAR,
          "Realised annual value per GPU on the baseline x GPU count.");

  /** Value uplift of the whole fleet. */
  public static final Measure<CurrencyAmount> VALUE_UPLIFT_FLEET =
      register(
          "ValueUpliftFleet",
          CurrencyAmount.class,
          MeasureUnit.MONEY_PER_FLEET_YEAR,
          "Value uplift per GPU x GPU count.");

  /** Annual network cost of the whole fleet on the candidate network. */
  public static final Measure<CurrencyAmount> NETWORK_COST_FLEET_CANDIDATE =
      register(
          "NetworkCostFleetCandidate",
          CurrencyAmount.class,
          MeasureUnit.MONEY_PER_FLEET_YEAR,
          "Annual network cost per GPU of the candidate x GPU count.");

  /** Net benefit of the whole fleet. */
  public static final Measure<CurrencyAmount> NET_BENEFIT_FLEET =
      register(
          "NetBenefitFleet",
          CurrencyAmount.class,
          MeasureUnit.MONEY_PER_FLEET_YEAR,
          "Net benefit per GPU x GPU count.");

  /** Tokens per second per GPU implied by (or given with) the pricing model. */
  public static final Measure<Double> IMPLIED_TOKENS_PER_SECOND_PER_GPU =
      register(
          "ImpliedTokensPerSecondPerGpu",
          Double.class,
          MeasureUnit.TOKENS_PER_SECOND_PER_GPU,
          "Tokens per second one GPU must sell for the GPU-time price to equal the token price.");

  /** Network run rate / active GPUs: annual network spend per installed GPU. */
  public static final Measure<CurrencyAmount> NETWORK_RUN_RATE_PER_ACTIVE_GPU =
      register(
          "NetworkRunRatePerActiveGpu",
          CurrencyAmount.class,
          MeasureUnit.MONEY_PER_GPU_YEAR,
          "Networking annualised run rate / active GPUs (the reference's annual network cost).");

  /** Network run rate / 4 / GPUs sold last quarter: one-time network spend per GPU sold. */
  public static final Measure<CurrencyAmount> NETWORK_SPEND_PER_GPU_SOLD =
      register(
          "NetworkSpendPerGpuSold",
          CurrencyAmount.class,
          MeasureUnit.MONEY_PER_GPU,
          "Networking run rate / 4 / GPUs sold in the quarter: one-time spend per new GPU.");

  /** Network run rate per active GPU as a share of the blended GPU ASP. */
  public static final Measure<Double> NETWORK_SHARE_OF_BLENDED_ASP =
      register(
          "NetworkShareOfBlendedAsp",
          Double.class,
          MeasureUnit.SHARE,
          "Network run rate per active GPU / blended GPU average selling price.");

  /** Network run rate per active GPU as a share of the snapshot's model ASP. */
  public static final Measure<Double> NETWORK_SHARE_OF_MODEL_ASP =
      register(
          "NetworkShareOfModelAsp",
          Double.class,
          MeasureUnit.SHARE,
          "Network run rate per active GPU / average selling price of the snapshot's GPU model.");

  /** Capex per GPU of the candidate's fabric; only when the candidate has a fabric. */
  public static final Measure<CurrencyAmount> FABRIC_CAPEX_PER_GPU_CANDIDATE =
      register(
          "FabricCapexPerGpuCandidate",
          CurrencyAmount.class,
          MeasureUnit.MONEY_PER_GPU,
          "Capital cost of the candidate's fabric (switches, optics, NICs, cables) per GPU.");

  /** Capex per GPU of the baseline's fabric; only when the baseline has a fabric. */
  public static final Measure<CurrencyAmount> FABRIC_CAPEX_PER_GPU_BASELINE =
      register(
          "FabricCapexPerGpuBaseline",
          CurrencyAmount.class,
          MeasureUnit.MONEY_PER_GPU,
          "Capital cost of the baseline's fabric (switches, optics, NICs, cables) per GPU.");

  /** Power per GPU of the candidate's fabric; only when the candidate has a fabric. */
  public static final Measure<Double> FABRIC_POWER_PER_GPU_CANDIDATE =
      register(
          "FabricPowerPerGpuCandidate",
          Double.class,
          MeasureUnit.WATTS_PER_GPU,
          "Power of the candidate's fabric devices per GPU, in watts.");

  /** Power per GPU of the baseline's fabric; only when the baseline has a fabric. */
  public static final Measure<Double> FABRIC_POWER_PER_GPU_BASELINE =
      register(
          "FabricPowerPerGpuBaseline",
          Double.class,
          MeasureUnit.WATTS_PER_GPU,
          "Power of the baseline's fabric devices per GPU, in watts.");

  private static final List<Measure<?>> ALL = List.copyOf(BY_NAME.values());

  private Measures() {}

  private static <T> Measure<T> register(
      String name, Class<T> type, MeasureUnit unit, String description) {
    Measure<T> measure = Measure.of(name, type, unit, description);
    BY_NAME.put(name, measure);
    return measure;
  }

  /**
   * Returns every built-in measure, in the order of this class.
   *
   * @return an immutable list
   */
  public static List<Measure<?>> all() {
    return ALL;
  }

  /**
   * Finds a built-in measure by its PascalCase name.
   *
   * @param name the name, such as {@code "ValueUpliftPerGpu"}
   * @return the measure
   * @throws UnknownMeasureException if no built-in measure has that name; the message lists the
   *     known names
   */
  public static Measure<?> of(String name) {
    Checks.notNull(name, "name");
    Measure<?> measure = BY_NAME.get(name);
    if (measure == null) {
      throw new UnknownMeasureException(name, List.copyOf(BY_NAME.keySet()));
    }
    return measure;
  }
}
