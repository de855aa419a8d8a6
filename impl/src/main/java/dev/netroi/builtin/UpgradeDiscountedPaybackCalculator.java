package dev.netroi.builtin;

import static dev.netroi.calc.Measures.UPGRADE_DISCOUNTED_PAYBACK_MONTHS;

import dev.netroi.Scenario;
import dev.netroi.calc.Block;
import dev.netroi.calc.FailureReason;
import dev.netroi.lifetime.Discounting;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The discounted payback: the month at which the upgrade's cumulative discounted cash flow turns
 * non-negative ({@link Discounting#discountedPaybackPeriods}, linear within a year) x 12. Zero when
 * year 0 needs no investment; undefined when the cumulative discounted cash flow never turns
 * non-negative within the horizon.
 */
public final class UpgradeDiscountedPaybackCalculator extends UpgradeCalculator {

  /** Creates the calculator. */
  public UpgradeDiscountedPaybackCalculator() {
    super(
        List.of(UPGRADE_DISCOUNTED_PAYBACK_MONTHS),
        UPGRADE_DISCOUNTED_PAYBACK_MONTHS
            + " = 12 x (years before the cumulative discounted cash flow turns non-negative + the share of that year needed)");
  }

  /** Months = periods x 12. */
  static double months(double years) {
    return years * 12;
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
    double years = Discounting.discountedPaybackPeriods(t.rate, flows, length);
    if (Double.isNaN(years)) {
      return FailureReason.UNDEFINED;
    }
    out[0] = months(years);
    return null;
  }

  @Override
  String refusal(LifetimeTerms t, double[] required, Scenario scenario, FailureReason reason) {
    return "the upgrade does not pay back within the "
        + t.horizon
        + "-year horizon: its cumulative discounted cash flow stays negative (upgrade cash flows "
        + series(t, scenario).toDisplayString()
        + ")";
  }
}
