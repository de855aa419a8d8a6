package dev.netroi.builtin;

import static dev.netroi.calc.Measures.THROUGHPUT_FACTOR_BASELINE;
import static dev.netroi.calc.Measures.THROUGHPUT_FACTOR_CANDIDATE;
import static dev.netroi.calc.Measures.THROUGHPUT_SPEEDUP;

import dev.netroi.calc.Block;
import dev.netroi.calc.CalculationContext;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.Figure;
import java.util.List;
import java.util.Set;

/** Throughput speed-up = throughput factor (candidate) / throughput factor (baseline). */
public final class ThroughputSpeedupCalculator extends BuiltInCalculator {

  private static final String FORMULA =
      THROUGHPUT_SPEEDUP + " = " + THROUGHPUT_FACTOR_CANDIDATE + " / " + THROUGHPUT_FACTOR_BASELINE;

  /** Creates the calculator. */
  public ThroughputSpeedupCalculator() {
    super(
        Set.of(THROUGHPUT_SPEEDUP),
        Set.of(THROUGHPUT_FACTOR_CANDIDATE, THROUGHPUT_FACTOR_BASELINE));
  }

  @Override
  public List<Figure<?>> calculate(CalculationContext context) {
    double candidate = context.value(THROUGHPUT_FACTOR_CANDIDATE);
    double baseline = context.value(THROUGHPUT_FACTOR_BASELINE);
    Explanation explanation =
        Explanation.of(FORMULA)
            .withInput(THROUGHPUT_FACTOR_CANDIDATE, candidate)
            .withInput(THROUGHPUT_FACTOR_BASELINE, baseline);
    return List.of(Figure.of(THROUGHPUT_SPEEDUP, speedup(candidate, baseline), explanation));
  }

  @Override
  public void calculateBlock(Block block) {
    double[] candidate = block.values(THROUGHPUT_FACTOR_CANDIDATE);
    double[] baseline = block.values(THROUGHPUT_FACTOR_BASELINE);
    double[] out = block.output(THROUGHPUT_SPEEDUP);
    for (int row = 0; row < block.size(); row++) {
      out[row] = speedup(candidate[row], baseline[row]);
    }
  }

  /** Speed-up = candidate's factor / baseline's factor; factors are in (0, 1]. */
  static double speedup(double candidate, double baseline) {
    return candidate / baseline;
  }
}
