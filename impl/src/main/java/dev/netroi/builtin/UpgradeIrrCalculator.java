package dev.netroi.builtin;

import static dev.netroi.calc.Measures.UPGRADE_IRR;

import dev.netroi.Scenario;
import dev.netroi.calc.Block;
import dev.netroi.calc.FailureReason;
import dev.netroi.lifetime.Discounting;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The internal rate of return of the upgrade's cash flows ({@link Discounting#irr}, a bracketing
 * search). Undefined, with the reason, when the flows have no IRR or several.
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
    double irr = Discounting.irr(flows, length);
    if (Double.isNaN(irr)) {
      return FailureReason.UNDEFINED;
    }
    out[0] = irr;
    return null;
  }

  @Override
  String refusal(LifetimeTerms t, double[] required, Scenario scenario, FailureReason reason) {
    return Discounting.irrRefusal(t.flows, t.horizon + 1)
        + " (upgrade cash flows "
        + series(t, scenario).toDisplayString()
        + ")";
  }
}
