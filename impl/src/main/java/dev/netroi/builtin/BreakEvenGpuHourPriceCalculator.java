package dev.netroi.builtin;

import static dev.netroi.calc.Measures.BREAK_EVEN_GPU_HOUR_PRICE;
import static dev.netroi.calc.Measures.THROUGHPUT_FACTOR_BASELINE;
import static dev.netroi.calc.Measures.THROUGHPUT_FACTOR_CANDIDATE;

import dev.netroi.PricingModel;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Row;
import dev.netroi.finance.AnnualValue;
import dev.netroi.lifetime.LifetimeFormulas;
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

  private static final int FACTOR_CANDIDATE = MORE;
  private static final int FACTOR_BASELINE = MORE + 1;

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

  /** The extra revenue over the horizon per unit of GPU-time price. */
  private static double revenuePerUnitPrice(Row row, double[] s, PricingModel.PerGpuTime perTime) {
    double theoretical =
        AnnualValue.theoreticalValue(
            1, AnnualValue.unitsPerYear(s[LifetimeRows.DAYS], perTime.unit().seconds()));
    double utilisation = s[LifetimeRows.UTILISATION];
    double candidate =
        AnnualValue.soldValue(
            AnnualValue.realisedValue(theoretical, row.value(FACTOR_CANDIDATE)), utilisation);
    double baseline =
        AnnualValue.soldValue(
            AnnualValue.realisedValue(theoretical, row.value(FACTOR_BASELINE)), utilisation);
    return LifetimeFormulas.extraRevenue(
        candidate - baseline,
        s[LifetimeRows.COUNT],
        LifetimeFormulas.rampYears(s[LifetimeRows.RAMP], LifetimeRows.horizon(s)));
  }

  @Override
  @Nullable FailureReason compute(Row row, double[] s, int length) {
    if (!(row.scenario().pricing() instanceof PricingModel.PerGpuTime perTime)) {
      return FailureReason.MISSING_INPUT;
    }
    double slope = revenuePerUnitPrice(row, s, perTime);
    // the net benefit at a price of 0: the upgrade's flows with no revenue, by the same formulas
    LifetimeRows.upgradeFlows(
        s, LifetimeRows.CANDIDATE, 0, LifetimeRows.BASELINE, 0, LifetimeRows.FLOWS);
    double price = LifetimeFormulas.breakEvenPrice(LifetimeFormulas.sum(s, length), slope);
    if (slope == 0 || !(price >= 0)) {
      return FailureReason.UNDEFINED;
    }
    row.set(0, LifetimeFormulas.perHour(price, perTime.unit().seconds()));
    return null;
  }

  @Override
  String refusal(Row row, double[] s, FailureReason reason) {
    if (!(row.scenario().pricing() instanceof PricingModel.PerGpuTime perTime)) {
      return "the pricing is per million tokens: a break-even GPU-hour price needs GPU-time"
          + " pricing";
    }
    flows(row, s); // today's flows again: compute left those at a price of 0
    double netBenefit = LifetimeFormulas.sum(s, LifetimeRows.length(s));
    String benefit = money(row, netBenefit).toDisplayString();
    if (revenuePerUnitPrice(row, s, perTime) == 0) {
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
