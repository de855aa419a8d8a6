package dev.netroi.builtin;

import static dev.netroi.calc.Measures.UPGRADE_IRR;

import dev.netroi.Scenario;
import dev.netroi.calc.Block;
import dev.netroi.calc.FailureReason;
import dev.netroi.finance.Discounting;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The internal rate of return of the upgrade's cash flows ({@link Discounting#irr}, a bracketing
 * search). Undefined, with the reason, when the flows have no IRR or several, and when the first
 * flow that is not zero is an inflow: a candidate that costs less up front and more later has the
 * flows of a loan, whose IRR is a borrowing rate (higher is worse), so it is compared by its NPV.
 */
public final class UpgradeIrrCalculator extends UpgradeCalculator {

  /** Creates the calculator. */
  public UpgradeIrrCalculator() {
    super(
        List.of(UPGRADE_IRR),
        UPGRADE_IRR
            + " = the rate r > -1 at which sum over years t = 0..n of flow / (1 + r)^t = 0");
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
    if (startsWithInflow(flows, length)) {
      return FailureReason.UNDEFINED;
    }
    double irr = Discounting.irrOrNaN(flows, length);
    if (Double.isNaN(irr)) {
      return FailureReason.UNDEFINED;
    }
    out[0] = irr;
    return null;
  }

  /** Whether the first flow that is not zero is positive. */
  static boolean startsWithInflow(double[] flows, int length) {
    for (int year = 0; year < length; year++) {
      if (flows[year] != 0) {
        return flows[year] > 0;
      }
    }
    return false;
  }

  @Override
  String refusal(LifetimeTerms t, double[] required, Scenario scenario, FailureReason reason) {
    if (startsWithInflow(t.flows, t.horizon + 1)) {
      return "no IRR of an investment: the upgrade's first flow is an inflow (it costs less up"
          + " front and more later, as a loan does), so an IRR would be a borrowing rate; compare"
          + " by UpgradeNpv (upgrade cash flows "
          + series(t, scenario).toDisplayString()
          + ")";
    }
    return Discounting.irr(t.flows, t.horizon + 1).reason()
        + " (upgrade cash flows "
        + series(t, scenario).toDisplayString()
        + ")";
  }
}
