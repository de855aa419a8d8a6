package dev.netroi.calc;

import dev.netroi.Bandwidth;
import dev.netroi.CashFlows;
import dev.netroi.CurrencyAmount;
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
 *   <li><b>net benefit</b> = uplift - extra cost;
 *   <li><b>lifetime TCO</b> (with {@code Lifetime} terms) = GPU depreciation + network + energy +
 *       hosting over the horizon, an undiscounted sum (as are the lifetime cost measures, the
 *       annual TCO and the costs per delivered GPU-hour and per million tokens built on it; each
 *       measure's description says "undiscounted" or "discounted at lifetime.discountRate");
 *       <b>cash flows</b> by year, year 0 the capex; <b>NPV</b> = sum of flow(t) / (1 + rate)^t,
 *       year 0 undiscounted; <b>IRR</b> = the rate at which NPV = 0; <b>payback</b> = the month
 *       from which the cumulative flow stays non-negative; <b>break-even</b> = the value of one
 *       input at which the upgrade just matches the baseline.
 * </ul>
 *
 * <p>A measure is found by its name through the registry that provides it ({@code
 * CalculatorRegistry.measure(String)} or {@code Netroi.measure(String)} in {@code netroi-impl}),
 * which sees plug-in measures too; this class has no lookup by name of its own, so that a name
 * found here could never be one the engine does not compute. Immutable and thread-safe.
 */
public final class Measures {

  private static final Map<String, Measure<?>> BY_NAME = new LinkedHashMap<>();

  /** Effective bandwidth of the candidate = port speed x effective-bandwidth fraction. */
  public static final Measure<Bandwidth> EFFECTIVE_BANDWIDTH_CANDIDATE =
      register(
          "EffectiveBandwidthCandidate",
          Bandwidth.class,
          StandardUnit.BANDWIDTH,
          "Effective bandwidth of the candidate option: port speed x effective-bandwidth fraction.");

  /** Effective bandwidth of the baseline = port speed x effective-bandwidth fraction. */
  public static final Measure<Bandwidth> EFFECTIVE_BANDWIDTH_BASELINE =
      register(
          "EffectiveBandwidthBaseline",
          Bandwidth.class,
          StandardUnit.BANDWIDTH,
          "Effective bandwidth of the baseline option: port speed x effective-bandwidth fraction.");

  /** Throughput factor of the candidate under the scenario's throughput model. */
  public static final Measure<Double> THROUGHPUT_FACTOR_CANDIDATE =
      register(
          "ThroughputFactorCandidate",
          Double.class,
          StandardUnit.FACTOR,
          "Share of theoretical GPU-time value realised on the candidate network.");

  /** Throughput factor of the baseline under the scenario's throughput model. */
  public static final Measure<Double> THROUGHPUT_FACTOR_BASELINE =
      register(
          "ThroughputFactorBaseline",
          Double.class,
          StandardUnit.FACTOR,
          "Share of theoretical GPU-time value realised on the baseline network.");

  /** Throughput speed-up of the candidate over the baseline = factor (A) / factor (B). */
  public static final Measure<Double> THROUGHPUT_SPEEDUP =
      register(
          "ThroughputSpeedup",
          Double.class,
          StandardUnit.MULTIPLE,
          "How much more work the fleet sells on the candidate than on the baseline.");

  /** Theoretical annual value per GPU = price per GPU-time unit x units in a year. */
  public static final Measure<CurrencyAmount> THEORETICAL_ANNUAL_VALUE_PER_GPU =
      register(
          "TheoreticalAnnualValuePerGpu",
          CurrencyAmount.class,
          StandardUnit.MONEY_PER_GPU_YEAR,
          "GPU-time value of one GPU sold every minute of the year at the scenario's price.");

  /** Realised annual value per GPU on the candidate network. */
  public static final Measure<CurrencyAmount> REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE =
      register(
          "RealisedAnnualValuePerGpuCandidate",
          CurrencyAmount.class,
          StandardUnit.MONEY_PER_GPU_YEAR,
          "Theoretical value x throughput factor (x sold utilisation) on the candidate network.");

  /** Realised annual value per GPU on the baseline network. */
  public static final Measure<CurrencyAmount> REALISED_ANNUAL_VALUE_PER_GPU_BASELINE =
      register(
          "RealisedAnnualValuePerGpuBaseline",
          CurrencyAmount.class,
          StandardUnit.MONEY_PER_GPU_YEAR,
          "Theoretical value x throughput factor (x sold utilisation) on the baseline network.");

  /** Value uplift per GPU = realised (candidate) - realised (baseline). */
  public static final Measure<CurrencyAmount> VALUE_UPLIFT_PER_GPU =
      register(
          "ValueUpliftPerGpu",
          CurrencyAmount.class,
          StandardUnit.MONEY_PER_GPU_YEAR,
          "Realised annual value per GPU on the candidate less that on the baseline.");

  /** Annual network cost per GPU of the candidate. */
  public static final Measure<CurrencyAmount> NETWORK_COST_PER_GPU_CANDIDATE =
      register(
          "NetworkCostPerGpuCandidate",
          CurrencyAmount.class,
          StandardUnit.MONEY_PER_GPU_YEAR,
          "Annual network cost per GPU of the candidate option.");

  /** Annual network cost per GPU of the baseline. */
  public static final Measure<CurrencyAmount> NETWORK_COST_PER_GPU_BASELINE =
      register(
          "NetworkCostPerGpuBaseline",
          CurrencyAmount.class,
          StandardUnit.MONEY_PER_GPU_YEAR,
          "Annual network cost per GPU of the baseline option.");

  /** Extra annual network cost per GPU = cost (candidate) - cost (baseline). */
  public static final Measure<CurrencyAmount> EXTRA_NETWORK_COST_PER_GPU =
      register(
          "ExtraNetworkCostPerGpu",
          CurrencyAmount.class,
          StandardUnit.MONEY_PER_GPU_YEAR,
          "Annual network cost per GPU of the candidate less that of the baseline.");

  /** Benefit-cost ratio = uplift / annual network cost of the candidate (the reference's "ROI"). */
  public static final Measure<Double> BENEFIT_COST_RATIO =
      register(
          "BenefitCostRatio",
          Double.class,
          StandardUnit.MULTIPLE,
          "Value uplift per GPU / annual network cost per GPU of the candidate"
              + " (what the reference analysis calls ROI).");

  /** Net benefit per GPU = uplift - extra network cost. */
  public static final Measure<CurrencyAmount> NET_BENEFIT_PER_GPU =
      register(
          "NetBenefitPerGpu",
          CurrencyAmount.class,
          StandardUnit.MONEY_PER_GPU_YEAR,
          "Value uplift per GPU less the extra annual network cost per GPU.");

  /** Textbook ROI = (uplift - extra cost) / extra cost. */
  public static final Measure<Double> ROI =
      register(
          "Roi",
          Double.class,
          StandardUnit.SHARE,
          "Textbook return on the extra network spend: (uplift - extra cost) / extra cost.");

  /** Theoretical annual value of the whole fleet. */
  public static final Measure<CurrencyAmount> THEORETICAL_ANNUAL_VALUE_FLEET =
      register(
          "TheoreticalAnnualValueFleet",
          CurrencyAmount.class,
          StandardUnit.MONEY_PER_FLEET_YEAR,
          "Theoretical annual value per GPU x GPU count.");

  /** Realised annual value of the whole fleet on the candidate network. */
  public static final Measure<CurrencyAmount> REALISED_ANNUAL_VALUE_FLEET_CANDIDATE =
      register(
          "RealisedAnnualValueFleetCandidate",
          CurrencyAmount.class,
          StandardUnit.MONEY_PER_FLEET_YEAR,
          "Realised annual value per GPU on the candidate x GPU count.");

  /** Realised annual value of the whole fleet on the baseline network. */
  public static final Measure<CurrencyAmount> REALISED_ANNUAL_VALUE_FLEET_BASELINE =
      register(
          "RealisedAnnualValueFleetBaseline",
          CurrencyAmount.class,
          StandardUnit.MONEY_PER_FLEET_YEAR,
          "Realised annual value per GPU on the baseline x GPU count.");

  /** Value uplift of the whole fleet. */
  public static final Measure<CurrencyAmount> VALUE_UPLIFT_FLEET =
      register(
          "ValueUpliftFleet",
          CurrencyAmount.class,
          StandardUnit.MONEY_PER_FLEET_YEAR,
          "Value uplift per GPU x GPU count.");

  /** Annual network cost of the whole fleet on the candidate network. */
  public static final Measure<CurrencyAmount> NETWORK_COST_FLEET_CANDIDATE =
      register(
          "NetworkCostFleetCandidate",
          CurrencyAmount.class,
          StandardUnit.MONEY_PER_FLEET_YEAR,
          "Annual network cost per GPU of the candidate x GPU count.");

  /** Net benefit of the whole fleet. */
  public static final Measure<CurrencyAmount> NET_BENEFIT_FLEET =
      register(
          "NetBenefitFleet",
          CurrencyAmount.class,
          StandardUnit.MONEY_PER_FLEET_YEAR,
          "Net benefit per GPU x GPU count.");

  /** Tokens per second per GPU implied by (or given with) the pricing model. */
  public static final Measure<Double> IMPLIED_TOKENS_PER_SECOND_PER_GPU =
      register(
          "ImpliedTokensPerSecondPerGpu",
          Double.class,
          StandardUnit.TOKENS_PER_SECOND_PER_GPU,
          "Tokens per second one GPU must sell for the GPU-time price to equal the token price.");

  /** Network run rate / active GPUs: annual network spend per installed GPU. */
  public static final Measure<CurrencyAmount> NETWORK_RUN_RATE_PER_ACTIVE_GPU =
      register(
          "NetworkRunRatePerActiveGpu",
          CurrencyAmount.class,
          StandardUnit.MONEY_PER_GPU_YEAR,
          "Networking annualised run rate / active GPUs (the reference's annual network cost).");

  /** Network run rate / 4 / GPUs sold last quarter: one-time network spend per GPU sold. */
  public static final Measure<CurrencyAmount> NETWORK_SPEND_PER_GPU_SOLD =
      register(
          "NetworkSpendPerGpuSold",
          CurrencyAmount.class,
          StandardUnit.MONEY_PER_GPU,
          "Networking run rate / 4 / GPUs sold in the quarter: one-time spend per new GPU.");

  /** Network run rate per active GPU as a share of the blended GPU ASP. */
  public static final Measure<Double> NETWORK_SHARE_OF_BLENDED_ASP =
      register(
          "NetworkShareOfBlendedAsp",
          Double.class,
          StandardUnit.SHARE,
          "Network run rate per active GPU / blended GPU average selling price.");

  /** Network run rate per active GPU as a share of the snapshot's model ASP. */
  public static final Measure<Double> NETWORK_SHARE_OF_MODEL_ASP =
      register(
          "NetworkShareOfModelAsp",
          Double.class,
          StandardUnit.SHARE,
          "Network run rate per active GPU / average selling price of the snapshot's GPU model.");

  /** Capex per GPU of the candidate's fabric; only when the candidate has a fabric. */
  public static final Measure<CurrencyAmount> FABRIC_CAPEX_PER_GPU_CANDIDATE =
      register(
          "FabricCapexPerGpuCandidate",
          CurrencyAmount.class,
          StandardUnit.MONEY_PER_GPU,
          "Capital cost of the candidate's fabric (switches, optics, NICs, cables) per GPU.");

  /** Capex per GPU of the baseline's fabric; only when the baseline has a fabric. */
  public static final Measure<CurrencyAmount> FABRIC_CAPEX_PER_GPU_BASELINE =
      register(
          "FabricCapexPerGpuBaseline",
          CurrencyAmount.class,
          StandardUnit.MONEY_PER_GPU,
          "Capital cost of the baseline's fabric (switches, optics, NICs, cables) per GPU.");

  /** Power per GPU of the candidate's fabric; only when the candidate has a fabric. */
  public static final Measure<Double> FABRIC_POWER_PER_GPU_CANDIDATE =
      register(
          "FabricPowerPerGpuCandidate",
          Double.class,
          StandardUnit.WATTS_PER_GPU,
          "Power of the candidate's fabric devices per GPU, in watts.");

  /** Power per GPU of the baseline's fabric; only when the baseline has a fabric. */
  public static final Measure<Double> FABRIC_POWER_PER_GPU_BASELINE =
      register(
          "FabricPowerPerGpuBaseline",
          Double.class,
          StandardUnit.WATTS_PER_GPU,
          "Power of the baseline's fabric devices per GPU, in watts.");

  /**
   * GPU depreciation per GPU over the horizon on the candidate network (straight line to the
   * residual value). Undiscounted sum over the horizon.
   */
  public static final Measure<CurrencyAmount> LIFETIME_GPU_COST_PER_GPU_CANDIDATE =
      register(
          "LifetimeGpuCostPerGpuCandidate",
          CurrencyAmount.class,
          StandardUnit.MONEY_PER_GPU_LIFETIME,
          "GPU depreciation per GPU over the horizon on the candidate network (straight line to the residual value). Undiscounted sum over the horizon.");

  /**
   * GPU depreciation per GPU over the horizon on the baseline network (straight line to the
   * residual value). Undiscounted sum over the horizon.
   */
  public static final Measure<CurrencyAmount> LIFETIME_GPU_COST_PER_GPU_BASELINE =
      register(
          "LifetimeGpuCostPerGpuBaseline",
          CurrencyAmount.class,
          StandardUnit.MONEY_PER_GPU_LIFETIME,
          "GPU depreciation per GPU over the horizon on the baseline network (straight line to the residual value). Undiscounted sum over the horizon.");

  /**
   * Network cost per GPU over the horizon of the candidate: fabric depreciation and support, or its
   * stated annual cost. Undiscounted sum over the horizon.
   */
  public static final Measure<CurrencyAmount> LIFETIME_NETWORK_COST_PER_GPU_CANDIDATE =
      register(
          "LifetimeNetworkCostPerGpuCandidate",
          CurrencyAmount.class,
          StandardUnit.MONEY_PER_GPU_LIFETIME,
          "Network cost per GPU over the horizon of the candidate: fabric depreciation and support, or its stated annual cost. Undiscounted sum over the horizon.");

  /**
   * Network cost per GPU over the horizon of the baseline: fabric depreciation and support, or its
   * stated annual cost. Undiscounted sum over the horizon.
   */
  public static final Measure<CurrencyAmount> LIFETIME_NETWORK_COST_PER_GPU_BASELINE =
      register(
          "LifetimeNetworkCostPerGpuBaseline",
          CurrencyAmount.class,
          StandardUnit.MONEY_PER_GPU_LIFETIME,
          "Network cost per GPU over the horizon of the baseline: fabric depreciation and support, or its stated annual cost. Undiscounted sum over the horizon.");

  /**
   * Energy cost per GPU over the horizon on the candidate network: GPU and fabric watts x PUE x
   * hours x price per kWh. Undiscounted sum over the horizon.
   */
  public static final Measure<CurrencyAmount> LIFETIME_POWER_COST_PER_GPU_CANDIDATE =
      register(
          "LifetimePowerCostPerGpuCandidate",
          CurrencyAmount.class,
          StandardUnit.MONEY_PER_GPU_LIFETIME,
          "Energy cost per GPU over the horizon on the candidate network: GPU and fabric watts x PUE x hours x price per kWh. Undiscounted sum over the horizon.");

  /**
   * Energy cost per GPU over the horizon on the baseline network: GPU and fabric watts x PUE x
   * hours x price per kWh. Undiscounted sum over the horizon.
   */
  public static final Measure<CurrencyAmount> LIFETIME_POWER_COST_PER_GPU_BASELINE =
      register(
          "LifetimePowerCostPerGpuBaseline",
          CurrencyAmount.class,
          StandardUnit.MONEY_PER_GPU_LIFETIME,
          "Energy cost per GPU over the horizon on the baseline network: GPU and fabric watts x PUE x hours x price per kWh. Undiscounted sum over the horizon.");

  /**
   * Hosting cost per GPU over the horizon on the candidate network: GPU and fabric kW x price per
   * kW-month x 12. Undiscounted sum over the horizon.
   */
  public static final Measure<CurrencyAmount> LIFETIME_HOSTING_COST_PER_GPU_CANDIDATE =
      register(
          "LifetimeHostingCostPerGpuCandidate",
          CurrencyAmount.class,
          StandardUnit.MONEY_PER_GPU_LIFETIME,
          "Hosting cost per GPU over the horizon on the candidate network: GPU and fabric kW x price per kW-month x 12. Undiscounted sum over the horizon.");

  /**
   * Hosting cost per GPU over the horizon on the baseline network: GPU and fabric kW x price per
   * kW-month x 12. Undiscounted sum over the horizon.
   */
  public static final Measure<CurrencyAmount> LIFETIME_HOSTING_COST_PER_GPU_BASELINE =
      register(
          "LifetimeHostingCostPerGpuBaseline",
          CurrencyAmount.class,
          StandardUnit.MONEY_PER_GPU_LIFETIME,
          "Hosting cost per GPU over the horizon on the baseline network: GPU and fabric kW x price per kW-month x 12. Undiscounted sum over the horizon.");

  /**
   * Total cost of ownership per GPU over the horizon on the candidate network: GPU + network +
   * power + hosting. Undiscounted sum over the horizon.
   */
  public static final Measure<CurrencyAmount> LIFETIME_TCO_PER_GPU_CANDIDATE =
      register(
          "LifetimeTcoPerGpuCandidate",
          CurrencyAmount.class,
          StandardUnit.MONEY_PER_GPU_LIFETIME,
          "Total cost of ownership per GPU over the horizon on the candidate network: GPU + network + power + hosting. Undiscounted sum over the horizon.");

  /**
   * Total cost of ownership per GPU over the horizon on the baseline network: GPU + network + power
   * + hosting. Undiscounted sum over the horizon.
   */
  public static final Measure<CurrencyAmount> LIFETIME_TCO_PER_GPU_BASELINE =
      register(
          "LifetimeTcoPerGpuBaseline",
          CurrencyAmount.class,
          StandardUnit.MONEY_PER_GPU_LIFETIME,
          "Total cost of ownership per GPU over the horizon on the baseline network: GPU + network + power + hosting. Undiscounted sum over the horizon.");

  /**
   * Lifetime TCO per GPU on the candidate network x GPU count. Undiscounted sum over the horizon.
   */
  public static final Measure<CurrencyAmount> LIFETIME_TCO_FLEET_CANDIDATE =
      register(
          "LifetimeTcoFleetCandidate",
          CurrencyAmount.class,
          StandardUnit.MONEY_PER_FLEET_LIFETIME,
          "Lifetime TCO per GPU on the candidate network x GPU count. Undiscounted sum over the horizon.");

  /**
   * Lifetime TCO per GPU on the baseline network x GPU count. Undiscounted sum over the horizon.
   */
  public static final Measure<CurrencyAmount> LIFETIME_TCO_FLEET_BASELINE =
      register(
          "LifetimeTcoFleetBaseline",
          CurrencyAmount.class,
          StandardUnit.MONEY_PER_FLEET_LIFETIME,
          "Lifetime TCO per GPU on the baseline network x GPU count. Undiscounted sum over the horizon.");

  /**
   * Lifetime TCO per GPU on the candidate network / horizon years. Undiscounted sum over the
   * horizon, divided by its years.
   */
  public static final Measure<CurrencyAmount> ANNUAL_TCO_PER_GPU_CANDIDATE =
      register(
          "AnnualTcoPerGpuCandidate",
          CurrencyAmount.class,
          StandardUnit.MONEY_PER_GPU_YEAR,
          "Lifetime TCO per GPU on the candidate network / horizon years. Undiscounted sum over the horizon, divided by its years.");

  /**
   * Lifetime TCO per GPU on the baseline network / horizon years. Undiscounted sum over the
   * horizon, divided by its years.
   */
  public static final Measure<CurrencyAmount> ANNUAL_TCO_PER_GPU_BASELINE =
      register(
          "AnnualTcoPerGpuBaseline",
          CurrencyAmount.class,
          StandardUnit.MONEY_PER_GPU_YEAR,
          "Lifetime TCO per GPU on the baseline network / horizon years. Undiscounted sum over the horizon, divided by its years.");

  /**
   * Annual TCO per GPU on the candidate network x GPU count. Undiscounted sum over the horizon,
   * divided by its years.
   */
  public static final Measure<CurrencyAmount> ANNUAL_TCO_FLEET_CANDIDATE =
      register(
          "AnnualTcoFleetCandidate",
          CurrencyAmount.class,
          StandardUnit.MONEY_PER_FLEET_YEAR,
          "Annual TCO per GPU on the candidate network x GPU count. Undiscounted sum over the horizon, divided by its years.");

  /**
   * Annual TCO per GPU on the baseline network x GPU count. Undiscounted sum over the horizon,
   * divided by its years.
   */
  public static final Measure<CurrencyAmount> ANNUAL_TCO_FLEET_BASELINE =
      register(
          "AnnualTcoFleetBaseline",
          CurrencyAmount.class,
          StandardUnit.MONEY_PER_FLEET_YEAR,
          "Annual TCO per GPU on the baseline network x GPU count. Undiscounted sum over the horizon, divided by its years.");

  /**
   * Lifetime TCO per GPU / GPU-hours delivered on the candidate network (sold hours x throughput
   * factor). From the undiscounted sum over the horizon.
   */
  public static final Measure<CurrencyAmount> COST_PER_DELIVERED_GPU_HOUR_CANDIDATE =
      register(
          "CostPerDeliveredGpuHourCandidate",
          CurrencyAmount.class,
          StandardUnit.MONEY_PER_GPU_HOUR,
          "Lifetime TCO per GPU / GPU-hours delivered on the candidate network (sold hours x throughput factor). From the undiscounted sum over the horizon.");

  /**
   * Lifetime TCO per GPU / GPU-hours delivered on the baseline network (sold hours x throughput
   * factor). From the undiscounted sum over the horizon.
   */
  public static final Measure<CurrencyAmount> COST_PER_DELIVERED_GPU_HOUR_BASELINE =
      register(
          "CostPerDeliveredGpuHourBaseline",
          CurrencyAmount.class,
          StandardUnit.MONEY_PER_GPU_HOUR,
          "Lifetime TCO per GPU / GPU-hours delivered on the baseline network (sold hours x throughput factor). From the undiscounted sum over the horizon.");

  /**
   * Cost per delivered GPU-hour on the candidate network / million tokens a GPU sells in an hour.
   * From the undiscounted sum over the horizon.
   */
  public static final Measure<CurrencyAmount> COST_PER_MILLION_TOKENS_CANDIDATE =
      register(
          "CostPerMillionTokensCandidate",
          CurrencyAmount.class,
          StandardUnit.MONEY_PER_MILLION_TOKENS,
          "Cost per delivered GPU-hour on the candidate network / million tokens a GPU sells in an hour. From the undiscounted sum over the horizon.");

  /**
   * Cost per delivered GPU-hour on the baseline network / million tokens a GPU sells in an hour.
   * From the undiscounted sum over the horizon.
   */
  public static final Measure<CurrencyAmount> COST_PER_MILLION_TOKENS_BASELINE =
      register(
          "CostPerMillionTokensBaseline",
          CurrencyAmount.class,
          StandardUnit.MONEY_PER_MILLION_TOKENS,
          "Cost per delivered GPU-hour on the baseline network / million tokens a GPU sells in an hour. From the undiscounted sum over the horizon.");

  /**
   * Net present value of the fleet's cash flows on the candidate network over the horizon.
   * Discounted at {@code lifetime.discountRate}.
   */
  public static final Measure<CurrencyAmount> LIFETIME_NPV_CANDIDATE =
      register(
          "LifetimeNpvCandidate",
          CurrencyAmount.class,
          StandardUnit.MONEY_PER_FLEET_LIFETIME,
          "Net present value of the fleet's cash flows on the candidate network over the horizon. Discounted at lifetime.discountRate.");

  /**
   * Net present value of the fleet's cash flows on the baseline network over the horizon.
   * Discounted at {@code lifetime.discountRate}.
   */
  public static final Measure<CurrencyAmount> LIFETIME_NPV_BASELINE =
      register(
          "LifetimeNpvBaseline",
          CurrencyAmount.class,
          StandardUnit.MONEY_PER_FLEET_LIFETIME,
          "Net present value of the fleet's cash flows on the baseline network over the horizon. Discounted at lifetime.discountRate.");

  /**
   * Yearly cash flows of choosing the candidate network over the baseline, year 0 first.
   * Undiscounted: each year's flow as it falls.
   */
  public static final Measure<CashFlows> UPGRADE_CASH_FLOWS =
      register(
          "UpgradeCashFlows",
          CashFlows.class,
          StandardUnit.CASH_FLOWS,
          "Yearly cash flows of choosing the candidate network over the baseline, year 0 first. Undiscounted: each year's flow as it falls.");

  /** Net present value of the upgrade's cash flows. Discounted at {@code lifetime.discountRate}. */
  public static final Measure<CurrencyAmount> UPGRADE_NPV =
      register(
          "UpgradeNpv",
          CurrencyAmount.class,
          StandardUnit.MONEY_PER_FLEET_LIFETIME,
          "Net present value of the upgrade's cash flows. Discounted at lifetime.discountRate.");

  /** Sum of the upgrade's cash flows: their undiscounted sum over the horizon. */
  public static final Measure<CurrencyAmount> UPGRADE_NET_BENEFIT =
      register(
          "UpgradeNetBenefit",
          CurrencyAmount.class,
          StandardUnit.MONEY_PER_FLEET_LIFETIME,
          "Sum of the upgrade's cash flows: their undiscounted sum over the horizon.");

  /**
   * Internal rate of return of the upgrade: the discount rate at which its NPV is zero. Not
   * discounted at {@code lifetime.discountRate}: it is the rate at which the discounted sum is
   * zero.
   */
  public static final Measure<Double> UPGRADE_IRR =
      register(
          "UpgradeIrr",
          Double.class,
          StandardUnit.SHARE,
          "Internal rate of return of the upgrade: the discount rate at which its NPV is zero. Not discounted at lifetime.discountRate: it is the rate at which the discounted sum is zero.");

  /**
   * Months until the upgrade's cumulative cash flow turns non-negative. From the undiscounted
   * cumulative flows.
   */
  public static final Measure<Double> UPGRADE_PAYBACK_MONTHS =
      register(
          "UpgradePaybackMonths",
          Double.class,
          StandardUnit.MONTHS,
          "Months until the upgrade's cumulative cash flow turns non-negative. From the undiscounted cumulative flows.");

  /**
   * Months until the upgrade's cumulative discounted cash flow turns non-negative. From the flows
   * discounted at {@code lifetime.discountRate}.
   */
  public static final Measure<Double> UPGRADE_DISCOUNTED_PAYBACK_MONTHS =
      register(
          "UpgradeDiscountedPaybackMonths",
          Double.class,
          StandardUnit.MONTHS,
          "Months until the upgrade's cumulative discounted cash flow turns non-negative. From the flows discounted at lifetime.discountRate.");

  /**
   * Highest all-in annual network cost per GPU of the candidate at which the upgrade NPV is zero.
   * From the upgrade NPV, discounted at {@code lifetime.discountRate}.
   */
  public static final Measure<CurrencyAmount> BREAK_EVEN_NETWORK_COST_PER_GPU =
      register(
          "BreakEvenNetworkCostPerGpu",
          CurrencyAmount.class,
          StandardUnit.MONEY_PER_GPU_YEAR,
          "Highest all-in annual network cost per GPU of the candidate at which the upgrade NPV is zero. From the upgrade NPV, discounted at lifetime.discountRate.");

  /**
   * Lowest effective-bandwidth fraction of the candidate at which the upgrade NPV is zero. From the
   * upgrade NPV, discounted at {@code lifetime.discountRate}.
   */
  public static final Measure<Double> BREAK_EVEN_EFFECTIVE_FRACTION =
      register(
          "BreakEvenEffectiveFraction",
          Double.class,
          StandardUnit.FACTOR,
          "Lowest effective-bandwidth fraction of the candidate at which the upgrade NPV is zero. From the upgrade NPV, discounted at lifetime.discountRate.");

  /**
   * GPU-hour price at which the upgrade pays back exactly at the end of the horizon. From the
   * undiscounted sum over the horizon (the upgrade's net benefit).
   */
  public static final Measure<CurrencyAmount> BREAK_EVEN_GPU_HOUR_PRICE =
      register(
          "BreakEvenGpuHourPrice",
          CurrencyAmount.class,
          StandardUnit.MONEY_PER_GPU_HOUR,
          "GPU-hour price at which the upgrade pays back exactly at the end of the horizon. From the undiscounted sum over the horizon (the upgrade's net benefit).");

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
}
