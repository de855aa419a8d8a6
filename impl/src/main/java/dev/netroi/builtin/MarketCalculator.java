package dev.netroi.builtin;

import static dev.netroi.calc.Measures.NETWORK_RUN_RATE_PER_ACTIVE_GPU;
import static dev.netroi.calc.Measures.NETWORK_SPEND_PER_GPU_SOLD;

import dev.netroi.CurrencyAmount;
import dev.netroi.MarketSnapshot;
import dev.netroi.Scenario;
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
            market.networkRunRate().dividedBy((double) market.activeGpus()),
            Explanation.of(PER_ACTIVE_GPU)
                .withInput("market.networkRunRate", runRate, " per year")
                .withInput("market.activeGpus", market.activeGpus())),
        Figure.of(
            NETWORK_SPEND_PER_GPU_SOLD,
            market
                .networkRunRate()
                .dividedBy(QUARTERS_PER_YEAR)
                .dividedBy((double) market.gpusSoldLastQuarter()),
            Explanation.of(PER_GPU_SOLD)
                .withInput("market.networkRunRate", runRate, " per year")
                .withInput("market.gpusSoldLastQuarter", market.gpusSoldLastQuarter())));
  }
}
