package dev.netroi.builtin;

import static dev.netroi.calc.Measures.UPGRADE_PAYBACK_MONTHS;

import dev.netroi.Scenario;
import dev.netroi.calc.Block;
import dev.netroi.calc.FailureReason;
import dev.netroi.lifetime.Discounting;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The simple payback: the month at which the upgrade's cumulative cash flow turns non-negative
 * ({@link Discounting#paybackPeriods}, linear within a year) x 12. Zero when year 0 needs no
 * investment; undefined when the cumulative cash flow never turns non-negative within the horizon.
 */
public final class UpgradePaybackCalculator extends UpgradeCalculator {

  /** Creates the calculator. */
  public UpgradePaybackCalculator() {
    super(
        List.of(UPGRADE_PAYBACK_MONTHS),
        UPGRADE_PAYBACK_MONTHS
            + " = 12 x (years before the cumulative cash flow turns non-negative + the share of that year needed)");
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
    double years = Discounting.paybackPeriods(flows, length);
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
        + "-year horizon: its cumulative cash flow stays negative (upgrade cash flows "
        + series(t, scenario).toDisplayString()
        + ")";
  }
}
