package dev.netroi.builtin;

import static dev.netroi.calc.Measures.BREAK_EVEN_GPU_HOUR_PRICE;

import dev.netroi.InputPaths;
import dev.netroi.PricingModel;
import dev.netroi.Scenario;
import dev.netroi.calc.Block;
import dev.netroi.calc.FailureReason;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The GPU-hour price at which the upgrade pays back exactly at the end of the horizon: its net
 * benefit over the horizon (undiscounted) is zero. Revenue is proportional to the GPU-time price,
 * so with U the upgrade's extra revenue over the horizon at today's price P and K = U - net benefit
 * its extra cost, the price is P x K / U, shown per GPU-hour. Needs GPU-time pricing ({@code
 * MISSING_INPUT} otherwise); undefined when the candidate sells no more than the baseline (U <= 0)
 * or when the upgrade costs nothing extra (K <= 0: it pays back at any price).
 */
public final class BreakEvenGpuHourPriceCalculator extends UpgradeCalculator {

  /** Creates the calculator. */
  public BreakEvenGpuHourPriceCalculator() {
    super(
        List.of(BREAK_EVEN_GPU_HOUR_PRICE),
        BREAK_EVEN_GPU_HOUR_PRICE
            + " = pricing.price x extra cost / extra revenue over the horizon, per GPU-hour; extra"
            + " revenue = (realised value candidate - baseline) x fleet.count x"
            + " (lifetime.firstYearRamp + lifetime.horizonYears - 1), extra cost = extra revenue -"
            + " net benefit");
  }

  /** Extra revenue of the upgrade over the horizon = uplift per GPU-year x GPUs x ramp years. */
  static double extraRevenue(double uplift, double count, double rampYears) {
    return uplift * count * rampYears;
  }

  /** Break-even price = price x extra cost / extra revenue. */
  static double breakEvenPrice(double price, double extraCost, double extraRevenue) {
    return price * extraCost / extraRevenue;
  }

  /** A price per unit of GPU time as a price per GPU-hour = price x 3,600 / seconds a unit. */
  static double perHour(double price, long unitSeconds) {
    return price * 3600 / unitSeconds;
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
    double price =
        block == null ? perTime.price().amount() : block.input(InputPaths.PRICING_PRICE)[row];
    double revenue = extraRevenue(required[0] - required[1], t.count, t.rampYears());
    double cost = revenue - UpgradeValueCalculator.sum(flows, length);
    if (!(revenue > 0 && cost > 0)) {
      return FailureReason.UNDEFINED;
    }
    out[0] = perHour(breakEvenPrice(price, cost, revenue), perTime.unit().seconds());
    return null;
  }

  @Override
  String refusal(LifetimeTerms t, double[] required, Scenario scenario, FailureReason reason) {
    if (reason == FailureReason.MISSING_INPUT) {
      return "the pricing is per million tokens: a break-even GPU-hour price needs GPU-time"
          + " pricing";
    }
    return required[0] - required[1] > 0
        ? "the upgrade costs nothing extra over the horizon: it pays back at any GPU-hour price"
        : "the candidate sells no more than the baseline: no GPU-hour price pays back the"
            + " upgrade";
  }
}
