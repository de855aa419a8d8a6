package dev.netroi.builtin;

import static dev.netroi.calc.Measures.BENEFIT_COST_RATIO;
import static dev.netroi.calc.Measures.NETWORK_COST_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.VALUE_UPLIFT_PER_GPU;

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
 * Benefit-cost ratio = value uplift per GPU / annual network cost per GPU of the candidate: what
 * the reference analysis calls "13x ROI". Undefined (a failed result, never an infinity) when the
 * candidate's network cost is zero.
 */
public final class BenefitCostRatioCalculator extends BuiltInCalculator {

  private static final String FORMULA =
      BENEFIT_COST_RATIO + " = " + VALUE_UPLIFT_PER_GPU + " / " + NETWORK_COST_PER_GPU_CANDIDATE;

  /** Creates the calculator. */
  public BenefitCostRatioCalculator() {
    super(Set.of(BENEFIT_COST_RATIO), Set.of(VALUE_UPLIFT_PER_GPU, NETWORK_COST_PER_GPU_CANDIDATE));
  }

  @Override
  public List<Figure<?>> calculate(CalculationContext context) {
    CurrencyAmount uplift = context.value(VALUE_UPLIFT_PER_GPU);
    CurrencyAmount cost = context.value(NETWORK_COST_PER_GPU_CANDIDATE);
    if (cost.isZero()) {
      throw new CalculationException(
          FailureReason.UNDEFINED,
          BENEFIT_COST_RATIO
              + " is undefined: the candidate's annual network cost per GPU is "
              + cost
              + " (uplift "
              + uplift
              + ")");
    }
    Explanation explanation =
        Explanation.of(FORMULA)
            .withInput(VALUE_UPLIFT_PER_GPU, uplift)
            .withInput(NETWORK_COST_PER_GPU_CANDIDATE, cost);
    sameCurrency(uplift, cost);
    return List.of(
        Figure.of(
            BENEFIT_COST_RATIO, benefitCostRatio(uplift.amount(), cost.amount()), explanation));
  }

  @Override
  public void calculateBlock(Block block) {
    double[] uplift = block.values(VALUE_UPLIFT_PER_GPU);
    double[] cost = block.values(NETWORK_COST_PER_GPU_CANDIDATE);
    double[] ratio = block.output(BENEFIT_COST_RATIO);
    int zero = 0; // a flag set without a branch, so the loop stays tight
    for (int row = 0; row < block.size(); row++) {
      ratio[row] = benefitCostRatio(uplift[row], cost[row]);
      zero |= cost[row] == 0 ? 1 : 0;
    }
    if (zero != 0) {
      for (int row = 0; row < block.size(); row++) {
        if (cost[row] == 0) {
          block.fail(row, FailureReason.UNDEFINED);
        }
      }
    }
  }

  /** The ratio of two amounts of one currency; the cost is not zero. */
  static double benefitCostRatio(double uplift, double cost) {
    return uplift / cost;
  }
}
