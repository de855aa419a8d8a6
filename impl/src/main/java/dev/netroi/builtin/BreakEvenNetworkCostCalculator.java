package dev.netroi.builtin;

import static dev.netroi.calc.Measures.BREAK_EVEN_NETWORK_COST_PER_GPU;
import static dev.netroi.calc.Measures.UPGRADE_NPV;

import dev.netroi.Scenario;
import dev.netroi.calc.Block;
import dev.netroi.calc.FailureReason;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The break-even network cost: the highest all-in annual network cost per GPU of the candidate,
 * paid at the end of each year in place of its fabric or stated cost, at which the upgrade's NPV is
 * zero = NPV of the upgrade with the candidate's network free, per GPU, / annuity factor ({@link
 * LifetimeTerms#breakEvenNetworkCost}). The NPV is linear in that cost, so this is exact. Undefined
 * when it is negative: even a free network would not match the baseline; undefined with the
 * overflow message when it is not a finite number.
 */
public final class BreakEvenNetworkCostCalculator extends UpgradeCalculator {

  /** Creates the calculator. */
  public BreakEvenNetworkCostCalculator() {
    super(
        List.of(BREAK_EVEN_NETWORK_COST_PER_GPU),
        BREAK_EVEN_NETWORK_COST_PER_GPU
            + " = NPV of the upgrade with the candidate's network free (as "
            + UPGRADE_NPV
            + " computes it) / fleet.count / annuity factor of lifetime.discountRate over"
            + " lifetime.horizonYears");
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
    double cost = t.breakEvenNetworkCost(required[0], required[1]);
    if (!Double.isFinite(cost)) {
      // the flows, their NPV or the annuity factor overflow (a discount rate near -100 % over a
      // long horizon): the base class fails the row with the overflow message on both paths
      out[0] = Double.NaN;
      return null;
    }
    if (cost < 0) {
      return FailureReason.UNDEFINED;
    }
    out[0] = cost;
    return null;
  }

  @Override
  String refusal(LifetimeTerms t, double[] required, Scenario scenario, FailureReason reason) {
    return "even a free network would not give the candidate the baseline's NPV: the break-even"
        + " annual network cost per GPU is "
        + TcoCalculator.money(scenario, t.breakEvenNetworkCost(required[0], required[1]))
            .toDisplayString();
  }
}
