package dev.netroi.builtin;

import static dev.netroi.calc.Measures.NETWORK_RUN_RATE_PER_ACTIVE_GPU;
import static dev.netroi.calc.Measures.NETWORK_SPEND_PER_GPU_SOLD;

import dev.netroi.CurrencyAmount;
import dev.netroi.InputPath;
import dev.netroi.InputPaths;
import dev.netroi.Scenario;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Row;
import dev.netroi.finance.MarketFormulas;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Network cost per GPU from market facts: run rate / active GPUs (per year, the reference's
 * $3,939.39), and run rate / 4 / GPUs sold in the quarter (one time, $5,345.39). Fails with {@code
 * MISSING_INPUT} when the scenario has no market snapshot.
 */
public final class MarketCalculator extends BuiltInRowCalculator {

  private static final String PER_ACTIVE_GPU =
      NETWORK_RUN_RATE_PER_ACTIVE_GPU + " = market.networkRunRate / market.activeGpus";
  private static final String PER_GPU_SOLD =
      NETWORK_SPEND_PER_GPU_SOLD
          + " = market.networkRunRate / 4 quarters / market.gpusSoldLastQuarter";

  private static final List<InputPath> PATHS =
      List.of(
          InputPaths.MARKET_NETWORK_RUN_RATE,
          InputPaths.MARKET_ACTIVE_GPUS,
          InputPaths.MARKET_GPUS_SOLD_LAST_QUARTER);

  /** Creates the calculator. */
  public MarketCalculator() {
    super(List.of(NETWORK_RUN_RATE_PER_ACTIVE_GPU, NETWORK_SPEND_PER_GPU_SOLD), List.of());
  }

  @Override
  public List<InputPath> inputPaths(Scenario structure) {
    return structure.market().isPresent() ? PATHS : List.of();
  }

  @Override
  public @Nullable FailureReason refuses(Scenario structure) {
    return structure.market().isEmpty() ? FailureReason.MISSING_INPUT : null;
  }

  @Override
  public @Nullable FailureReason compute(Row row) {
    row.set(0, MarketFormulas.perActiveGpu(row.input(0), row.input(1)));
    row.set(1, MarketFormulas.perGpuSold(row.input(0), row.input(2)));
    return null;
  }

  @Override
  public Explanation explain(Row row, int output) {
    // the audited path's row is the scenario itself: show its amounts as they are
    CurrencyAmount runRate = row.scenario().market().orElseThrow().networkRunRate();
    return output == 0
        ? Explanation.of(PER_ACTIVE_GPU)
            .withInput("market.networkRunRate", runRate, " per year")
            .withInput("market.activeGpus", (long) row.input(1))
        : Explanation.of(PER_GPU_SOLD)
            .withInput("market.networkRunRate", runRate, " per year")
            .withInput("market.gpusSoldLastQuarter", (long) row.input(2));
  }

  @Override
  public String refusal(Row row, FailureReason reason) {
    return noMarket(row.scenario());
  }

  /** The refusal of a scenario without a market snapshot. */
  static String noMarket(Scenario scenario) {
    return "scenario '" + scenario.name() + "' has no market snapshot";
  }
}
