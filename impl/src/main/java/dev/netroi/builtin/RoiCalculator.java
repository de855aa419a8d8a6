package dev.netroi.builtin;

import static dev.netroi.calc.Measures.EXTRA_NETWORK_COST_PER_GPU;
import static dev.netroi.calc.Measures.NET_BENEFIT_PER_GPU;
import static dev.netroi.calc.Measures.ROI;

import dev.netroi.CurrencyAmount;
import dev.netroi.calc.Block;
import dev.netroi.calc.CalculationContext;
import dev.netroi.calc.CalculationException;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Figure;
import java.util.List;
import java.util.Set;

/**
 * Textbook ROI = (uplift - extra cost) / extra cost = net benefit / extra cost. Undefined (a failed
 * result) when the candidate costs no more than the baseline: there is no extra spend to return on,
 * and the net benefit tells the story instead.
 */
public final class RoiCalculator extends BuiltInCalculator {

  private static final String FORMULA =
      ROI
          + " = (ValueUpliftPerGpu - ExtraNetworkCostPerGpu) / ExtraNetworkCostPerGpu = "
          + NET_BENEFIT_PER_GPU
          + " / "
          + EXTRA_NETWORK_COST_PER_GPU;

  /** Creates the calculator. */
  public RoiCalculator() {
    super(Set.of(ROI), Set.of(NET_BENEFIT_PER_GPU, EXTRA_NETWORK_COST_PER_GPU));
  }

  @Override
  public List<Figure<?>> calculate(CalculationContext context) {
    CurrencyAmount net = context.value(NET_BENEFIT_PER_GPU);
    CurrencyAmount extra = context.value(EXTRA_NETWORK_COST_PER_GPU);
    if (extra.isZero() || extra.isNegative()) {
      throw new CalculationException(
          FailureReason.UNDEFINED,
          ROI
              + " is undefined: the candidate costs "
              + (extra.isZero() ? "the same as" : "less than")
              + " the baseline ("
              + EXTRA_NETWORK_COST_PER_GPU
              + " = "
              + extra
              + "), so there is no extra spend to return on; see "
              + NET_BENEFIT_PER_GPU
              + " = "
              + net);
    }
    Explanation explanation =
        Explanation.of(FORMULA)
            .withInput(NET_BENEFIT_PER_GPU, net)
            .withInput(EXTRA_NETWORK_COST_PER_GPU, extra);
    sameCurrency(net, extra);
    return List.of(Figure.of(ROI, roi(net.amount(), extra.amount()), explanation));
  }

  @Override
  public void calculateBlock(Block block) {
    double[] net = block.values(NET_BENEFIT_PER_GPU);
    double[] extra = block.values(EXTRA_NETWORK_COST_PER_GPU);
    double[] out = block.output(ROI);
    int notAbove = 0; // a flag set without a branch, so the loop stays tight
    for (int row = 0; row < block.size(); row++) {
      out[row] = roi(net[row], extra[row]);
      notAbove |= extra[row] > 0 ? 0 : 1;
    }
    if (notAbove != 0) {
      for (int row = 0; row < block.size(); row++) {
        if (!(extra[row] > 0)) {
          block.fail(row, FailureReason.UNDEFINED);
        }
      }
    }
  }

  /** ROI = net benefit / extra network cost; the extra cost is above zero. */
  static double roi(double netBenefit, double extraCost) {
    return netBenefit / extraCost;
  }
}
