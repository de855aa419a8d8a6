package dev.netroi.builtin;

import static dev.netroi.calc.Measures.BREAK_EVEN_GPU_HOUR_PRICE;
import static dev.netroi.calc.Measures.THROUGHPUT_FACTOR_BASELINE;
import static dev.netroi.calc.Measures.THROUGHPUT_FACTOR_CANDIDATE;

import dev.netroi.PricingModel;
import dev.netroi.Scenario;
import dev.netroi.calc.Block;
import dev.netroi.calc.FailureReason;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The GPU-hour price at which the upgrade pays back exactly at the end of the horizon: its net
 * benefit over the horizon (undiscounted) is zero. Revenue is proportional to the GPU-time price,
 * so the net benefit is linear in it: with S the extra revenue of the upgrade over the horizon per
 * unit of price (the realised values of both options at a price of 1, through the same formulas as
 * at P), the price is -B0 / S, where B0 is the net benefit at a price of 0 (the flows without
 * revenue), shown per GPU-hour. When the candidate sells more (S > 0) the upgrade pays back at any
 * higher price; when it sells less (S < 0, a cheaper network that does less), at any lower price.
 * Needs GPU-time pricing ({@code MISSING_INPUT} otherwise); undefined when the net benefit does not
 * depend on the price (S = 0) or when no price of zero or more breaks even.
 */
public final class BreakEvenGpuHourPriceCalculator extends UpgradeCalculator {

  /** Creates the calculator. */
  public BreakEvenGpuHourPriceCalculator() {
    super(
        List.of(BREAK_EVEN_GPU_HOUR_PRICE),
        List.of(THROUGHPUT_FACTOR_CANDIDATE, THROUGHPUT_FACTOR_BASELINE),
        BREAK_EVEN_GPU_HOUR_PRICE
            + " = -(net benefit at a price of 0) / extra revenue per unit of price x 3,600 /"
            + " seconds per unit of GPU time; extra revenue per unit of price = (realised value"
            + " candidate - baseline at a price of 1) x fleet.count x (lifetime.firstYearRamp +"
            + " lifetime.horizonYears - 1)");
  }

  /** Extra revenue of the upgrade over the horizon = uplift per GPU-year x GPUs x ramp years. */
  static double extraRevenue(double uplift, double count, double rampYears) {
    return uplift * count * rampYears;
  }

  /** Break-even price = -(net benefit at a price of 0) / extra revenue per unit of price. */
  static double breakEvenPrice(double netBenefitAtZero, double revenuePerUnitPrice) {
    return -netBenefitAtZero / revenuePerUnitPrice;
  }

  /** A price per unit of GPU time as a price per GPU-hour = price x 3,600 / seconds a unit. */
  static double perHour(double price, long unitSeconds) {
    return price * 3600 / unitSeconds;
  }

  /** The extra revenue over the horizon per unit of GPU-time price, or NaN for token pricing. */
  static double revenuePerUnitPrice(
      LifetimeTerms t, Scenario scenario, double candidateFactor, double baselineFactor) {
    if (!(scenario.pricing() instanceof PricingModel.PerGpuTime perTime)) {
      return Double.NaN;
    }
    double theoretical =
        dev.netroi.finance.AnnualValue.theoreticalValue(
            1, dev.netroi.finance.AnnualValue.unitsPerYear(t.days, perTime.unit().seconds()));
    double candidate =
        dev.netroi.finance.AnnualValue.soldValue(
            dev.netroi.finance.AnnualValue.realisedValue(theoretical, candidateFactor),
            t.utilisation);
    double baseline =
        dev.netroi.finance.AnnualValue.soldValue(
            dev.netroi.finance.AnnualValue.realisedValue(theoretical, baselineFactor),
            t.utilisation);
    return extraRevenue(candidate - baseline, t.count, t.rampYears());
  }

  @Override
  @Nullable FailureReason compute(
      LifetimeTerms t,
      double[] flows,
      int length,
      double[] required,
      double[] out,
      Scenario scenario,
      @Nullable Block block,
      int row) {
    if (!(scenario.pricing() instanceof PricingModel.PerGpuTime perTime)) {
      return FailureReason.MISSING_INPUT;
    }
    double slope = revenuePerUnitPrice(t, scenario, required[2], required[3]);
    // the net benefit at a price of 0: the upgrade's flows with no revenue, by the same formulas
    t.upgradeFlows(0, 0, t.moreFlows);
    double price = breakEvenPrice(UpgradeValueCalculator.sum(t.moreFlows, length), slope);
    if (slope == 0 || !(price >= 0)) {
      return FailureReason.UNDEFINED;
    }
    out[0] = perHour(price, perTime.unit().seconds());
    return null;
  }

  @Override
  String refusal(LifetimeTerms t, double[] required, Scenario scenario, FailureReason reason) {
    if (reason == FailureReason.MISSING_INPUT) {
      return "the pricing is per million tokens: a break-even GPU-hour price needs GPU-time"
          + " pricing";
    }
    double netBenefit = UpgradeValueCalculator.sum(t.flows, t.horizon + 1);
    String benefit = TcoCalculator.money(scenario, netBenefit).toDisplayString();
    if (revenuePerUnitPrice(t, scenario, required[2], required[3]) == 0) {
      return "the candidate sells as much as the baseline, so the upgrade's net benefit ("
          + benefit
          + ") does not depend on the GPU-hour price";
    }
    return netBenefit > 0
        ? "the upgrade pays back at every GPU-hour price, even 0 (net benefit " + benefit + ")"
        : "the upgrade pays back at no GPU-hour price of 0 or more (net benefit "
            + benefit
            + " at today's price)";
  }
}
