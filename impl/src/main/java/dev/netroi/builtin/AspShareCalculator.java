package dev.netroi.builtin;

import static dev.netroi.calc.Measures.NETWORK_RUN_RATE_PER_ACTIVE_GPU;
import static dev.netroi.calc.Measures.NETWORK_SHARE_OF_BLENDED_ASP;
import static dev.netroi.calc.Measures.NETWORK_SHARE_OF_MODEL_ASP;

import dev.netroi.CurrencyAmount;
import dev.netroi.InputPaths;
import dev.netroi.MarketSnapshot;
import dev.netroi.calc.Block;
import dev.netroi.calc.CalculationContext;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Figure;
import java.util.List;
import java.util.Set;

/**
 * Network run rate per active GPU as a share of the blended GPU ASP (18.15 % in the reference) and
 * of the snapshot's GPU model ASP.
 */
public final class AspShareCalculator extends BuiltInCalculator {

  private static final String OF_BLENDED_ASP =
      NETWORK_SHARE_OF_BLENDED_ASP
          + " = "
          + NETWORK_RUN_RATE_PER_ACTIVE_GPU
          + " / market.blendedAsp";
  private static final String OF_MODEL_ASP =
      NETWORK_SHARE_OF_MODEL_ASP + " = " + NETWORK_RUN_RATE_PER_ACTIVE_GPU + " / market.modelAsp";

  /** Creates the calculator. */
  public AspShareCalculator() {
    super(
        Set.of(NETWORK_SHARE_OF_BLENDED_ASP, NETWORK_SHARE_OF_MODEL_ASP),
        Set.of(NETWORK_RUN_RATE_PER_ACTIVE_GPU));
  }

  @Override
  public List<Figure<?>> calculate(CalculationContext context) {
    MarketSnapshot market = MarketCalculator.market(context.scenario());
    CurrencyAmount perGpu = context.value(NETWORK_RUN_RATE_PER_ACTIVE_GPU);
    sameCurrency(perGpu, market.blendedAsp());
    sameCurrency(perGpu, market.modelAsp());
    return List.of(
        Figure.of(
            NETWORK_SHARE_OF_BLENDED_ASP,
            share(perGpu.amount(), market.blendedAsp().amount()),
            Explanation.of(OF_BLENDED_ASP)
                .withInput(NETWORK_RUN_RATE_PER_ACTIVE_GPU, perGpu)
                .withInput("market.blendedAsp", market.blendedAsp())),
        Figure.of(
            NETWORK_SHARE_OF_MODEL_ASP,
            share(perGpu.amount(), market.modelAsp().amount()),
            Explanation.of(OF_MODEL_ASP)
                .withInput(NETWORK_RUN_RATE_PER_ACTIVE_GPU, perGpu)
                .withInput("market.modelAsp", market.modelAsp(), " (" + market.gpuModel() + ")")));
  }

  @Override
  public void calculateBlock(Block block) {
    if (block.scenario().market().isEmpty()) {
      failAll(block, FailureReason.MISSING_INPUT);
      return;
    }
    double[] perGpu = block.values(NETWORK_RUN_RATE_PER_ACTIVE_GPU);
    double[] blended = block.input(InputPaths.MARKET_BLENDED_ASP);
    double[] model = block.input(InputPaths.MARKET_MODEL_ASP);
    double[] ofBlended = block.output(NETWORK_SHARE_OF_BLENDED_ASP);
    double[] ofModel = block.output(NETWORK_SHARE_OF_MODEL_ASP);
    for (int row = 0; row < block.size(); row++) {
      ofBlended[row] = share(perGpu[row], blended[row]);
      ofModel[row] = share(perGpu[row], model[row]);
    }
  }

  /** Share = network run rate per active GPU / GPU average selling price; the price is above 0. */
  static double share(double perGpu, double averageSellingPrice) {
    return perGpu / averageSellingPrice;
  }
}
