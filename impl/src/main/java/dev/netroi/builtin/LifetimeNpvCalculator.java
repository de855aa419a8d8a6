package dev.netroi.builtin;

import static dev.netroi.calc.Measures.LIFETIME_NPV_BASELINE;
import static dev.netroi.calc.Measures.LIFETIME_NPV_CANDIDATE;
import static dev.netroi.calc.Measures.REALISED_ANNUAL_VALUE_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE;

import dev.netroi.CashFlows;
import dev.netroi.OptionRole;
import dev.netroi.Scenario;
import dev.netroi.calc.Block;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.FailureReason;
import dev.netroi.finance.Discounting;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The NPV of the fleet's own cash flows on each option's network over the horizon: year 0 buys the
 * GPUs and the fabric, years 1 to n sell the realised value and pay the network, energy and
 * hosting, and year n adds the book values (formulas in {@link LifetimeTerms}). The options of one
 * fleet rank by it.
 */
public final class LifetimeNpvCalculator extends LifetimeCalculator {

  private static final String FORMULA =
      " = sum over years t = 0..n of the fleet's cash flow / (1 + lifetime.discountRate)^t; year 0"
          + " = -(fleet.unitPrice + fabric capex per GPU) x fleet.count, year t = (realised value"
          + " x ramp - network cost - energy - hosting) x fleet.count, plus book values in year n";

  /** Creates the calculator. */
  public LifetimeNpvCalculator() {
    super(
        List.of(LIFETIME_NPV_CANDIDATE, LIFETIME_NPV_BASELINE),
        List.of(REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE, REALISED_ANNUAL_VALUE_PER_GPU_BASELINE),
        true,
        true);
  }

  @Override
  @Nullable FailureReason compute(
      LifetimeTerms t,
      double[] required,
      double[] out,
      Scenario scenario,
      @Nullable Block block,
      int row) {
    t.optionFlows(t.candidate, required[0], t.flows);
    out[0] = npv(t);
    t.optionFlows(t.baseline, required[1], t.flows);
    out[1] = npv(t);
    return null;
  }

  /** The NPV of the flows in the terms' scratch, or NaN (an overflow, failed as UNDEFINED). */
  private static double npv(LifetimeTerms t) {
    return LifetimeTerms.allFinite(t.flows, t.horizon + 1)
        ? Discounting.npv(t.rate, t.flows, t.horizon + 1)
        : Double.NaN;
  }

  @Override
  Explanation explain(int index, LifetimeTerms t, double[] required, double[] out, Scenario s) {
    OptionRole role = index == 0 ? OptionRole.CANDIDATE : OptionRole.BASELINE;
    t.optionFlows(t.network(role), required[index], t.flows);
    return Explanation.of((index == 0 ? LIFETIME_NPV_CANDIDATE : LIFETIME_NPV_BASELINE) + FORMULA)
        .withInput(
            role.head() + " cash flows",
            CashFlows.of(s.currency(), Arrays.copyOf(t.flows, t.horizon + 1)).toDisplayString())
        .withInput("lifetime.discountRate", t.rate);
  }
}
