package dev.netroi.builtin;

import static dev.netroi.calc.Measures.UPGRADE_DISCOUNTED_PAYBACK_MONTHS;

import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Row;
import dev.netroi.finance.Discounting;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The discounted payback of the upgrade in months: 12 x the time, in years, from which the
 * upgrade's cumulative discounted cash flow stays non-negative ({@link
 * Discounting#discountedPaybackPeriods}, linear within a year). For a conventional upgrade (it
 * costs more up front, then earns more) that is when the cumulative discounted cash flow turns
 * non-negative. Zero when it is never negative; undefined when it is negative at the end of the
 * horizon.
 */
public final class UpgradeDiscountedPaybackCalculator extends UpgradeCalculator {

  /** Creates the calculator. */
  public UpgradeDiscountedPaybackCalculator() {
    super(
        List.of(UPGRADE_DISCOUNTED_PAYBACK_MONTHS),
        UPGRADE_DISCOUNTED_PAYBACK_MONTHS
            + " = 12 x the years from which the cumulative discounted cash flow stays non-negative (linear within a year)");
  }

  @Override
  @Nullable FailureReason compute(Row row, double[] s, int length) {
    double months = Discounting.discountedPaybackMonthsOrNaN(s[LifetimeRows.RATE], s, length);
    if (Double.isNaN(months)) {
      return FailureReason.UNDEFINED;
    }
    row.set(0, months);
    return null;
  }

  @Override
  String refusal(Row row, double[] s, FailureReason reason) {
    return "the upgrade does not pay back within the "
        + LifetimeRows.horizon(s)
        + "-year horizon: its cumulative discounted cash flow is negative at the end (upgrade cash flows "
        + series(row, s)
        + ")";
  }
}
