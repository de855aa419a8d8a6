package dev.netroi.builtin;

import static dev.netroi.calc.Measures.UPGRADE_NET_BENEFIT;
import static dev.netroi.calc.Measures.UPGRADE_NPV;

import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Row;
import dev.netroi.finance.Discounting;
import dev.netroi.lifetime.LifetimeFormulas;
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

  @Override
  @Nullable FailureReason compute(Row row, double[] s, int length) {
    row.set(0, Discounting.npv(s[LifetimeRows.RATE], s, length));
    row.set(1, LifetimeFormulas.sum(s, length));
    return null;
  }
}
