package dev.netroi.builtin;

import static dev.netroi.calc.Measures.UPGRADE_IRR;

import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Row;
import dev.netroi.finance.Discounting;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The internal rate of return of the upgrade's cash flows ({@link Discounting#irr}, a bracketing
 * search). Undefined, with the reason, when the flows have no IRR (first: when their signs never
 * change, such as flows of 0 then only inflows) or several, and when the first flow that is not
 * zero is an inflow: a candidate that costs less up front and more later has the flows of a loan,
 * whose IRR is a borrowing rate (higher is worse), so it is compared by its NPV.
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
  @Nullable FailureReason compute(Row row, double[] s, int length) {
    if (!signsChange(s, length) || startsWithInflow(s, length)) {
      return FailureReason.UNDEFINED;
    }
    double irr = Discounting.irrOrNaN(s, length);
    if (Double.isNaN(irr)) {
      return FailureReason.UNDEFINED;
    }
    row.set(0, irr);
    return null;
  }

  /** Whether the flows have both a negative and a positive flow: else they have no IRR. */
  static boolean signsChange(double[] flows, int length) {
    boolean negative = false;
    boolean positive = false;
    for (int year = 0; year < length; year++) {
      negative |= flows[year] < 0;
      positive |= flows[year] > 0;
    }
    return negative && positive;
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
  String refusal(Row row, double[] s, FailureReason reason) {
    int length = LifetimeRows.length(s);
    if (signsChange(s, length) && startsWithInflow(s, length)) {
      return "no IRR of an investment: the upgrade's first flow is an inflow (it costs less up"
          + " front and more later, as a loan does), so an IRR would be a borrowing rate; compare"
          + " by UpgradeNpv (upgrade cash flows "
          + series(row, s)
          + ")";
    }
    return Discounting.irr(s, length).reason() + " (upgrade cash flows " + series(row, s) + ")";
  }
}
