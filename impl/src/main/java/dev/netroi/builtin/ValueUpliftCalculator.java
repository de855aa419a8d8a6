package dev.netroi.builtin;

import static dev.netroi.calc.Measures.REALISED_ANNUAL_VALUE_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.VALUE_UPLIFT_PER_GPU;

import dev.netroi.CurrencyAmount;
import dev.netroi.calc.Block;
import dev.netroi.calc.CalculationContext;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.Figure;
import java.util.List;
import java.util.Set;

/** Value uplift per GPU = realised annual value (candidate) - realised annual value (baseline). */
public final class ValueUpliftCalculator extends BuiltInCalculator {

  private static final String FORMULA =
      VALUE_UPLIFT_PER_GPU
          + " = "
          + REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE
          + " - "
          + REALISED_ANNUAL_VALUE_PER_GPU_BASELINE;

  /** Creates the calculator. */
  public ValueUpliftCalculator() {
    super(
        Set.of(VALUE_UPLIFT_PER_GPU),
        Set.of(REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE, REALISED_ANNUAL_VALUE_PER_GPU_BASELINE));
  }

  @Override
  public List<Figure<?>> calculate(CalculationContext context) {
    CurrencyAmount candidate = context.value(REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE);
    CurrencyAmount baseline = context.value(REALISED_ANNUAL_VALUE_PER_GPU_BASELINE);
    Explanation explanation =
        Explanation.of(FORMULA)
            .withInput(REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE, candidate)
            .withInput(REALISED_ANNUAL_VALUE_PER_GPU_BASELINE, baseline);
    return List.of(
        Figure.of(
            VALUE_UPLIFT_PER_GPU,
            CurrencyAmount.of(
                sameCurrency(candidate, baseline), uplift(candidate.amount(), baseline.amount())),
            explanation));
  }

  @Override
  public void calculateBlock(Block block) {
    double[] candidate = block.values(REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE);
    double[] baseline = block.values(REALISED_ANNUAL_VALUE_PER_GPU_BASELINE);
    double[] out = block.output(VALUE_UPLIFT_PER_GPU);
    for (int row = 0; row < block.size(); row++) {
      out[row] = uplift(candidate[row], baseline[row]);
    }
  }

  /** Uplift = realised value (candidate) - realised value (baseline). */
  static double uplift(double candidate, double baseline) {
    return candidate - baseline;
  }
}
