package dev.netroi.builtin;

import static dev.netroi.calc.Measures.UPGRADE_NET_BENEFIT;
import static dev.netroi.calc.Measures.UPGRADE_NPV;

import dev.netroi.Scenario;
import dev.netroi.calc.Block;
import dev.netroi.calc.FailureReason;
import dev.netroi.finance.Discounting;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The value of choosing the candidate over the baseline: the NPV of the upgrade's cash flows at the
 * discount rate ({@link Discounting#npv}: year 0 undiscounted, years 1 to n at the end of each
 * year) and their undiscounted sum (the net benefit over the horizon).
 */
public final class UpgradeValueCalculator extends UpgradeCalculator {

  /** Creates the calculator. */
  public UpgradeValueCalculator() {
    super(
        List.of(UPGRADE_NPV, UPGRADE_NET_BENEFIT),
        UPGRADE_NPV
            + " = sum over years t = 0..n of (candidate flow - baseline flow) / (1 +"
            + " lifetime.discountRate)^t",
        UPGRADE_NET_BENEFIT + " = sum over years t = 0..n of (candidate flow - baseline flow)");
  }

  /** Undiscounted sum of the flows, in year order. */
  static double sum(double[] flows, int length) {
    double sum = 0;
    for (int year = 0; year < length; year++) {
      sum += flows[year];
    }
    return sum;
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
    out[0] = Discounting.npv(t.rate, flows, length);
    out[1] = sum(flows, length);
    return null;
  }
}
