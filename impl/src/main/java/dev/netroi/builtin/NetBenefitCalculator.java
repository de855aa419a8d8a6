package dev.netroi.builtin;

import static dev.netroi.calc.Measures.EXTRA_NETWORK_COST_PER_GPU;
import static dev.netroi.calc.Measures.NET_BENEFIT_PER_GPU;
import static dev.netroi.calc.Measures.VALUE_UPLIFT_PER_GPU;

import dev.netroi.CurrencyAmount;
import dev.netroi.calc.Block;
import dev.netroi.calc.CalculationContext;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.Figure;
import java.util.List;
import java.util.Set;

/** Net benefit per GPU = value uplift - (cost (candidate) - cost (baseline)). */
public final class NetBenefitCalculator extends BuiltInCalculator {

  private static final String FORMULA =
      NET_BENEFIT_PER_GPU + " = " + VALUE_UPLIFT_PER_GPU + " - " + EXTRA_NETWORK_COST_PER_GPU;

  /** Creates the calculator. */
  public NetBenefitCalculator() {
    super(Set.of(NET_BENEFIT_PER_GPU), Set.of(VALUE_UPLIFT_PER_GPU, EXTRA_NETWORK_COST_PER_GPU));
  }

  @Override
  public List<Figure<?>> calculate(CalculationContext context) {
    CurrencyAmount uplift = context.value(VALUE_UPLIFT_PER_GPU);
    CurrencyAmount extra = context.value(EXTRA_NETWORK_COST_PER_GPU);
    Explanation explanation =
        Explanation.of(FORMULA)
            .withInput(VALUE_UPLIFT_PER_GPU, uplift)
            .withInput(EXTRA_NETWORK_COST_PER_GPU, extra);
    return List.of(
        Figure.of(
            NET_BENEFIT_PER_GPU,
            CurrencyAmount.of(
                sameCurrency(uplift, extra), netBenefit(uplift.amount(), extra.amount())),
            explanation));
  }

  @Override
  public void calculateBlock(Block block) {
    double[] uplift = block.values(VALUE_UPLIFT_PER_GPU);
    double[] extra = block.values(EXTRA_NETWORK_COST_PER_GPU);
    double[] out = block.output(NET_BENEFIT_PER_GPU);
    for (int row = 0; row < block.size(); row++) {
      out[row] = netBenefit(uplift[row], extra[row]);
    }
  }

  /** Net benefit = uplift - extra network cost. */
  static double netBenefit(double uplift, double extraCost) {
    return uplift - extraCost;
  }
}
