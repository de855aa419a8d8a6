package dev.netroi.builtin;

import static dev.netroi.calc.Measures.EXTRA_NETWORK_COST_PER_GPU;
import static dev.netroi.calc.Measures.NETWORK_COST_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.NETWORK_COST_PER_GPU_CANDIDATE;

import dev.netroi.CurrencyAmount;
import dev.netroi.InputPaths;
import dev.netroi.Scenario;
import dev.netroi.calc.Block;
import dev.netroi.calc.CalculationContext;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.Figure;
import java.util.List;
import java.util.Set;

/**
 * The annual network cost per GPU of both options, as the scenario states them, and the extra cost
 * of the candidate = cost (candidate) - cost (baseline).
 */
public final class NetworkCostCalculator extends BuiltInCalculator {

  private static final String CANDIDATE =
      NETWORK_COST_PER_GPU_CANDIDATE + " = candidate.annualCostPerGpu";
  private static final String BASELINE =
      NETWORK_COST_PER_GPU_BASELINE + " = baseline.annualCostPerGpu";
  private static final String EXTRA =
      EXTRA_NETWORK_COST_PER_GPU + " = candidate.annualCostPerGpu - baseline.annualCostPerGpu";

  /** Creates the calculator. */
  public NetworkCostCalculator() {
    super(
        Set.of(
            NETWORK_COST_PER_GPU_CANDIDATE,
            NETWORK_COST_PER_GPU_BASELINE,
            EXTRA_NETWORK_COST_PER_GPU),
        Set.of());
  }

  @Override
  public List<Figure<?>> calculate(CalculationContext context) {
    Scenario scenario = context.scenario();
    CurrencyAmount candidate = scenario.candidate().annualCostPerGpu();
    CurrencyAmount baseline = scenario.baseline().annualCostPerGpu();
    return List.of(
        Figure.of(
            NETWORK_COST_PER_GPU_CANDIDATE,
            candidate,
            Explanation.of(CANDIDATE).withInput("candidate.annualCostPerGpu", candidate)),
        Figure.of(
            NETWORK_COST_PER_GPU_BASELINE,
            baseline,
            Explanation.of(BASELINE).withInput("baseline.annualCostPerGpu", baseline)),
        Figure.of(
            EXTRA_NETWORK_COST_PER_GPU,
            CurrencyAmount.of(
                sameCurrency(candidate, baseline),
                extraCost(candidate.amount(), baseline.amount())),
            Explanation.of(EXTRA)
                .withInput("candidate.annualCostPerGpu", candidate)
                .withInput("baseline.annualCostPerGpu", baseline)));
  }

  @Override
  public void calculateBlock(Block block) {
    double[] candidate = block.input(InputPaths.CANDIDATE_ANNUAL_COST_PER_GPU);
    double[] baseline = block.input(InputPaths.BASELINE_ANNUAL_COST_PER_GPU);
    int rows = block.size();
    System.arraycopy(candidate, 0, block.output(NETWORK_COST_PER_GPU_CANDIDATE), 0, rows);
    System.arraycopy(baseline, 0, block.output(NETWORK_COST_PER_GPU_BASELINE), 0, rows);
    double[] extra = block.output(EXTRA_NETWORK_COST_PER_GPU);
    for (int row = 0; row < rows; row++) {
      extra[row] = extraCost(candidate[row], baseline[row]);
    }
  }

  /** Extra cost = candidate's annual cost per GPU - baseline's. */
  static double extraCost(double candidate, double baseline) {
    return candidate - baseline;
  }
}
