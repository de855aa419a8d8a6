package dev.netroi.builtin;

import static dev.netroi.calc.Measures.LIFETIME_NPV_BASELINE;
import static dev.netroi.calc.Measures.LIFETIME_NPV_CANDIDATE;
import static dev.netroi.calc.Measures.NETWORK_COST_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.NETWORK_COST_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.REALISED_ANNUAL_VALUE_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE;

import dev.netroi.OptionRole;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Row;
import dev.netroi.finance.Discounting;
import dev.netroi.lifetime.LifetimeFormulas;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The NPV of the fleet's own cash flows on each option's network over the horizon: year 0 buys the
 * GPUs and the fabric, years 1 to n sell the realised value and pay the network, energy and
 * hosting, and year n adds the book values (formulas in {@link LifetimeFormulas}). The options of
 * one fleet rank by it.
 */
public final class LifetimeNpvCalculator extends LifetimeCalculator {

  private static final String FORMULA =
      " = sum over years t = 0..n of the fleet's cash flow / (1 + lifetime.discountRate)^t; year 0"
          + " = -(fleet.unitPrice + fabric capex per GPU) x fleet.count, year t = (realised value"
          + " x ramp - network cost - energy - hosting) x fleet.count, plus book values in year n";

  private static final String CANDIDATE_FORMULA = LIFETIME_NPV_CANDIDATE + FORMULA;
  private static final String BASELINE_FORMULA = LIFETIME_NPV_BASELINE + FORMULA;

  /** Creates the calculator. */
  public LifetimeNpvCalculator() {
    super(
        List.of(LIFETIME_NPV_CANDIDATE, LIFETIME_NPV_BASELINE),
        List.of(
            REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE,
            REALISED_ANNUAL_VALUE_PER_GPU_BASELINE,
            NETWORK_COST_PER_GPU_CANDIDATE,
            NETWORK_COST_PER_GPU_BASELINE),
        fabricMeasures(true, true));
  }

  @Override
  @Nullable FailureReason compute(Row row, double[] s) {
    row.set(0, npv(s, LifetimeRows.CANDIDATE, row.value(0)));
    row.set(1, npv(s, LifetimeRows.BASELINE, row.value(1)));
    return null;
  }

  /** The NPV of an option's flows, or NaN (an overflow, failed as UNDEFINED). */
  private static double npv(double[] s, int network, double revenue) {
    LifetimeRows.optionFlows(s, network, revenue, LifetimeRows.FLOWS);
    int length = LifetimeRows.length(s);
    return LifetimeFormulas.allFinite(s, length)
        ? Discounting.npv(s[LifetimeRows.RATE], s, length)
        : Double.NaN;
  }

  @Override
  Explanation explain(Row row, double[] s, int output) {
    OptionRole role = output == 0 ? OptionRole.CANDIDATE : OptionRole.BASELINE;
    LifetimeRows.optionFlows(s, LifetimeRows.of(role), row.value(output), LifetimeRows.FLOWS);
    return withFlows(
            Explanation.of(output == 0 ? CANDIDATE_FORMULA : BASELINE_FORMULA),
            output == 0 ? "candidate cash flows" : "baseline cash flows",
            row,
            s,
            LifetimeRows.FLOWS,
            LifetimeRows.length(s))
        .withInput("lifetime.discountRate", s[LifetimeRows.RATE]);
  }
}
