package dev.netroi.builtin;

import static dev.netroi.calc.Measures.IMPLIED_TOKENS_PER_SECOND_PER_GPU;

import dev.netroi.CurrencyAmount;
import dev.netroi.GpuTimeUnit;
import dev.netroi.InputPaths;
import dev.netroi.PricingModel;
import dev.netroi.calc.Block;
import dev.netroi.calc.CalculationContext;
import dev.netroi.calc.CalculationException;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Figure;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The tokens per second one GPU must sell for a GPU-time price to equal the per-token price it was
 * derived from: (price per GPU-time unit / price per million tokens) x 1,000,000 / seconds per
 * unit. For the reference's reading of $0.27 per million tokens as $0.27 per GPU-minute that is
 * 1,000,000 tokens a minute, 16,666.67 tokens/s. For a per-token pricing model it is the given
 * throughput; for a genuine GPU-time price there is nothing to imply (a failed result).
 */
public final class ImpliedThroughputCalculator extends BuiltInCalculator {

  private static final double TOKENS_PER_PRICE_UNIT = 1_000_000;

  private static final String GIVEN =
      IMPLIED_TOKENS_PER_SECOND_PER_GPU
          + " = pricing.tokensPerSecondPerGpu (given with the per-token price)";

  /**
   * Per unit of GPU time: the formula, the price's suffix, and the name and text of the seconds per
   * unit.
   */
  private static final Map<GpuTimeUnit, String[]> IMPLIED =
      perUnit(
          unit ->
              new String[] {
                IMPLIED_TOKENS_PER_SECOND_PER_GPU
                    + " = (price per "
                    + unit.label()
                    + " / price per million tokens) x 1,000,000 / seconds per "
                    + unit.label(),
                " per " + unit.label(),
                "seconds per " + unit.label(),
                Long.toString(unit.seconds())
              });

  /** Creates the calculator. */
  public ImpliedThroughputCalculator() {
    super(Set.of(IMPLIED_TOKENS_PER_SECOND_PER_GPU), Set.of());
  }

  @Override
  public List<Figure<?>> calculate(CalculationContext context) {
    PricingModel pricing = context.scenario().pricing();
    if (pricing instanceof PricingModel.PerMillionTokens perToken) {
      return List.of(
          Figure.of(
              IMPLIED_TOKENS_PER_SECOND_PER_GPU,
              perToken.tokensPerSecondPerGpu(),
              Explanation.of(GIVEN)
                  .withInput("pricing.tokensPerSecondPerGpu", perToken.tokensPerSecondPerGpu())));
    }
    PricingModel.PerGpuTime perTime = (PricingModel.PerGpuTime) pricing;
    Optional<CurrencyAmount> origin = perTime.tokenPriceOrigin();
    if (origin.isEmpty()) {
      throw new CalculationException(
          FailureReason.MISSING_INPUT,
          IMPLIED_TOKENS_PER_SECOND_PER_GPU
              + " needs the per-million-token price the GPU-time price was derived from;"
              + " the scenario's pricing is "
              + perTime);
    }
    CurrencyAmount tokenPrice = origin.get();
    String[] texts = Objects.requireNonNull(IMPLIED.get(perTime.unit()));
    sameCurrency(perTime.price(), tokenPrice);
    double tokensPerSecond =
        implied(perTime.price().amount(), tokenPrice.amount(), perTime.unit().seconds());
    Explanation explanation =
        Explanation.of(texts[0])
            .withInput("pricing.price", perTime.price(), texts[1])
            .withInput("pricing.tokenPriceOrigin", tokenPrice, " per million tokens")
            .withInput(texts[2], texts[3]);
    return List.of(Figure.of(IMPLIED_TOKENS_PER_SECOND_PER_GPU, tokensPerSecond, explanation));
  }

  @Override
  public void calculateBlock(Block block) {
    double[] out = block.output(IMPLIED_TOKENS_PER_SECOND_PER_GPU);
    PricingModel pricing = block.scenario().pricing();
    if (pricing instanceof PricingModel.PerMillionTokens) {
      double[] given = block.input(InputPaths.PRICING_TOKENS_PER_SECOND_PER_GPU);
      System.arraycopy(given, 0, out, 0, block.size());
    } else if (((PricingModel.PerGpuTime) pricing).tokenPriceOrigin().isEmpty()) {
      failAll(block, FailureReason.MISSING_INPUT);
    } else {
      long unitSeconds = ((PricingModel.PerGpuTime) pricing).unit().seconds();
      double[] price = block.input(InputPaths.PRICING_PRICE);
      double[] tokenPrice = block.input(InputPaths.PRICING_TOKEN_PRICE_ORIGIN);
      for (int row = 0; row < block.size(); row++) {
        out[row] = implied(price[row], tokenPrice[row], unitSeconds);
      }
    }
  }

  /**
   * Tokens per second = (price per unit / price per million tokens) x 1,000,000 / seconds per unit;
   * the token price is above zero.
   */
  static double implied(double price, double tokenPrice, long unitSeconds) {
    return price / tokenPrice * TOKENS_PER_PRICE_UNIT / unitSeconds;
  }
}
