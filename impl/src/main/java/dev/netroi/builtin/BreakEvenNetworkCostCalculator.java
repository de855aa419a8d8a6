package dev.netroi.builtin;

import static dev.netroi.calc.Measures.BREAK_EVEN_NETWORK_COST_PER_GPU;
import static dev.netroi.calc.Measures.UPGRADE_NPV;

import dev.netroi.Scenario;
import dev.netroi.calc.Block;
import dev.netroi.calc.FailureReason;
import dev.netroi.lifetime.Discounting;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The break-even network cost: the highest all-in annual network cost per GPU of the candidate,
 * paid at the end of each year in place of its fabric or stated cost, at which the upgrade's NPV is
 * zero = (NPV / GPUs + present value of the candidate's network per GPU) / annuity factor ({@link
 * LifetimeTerms#breakEvenNetworkCost}). The NPV is linear in that cost, so this is exact. Undefined
 * when it is negative: even a free network would not match the baseline.
 */
public final class BreakEvenNetworkCostCalculator extends UpgradeCalculator {

  /** Creates the calculator. */
  public BreakEvenNetworkCostCalculator() {
    super(
        List.of(BREAK_EVEN_NETWORK_COST_PER_GPU),
        BREAK_EVEN_NETWORK_COST_PER_GPU
            + " = ("
            + UPGRADE_NPV
            + " / fleet.count + present value of the candidate's network per GPU) / annuity"
            + " factor of lifetime.discountRate over lifetime.horizonYears");
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
    double cost = t.breakEvenNetworkCost(Discounting.npv(t.rate, flows, length));
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
        + TcoCalculator.money(
                scenario, t.breakEvenNetworkCost(Discounting.npv(t.rate, t.flows, t.horizon + 1)))
            .toDisplayString();
  }
}
