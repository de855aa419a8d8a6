package dev.netroi.builtin;

import static dev.netroi.calc.Measures.NETWORK_RUN_RATE_PER_ACTIVE_GPU;
import static dev.netroi.calc.Measures.NETWORK_SHARE_OF_BLENDED_ASP;
import static dev.netroi.calc.Measures.NETWORK_SHARE_OF_MODEL_ASP;

import dev.netroi.InputPath;
import dev.netroi.InputPaths;
import dev.netroi.MarketSnapshot;
import dev.netroi.Scenario;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Row;
import dev.netroi.finance.MarketFormulas;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Network run rate per active GPU as a share of the blended GPU ASP (18.15 % in the reference) and
 * of the snapshot's GPU model ASP.
 */
public final class AspShareCalculator extends BuiltInRowCalculator {

  private static final String OF_BLENDED_ASP =
      NETWORK_SHARE_OF_BLENDED_ASP
          + " = "
          + NETWORK_RUN_RATE_PER_ACTIVE_GPU
          + " / market.blendedAsp";
  private static final String OF_MODEL_ASP =
      NETWORK_SHARE_OF_MODEL_ASP + " = " + NETWORK_RUN_RATE_PER_ACTIVE_GPU + " / market.modelAsp";

  private static final List<InputPath> PATHS =
      List.of(InputPaths.MARKET_BLENDED_ASP, InputPaths.MARKET_MODEL_ASP);

  /** Creates the calculator. */
  public AspShareCalculator() {
    super(
        List.of(NETWORK_SHARE_OF_BLENDED_ASP, NETWORK_SHARE_OF_MODEL_ASP),
        List.of(NETWORK_RUN_RATE_PER_ACTIVE_GPU));
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
    row.set(0, MarketFormulas.shareOfPrice(row.value(0), row.input(0)));
    row.set(1, MarketFormulas.shareOfPrice(row.value(0), row.input(1)));
    return null;
  }

  @Override
  public Explanation explain(Row row, int output) {
    // the audited path's row is the scenario itself: show its amounts as they are
    MarketSnapshot market = row.scenario().market().orElseThrow();
    if (output == 0) {
      return explained(OF_BLENDED_ASP, row, 0).withInput("market.blendedAsp", market.blendedAsp());
    }
    return explained(OF_MODEL_ASP, row, 0)
        .withInput("market.modelAsp", market.modelAsp(), " (" + market.gpuModel() + ")");
  }

  @Override
  public String refusal(Row row, FailureReason reason) {
    return MarketCalculator.noMarket(row.scenario());
  }
}
