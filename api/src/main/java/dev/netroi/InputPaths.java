package dev.netroi;

import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The built-in {@link InputPath}s: every numeric input of a {@link Scenario} built from netroi's
 * own values. Money is a plain amount in the scenario's currency, bandwidth is in Gb/s, counts are
 * whole-valued doubles.
 *
 * <table class="striped">
 *   <caption>Built-in input paths</caption>
 *   <thead><tr><th>Path</th><th>Unit</th><th>Present</th></tr></thead>
 *   <tbody>
 *   <tr><td>{@code fleet.count}</td><td>GPUs, whole number &gt;= 1</td><td>always</td></tr>
 *   <tr><td>{@code fleet.unitPrice}</td><td>money</td><td>always</td></tr>
 *   <tr><td>{@code fleet.soldUtilisation}</td><td>share in [0, 1]</td>
 *       <td>when the fleet has one</td></tr>
 *   <tr><td>{@code candidate.portSpeed}, {@code baseline.portSpeed}</td><td>Gb/s</td>
 *       <td>always</td></tr>
 *   <tr><td>{@code candidate.effectiveFraction}, {@code baseline.effectiveFraction}</td>
 *       <td>share in (0, 1]</td><td>always</td></tr>
 *   <tr><td>{@code candidate.annualCostPerGpu}, {@code baseline.annualCostPerGpu}</td>
 *       <td>money per GPU-year</td><td>when the option states its cost</td></tr>
 *   <tr><td>{@code candidate.fabric.lifeYears}, {@code baseline.fabric.lifeYears}</td>
 *       <td>years &gt; 0</td><td>when the option is built as a fabric</td></tr>
 *   <tr><td>{@code candidate.fabric.annualSupportShare}, ...</td>
 *       <td>share of capex a year &gt;= 0</td><td>when the option is built as a fabric</td></tr>
 *   <tr><td>{@code candidate.fabric.oversubscription}, ...</td><td>ratio &gt;= 1</td>
 *       <td>when the option is built as a fabric</td></tr>
 *   <tr><td>{@code candidate.fabric.switchPrice}, {@code .opticPrice}, {@code .nicPrice},
 *       {@code .cablePrice}, ...</td><td>money per device</td>
 *       <td>when the option is built as a fabric</td></tr>
 *   <tr><td>{@code candidate.fabric.switchWatts}, {@code .opticWatts}, {@code .nicWatts},
 *       ...</td><td>watts per device</td><td>when the option is built as a fabric</td></tr>
 *   <tr><td>{@code pricing.price}</td><td>money per the pricing's unit</td><td>always</td></tr>
 *   <tr><td>{@code pricing.tokensPerSecondPerGpu}</td><td>tokens/s</td>
 *       <td>per-million-token pricing</td></tr>
 *   <tr><td>{@code pricing.tokenPriceOrigin}</td><td>money per million tokens</td>
 *       <td>a GPU-time price read from a token price</td></tr>
 *   <tr><td>{@code yearBasis.days}</td><td>days in (0, 366]</td><td>always</td></tr>
 *   <tr><td>{@code market.networkRunRate}, {@code market.blendedAsp}, {@code market.modelAsp}</td>
 *       <td>money</td><td>with a market snapshot</td></tr>
 *   <tr><td>{@code market.activeGpus}, {@code market.gpusSoldLastQuarter}</td>
 *       <td>GPUs, whole number &gt;= 1</td><td>with a market snapshot</td></tr>
 *   <tr><td>{@code throughputModel.exposedCommunicationShare}</td><td>share in [0, 1]</td>
 *       <td>with the Amdahl model</td></tr>
 *   <tr><td>{@code throughputModel.computeSeconds}</td><td>seconds &gt; 0</td>
 *       <td>with the collective model</td></tr>
 *   <tr><td>{@code throughputModel.overlapShare}</td><td>share in [0, 1]</td>
 *       <td>with the collective model</td></tr>
 *   <tr><td>{@code throughputModel.latencySeconds}</td><td>seconds &gt;= 0</td>
 *       <td>with the collective model</td></tr>
 *   <tr><td>{@code throughputModel.collective1Bytes}, {@code collective2Bytes}, ...</td>
 *       <td>bytes &gt;= 0</td><td>one per collective of the model's workload</td></tr>
 *   <tr><td>{@code lifetime.horizonYears}</td><td>years, whole number in [1, 100]</td>
 *       <td>with lifetime terms</td></tr>
 *   <tr><td>{@code lifetime.discountRate}</td><td>rate a year in (-1, 10]</td>
 *       <td>with lifetime terms</td></tr>
 *   <tr><td>{@code lifetime.gpuLifeYears}</td><td>years &gt; 0</td><td>with lifetime terms</td></tr>
 *   <tr><td>{@code lifetime.gpuResidualShare}, {@code lifetime.firstYearRamp}</td>
 *       <td>share in [0, 1]</td><td>with lifetime terms</td></tr>
 *   <tr><td>{@code lifetime.gpuWatts}</td><td>watts &gt;= 0</td><td>with lifetime terms</td></tr>
 *   <tr><td>{@code lifetime.pue}</td><td>ratio &gt;= 1</td><td>with lifetime terms</td></tr>
 *   <tr><td>{@code lifetime.electricityPricePerKwh}</td><td>money per kWh</td>
 *       <td>with lifetime terms</td></tr>
 *   <tr><td>{@code lifetime.hostingPricePerKwMonth}</td><td>money per kW-month</td>
 *       <td>with lifetime terms</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>The fabric paths are not constants: {@link OptionRole#fabricPath(String)} gives them, such as
 * {@code OptionRole.CANDIDATE.fabricPath("switchPrice")} for {@code candidate.fabric.switchPrice}.
 * With a fabric, an option's {@code portSpeed} accepts only the fabric's NIC speed; with a
 * collective throughput model, {@code fleet.count} accepts only counts of at least the largest
 * collective group ({@link Scenario#inputRule(InputPath)}).
 *
 * <pre>{@code
 * Scenario s = ReferenceArgument.mixtral();
 * s.valueAt(InputPaths.FLEET_COUNT);                                  // 1024.0
 * Scenario cheaper = s.with(InputPaths.CANDIDATE_ANNUAL_COST_PER_GPU, 3000);
 * }</pre>
 */
public final class InputPaths {

  /** The number of GPUs of the fleet, a whole number of at least 1. */
  public static final InputPath FLEET_COUNT = InputPath.of("fleet.count");

  /** The price of one GPU of the fleet. */
  public static final InputPath FLEET_UNIT_PRICE = InputPath.of("fleet.unitPrice");

  /** The share of the fleet's GPU time that is sold, in [0, 1]; only when the fleet has one. */
  public static final InputPath FLEET_SOLD_UTILISATION = InputPath.of("fleet.soldUtilisation");

  /** The port speed of the candidate option, in Gb/s. */
  public static final InputPath CANDIDATE_PORT_SPEED = InputPath.of("candidate.portSpeed");

  /** The effective-bandwidth fraction of the candidate option, in (0, 1]. */
  public static final InputPath CANDIDATE_EFFECTIVE_FRACTION =
      InputPath.of("candidate.effectiveFraction");

  /** The annual network cost per GPU of the candidate option. */
  public static final InputPath CANDIDATE_ANNUAL_COST_PER_GPU =
      InputPath.of("candidate.annualCostPerGpu");

  /** The port speed of the baseline option, in Gb/s. */
  public static final InputPath BASELINE_PORT_SPEED = InputPath.of("baseline.portSpeed");

  /** The effective-bandwidth fraction of the baseline option, in (0, 1]. */
  public static final InputPath BASELINE_EFFECTIVE_FRACTION =
      InputPath.of("baseline.effectiveFraction");

  /** The annual network cost per GPU of the baseline option. */
  public static final InputPath BASELINE_ANNUAL_COST_PER_GPU =
      InputPath.of("baseline.annualCostPerGpu");

  /** The quoted price, per GPU-time unit or per million tokens. */
  public static final InputPath PRICING_PRICE = InputPath.of("pricing.price");

  /** The tokens per second one GPU sustains; only with per-million-token pricing. */
  public static final InputPath PRICING_TOKENS_PER_SECOND_PER_GPU =
      InputPath.of("pricing.tokensPerSecondPerGpu");

  /** The per-million-token price a GPU-time price was read from; only when it has one. */
  public static final InputPath PRICING_TOKEN_PRICE_ORIGIN =
      InputPath.of("pricing.tokenPriceOrigin");

  /** The number of days in the year basis, in (0, 366]. */
  public static final InputPath YEAR_BASIS_DAYS = InputPath.of("yearBasis.days");

  /** The networking annualised run rate; only with market facts. */
  public static final InputPath MARKET_NETWORK_RUN_RATE = InputPath.of("market.networkRunRate");

  /** The installed base of active GPUs, a whole number; only with market facts. */
  public static final InputPath MARKET_ACTIVE_GPUS = InputPath.of("market.activeGpus");

  /** The GPUs sold in the last quarter, a whole number; only with market facts. */
  public static final InputPath MARKET_GPUS_SOLD_LAST_QUARTER =
      InputPath.of("market.gpusSoldLastQuarter");

  /** The blended average selling price of a GPU; only with market facts. */
  public static final InputPath MARKET_BLENDED_ASP = InputPath.of("market.blendedAsp");

  /** The average selling price of the market's GPU model; only with market facts. */
  public static final InputPath MARKET_MODEL_ASP = InputPath.of("market.modelAsp");

  /** The exposed-communication share of the Amdahl throughput model, in [0, 1]. */
  public static final InputPath THROUGHPUT_MODEL_EXPOSED_COMMUNICATION_SHARE =
      InputPath.of("throughputModel.exposedCommunicationShare");

  /** The compute time of one step of the collective model's workload, in seconds, above 0. */
  public static final InputPath THROUGHPUT_MODEL_COMPUTE_SECONDS =
      InputPath.of("throughputModel.computeSeconds");

  /** The share of communication that may hide under compute in the collective model, in [0, 1]. */
  public static final InputPath THROUGHPUT_MODEL_OVERLAP_SHARE =
      InputPath.of("throughputModel.overlapShare");

  /** The latency per algorithm step (alpha) of the collective model, in seconds, not negative. */
  public static final InputPath THROUGHPUT_MODEL_LATENCY_SECONDS =
      InputPath.of("throughputModel.latencySeconds");

  /** The years the lifetime measures compare over, a whole number from 1 to 100. */
  public static final InputPath LIFETIME_HORIZON_YEARS = InputPath.of("lifetime.horizonYears");

  /** The annual discount rate of the lifetime measures, in (-1, 10]. */
  public static final InputPath LIFETIME_DISCOUNT_RATE = InputPath.of("lifetime.discountRate");

  /** The GPUs' straight-line depreciation life in years, above 0. */
  public static final InputPath LIFETIME_GPU_LIFE_YEARS = InputPath.of("lifetime.gpuLifeYears");

  /** The GPUs' residual value at the end of their life as a share of their price, in [0, 1]. */
  public static final InputPath LIFETIME_GPU_RESIDUAL_SHARE =
      InputPath.of("lifetime.gpuResidualShare");

  /** The power drawn per GPU in watts, its share of the server included, not negative. */
  public static final InputPath LIFETIME_GPU_WATTS = InputPath.of("lifetime.gpuWatts");

  /** The facility's power usage effectiveness, at least 1. */
  public static final InputPath LIFETIME_PUE = InputPath.of("lifetime.pue");

  /** The price of one kWh of facility energy, not negative. */
  public static final InputPath LIFETIME_ELECTRICITY_PRICE_PER_KWH =
      InputPath.of("lifetime.electricityPricePerKwh");

  /** The price of one kW of IT power per month, not negative. */
  public static final InputPath LIFETIME_HOSTING_PRICE_PER_KW_MONTH =
      InputPath.of("lifetime.hostingPricePerKwMonth");

  /** The share of the sold utilisation reached in the first year, in [0, 1]. */
  public static final InputPath LIFETIME_FIRST_YEAR_RAMP = InputPath.of("lifetime.firstYearRamp");

  private static final SortedSet<InputPath> ALL =
      Collections.unmodifiableSortedSet(
          new TreeSet<>(
              List.of(
                  FLEET_COUNT,
                  FLEET_UNIT_PRICE,
                  FLEET_SOLD_UTILISATION,
                  CANDIDATE_PORT_SPEED,
                  CANDIDATE_EFFECTIVE_FRACTION,
                  CANDIDATE_ANNUAL_COST_PER_GPU,
                  BASELINE_PORT_SPEED,
                  BASELINE_EFFECTIVE_FRACTION,
                  BASELINE_ANNUAL_COST_PER_GPU,
                  PRICING_PRICE,
                  PRICING_TOKENS_PER_SECOND_PER_GPU,
                  PRICING_TOKEN_PRICE_ORIGIN,
                  YEAR_BASIS_DAYS,
                  MARKET_NETWORK_RUN_RATE,
                  MARKET_ACTIVE_GPUS,
                  MARKET_GPUS_SOLD_LAST_QUARTER,
                  MARKET_BLENDED_ASP,
                  MARKET_MODEL_ASP,
                  THROUGHPUT_MODEL_EXPOSED_COMMUNICATION_SHARE,
                  THROUGHPUT_MODEL_COMPUTE_SECONDS,
                  THROUGHPUT_MODEL_OVERLAP_SHARE,
                  THROUGHPUT_MODEL_LATENCY_SECONDS,
                  LIFETIME_HORIZON_YEARS,
                  LIFETIME_DISCOUNT_RATE,
                  LIFETIME_GPU_LIFE_YEARS,
                  LIFETIME_GPU_RESIDUAL_SHARE,
                  LIFETIME_GPU_WATTS,
                  LIFETIME_PUE,
                  LIFETIME_ELECTRICITY_PRICE_PER_KWH,
                  LIFETIME_HOSTING_PRICE_PER_KW_MONTH,
                  LIFETIME_FIRST_YEAR_RAMP)));

  private InputPaths() {}

  /**
   * Returns every built-in path, sorted by name; a scenario has those that apply to it ({@link
   * Scenario#inputPaths()}).
   *
   * <p>The message sizes of the collective model's collectives ({@link
   * #throughputModelCollectiveBytes(int)}) are not among them: how many there are depends on the
   * workload.
   *
   * @return the 31 built-in paths of fixed name, an unmodifiable sorted set
   */
  public static SortedSet<InputPath> all() {
    return ALL;
  }

  /**
   * Returns the path of the message size of one collective of the collective model's workload, such
   * as {@code throughputModel.collective1Bytes}.
   *
   * @param number the collective's number, from 1, in the order of the workload's collectives
   * @return the path
   * @throws IllegalArgumentException if {@code number} is below 1
   */
  public static InputPath throughputModelCollectiveBytes(int number) {
    if (number < 1) {
      throw new IllegalArgumentException("number must be at least 1 but was " + number);
    }
    return InputPath.of("throughputModel.collective" + number + "Bytes");
  }
}
