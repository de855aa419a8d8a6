package dev.netroi.builtin;

import static dev.netroi.calc.Measures.NETWORK_RUN_RATE_PER_ACTIVE_GPU;
import static dev.netroi.calc.Measures.NETWORK_SPEND_PER_GPU_SOLD;

import dev.netroi.CurrencyAmount;
import dev.netroi.InputPaths;
import dev.netroi.MarketSnapshot;
import dev.netroi.Scenario;
import dev.netroi.calc.Block;
import dev.netroi.calc.CalculationContext;
import dev.netroi.calc.CalculationException;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Figure;
import java.util.List;
import java.util.Set;

/**
 * Network cost per GPU from market facts: run rate / active GPUs (per year, the reference's
 * $3,939.39), and run rate / 4 / GPUs sold in the quarter (one time, $5,345.39). Fails with {@code
 * MISSING_INPUT} when the scenario has no market snapshot.
 */
public final class MarketCalculator extends BuiltInCalculator {

  private static final int QUARTERS_PER_YEAR = 4;

  private static final String PER_ACTIVE_GPU =
      NETWORK_RUN_RATE_PER_ACTIVE_GPU + " = market.networkRunRate / market.activeGpus";
  private static final String PER_GPU_SOLD =
      NETWORK_SPEND_PER_GPU_SOLD
          + " = market.networkRunRate / 4 quarters / market.gpusSoldLastQuarter";

  /** Creates the calculator. */
  public MarketCalculator() {
    super(Set.of(NETWORK_RUN_RATE_PER_ACTIVE_GPU, NETWORK_SPEND_PER_GPU_SOLD), Set.of());
  }

  /**
   * Returns the market snapshot of a scenario, or fails with {@code MISSING_INPUT}.
   *
   * @param scenario the scenario
   * @return the snapshot
   */
  static MarketSnapshot market(Scenario scenario) {
    return scenario
        .market()
        .orElseThrow(
            () ->
                new CalculationException(
                    FailureReason.MISSING_INPUT,
                    "scenario '" + scenario.name() + "' has no market snapshot"));
  }

  @Override
  public List<Figure<?>> calculate(CalculationContext context) {
    MarketSnapshot market = market(context.scenario());
    CurrencyAmount runRate = market.networkRunRate();
    return List.of(
        Figure.of(
            NETWORK_RUN_RATE_PER_ACTIVE_GPU,
            CurrencyAmount.of(
                runRate.currency(), perActiveGpu(runRate.amount(), (double) market.activeGpus())),
            Explanation.of(PER_ACTIVE_GPU)
                .withInput("market.networkRunRate", runRate, " per year")
                .withInput("market.activeGpus", market.activeGpus())),
        Figure.of(
            NETWORK_SPEND_PER_GPU_SOLD,
            CurrencyAmount.of(
                runRate.currency(),
                perGpuSold(runRate.amount(), (double) market.gpusSoldLastQuarter())),
            Explanation.of(PER_GPU_SOLD)
                .withInput("market.networkRunRate", runRate, " per year")
                .withInput("market.gpusSoldLastQuarter", market.gpusSoldLastQuarter())));
  }

  @Override
  public void calculateBlock(Block block) {
    if (block.scenario().market().isEmpty()) {
      failAll(block, FailureReason.MISSING_INPUT);
      return;
    }
    double[] runRate = block.input(InputPaths.MARKET_NETWORK_RUN_RATE);
    double[] active = block.input(InputPaths.MARKET_ACTIVE_GPUS);
    double[] sold = block.input(InputPaths.MARKET_GPUS_SOLD_LAST_QUARTER);
    double[] perActive = block.output(NETWORK_RUN_RATE_PER_ACTIVE_GPU);
    double[] perSold = block.output(NETWORK_SPEND_PER_GPU_SOLD);
    for (int row = 0; row < block.size(); row++) {
      perActive[row] = perActiveGpu(runRate[row], active[row]);
      perSold[row] = perGpuSold(runRate[row], sold[row]);
    }
  }

  /** Run rate per active GPU = annual run rate / active GPUs. */
  static double perActiveGpu(double runRate, double activeGpus) {
    return runRate / activeGpus;
  }

  /** Spend per GPU sold = annual run rate / 4 quarters / GPUs sold last quarter. */
  static double perGpuSold(double runRate, double gpusSold) {
    return runRate / QUARTERS_PER_YEAR / gpusSold;
  }
}
