package dev.netroi.builtin;

import static dev.netroi.calc.Measures.BREAK_EVEN_NETWORK_COST_PER_GPU;
import static dev.netroi.calc.Measures.UPGRADE_NPV;

import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Row;
import dev.netroi.finance.Discounting;
import dev.netroi.lifetime.LifetimeFormulas;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The break-even network cost: the highest all-in annual network cost per GPU of the candidate,
 * paid at the end of each year in place of its fabric or stated cost, at which the upgrade's NPV is
 * zero = NPV of the upgrade with the candidate's network free, per GPU, / annuity factor ({@link
 * LifetimeFormulas#breakEvenNetworkCost}). The NPV is linear in that cost, so this is exact;
 * computed on the free network's flows directly, it does not cancel large network costs against
 * each other. Undefined when it is negative: even a free network would not match the baseline;
 * undefined with the overflow message when it is not a finite number.
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

  /**
   * The break-even cost of a row; overwrites the flows with those of the free network. NaN when
   * those flows overflow.
   */
  private static double cost(Row row, double[] s, int length) {
    LifetimeRows.upgradeFlows(
        s,
        LifetimeRows.FREE,
        row.value(REVENUE_CANDIDATE),
        LifetimeRows.BASELINE,
        row.value(REVENUE_BASELINE),
        LifetimeRows.FLOWS);
    if (!LifetimeFormulas.allFinite(s, length)) {
      return Double.NaN;
    }
    return LifetimeFormulas.breakEvenNetworkCost(
        Discounting.npv(s[LifetimeRows.RATE], s, length),
        s[LifetimeRows.COUNT],
        s[LifetimeRows.RATE],
        LifetimeRows.horizon(s));
  }

  @Override
  @Nullable FailureReason compute(Row row, double[] s, int length) {
    double cost = cost(row, s, length);
    if (Double.isFinite(cost) && cost < 0) {
      return FailureReason.UNDEFINED;
    }
    // not finite: the base class fails the row with the overflow message on both paths
    row.set(0, cost);
    return null;
  }

  @Override
  String refusal(Row row, double[] s, FailureReason reason) {
    return "even a free network would not give the candidate the baseline's NPV: the break-even"
        + " annual network cost per GPU is "
        + money(row, cost(row, s, LifetimeRows.length(s))).toDisplayString();
  }
}
