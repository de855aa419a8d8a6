package dev.netroi.builtin;

import static dev.netroi.calc.Measures.IMPLIED_TOKENS_PER_SECOND_PER_GPU;

import dev.netroi.GpuTimeUnit;
import dev.netroi.InputPath;
import dev.netroi.InputPaths;
import dev.netroi.PricingModel;
import dev.netroi.Scenario;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Row;
import dev.netroi.finance.MarketFormulas;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The tokens per second one GPU must sell for a GPU-time price to equal the per-token price it was
 * derived from: (price per GPU-time unit / price per million tokens) x 1,000,000 / seconds per
 * unit. For the reference's reading of $0.27 per million tokens as $0.27 per GPU-minute that is
 * 1,000,000 tokens a minute, 16,666.67 tokens/s. For a per-token pricing model it is the given
 * throughput; for a genuine GPU-time price there is nothing to imply (a failed result).
 */
public final class ImpliedThroughputCalculator extends BuiltInRowCalculator {

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

  private static final List<InputPath> GIVEN_PATHS =
      List.of(InputPaths.PRICING_TOKENS_PER_SECOND_PER_GPU);
  private static final List<InputPath> IMPLIED_PATHS =
      List.of(InputPaths.PRICING_PRICE, InputPaths.PRICING_TOKEN_PRICE_ORIGIN);

  /** Creates the calculator. */
  public ImpliedThroughputCalculator() {
    super(List.of(IMPLIED_TOKENS_PER_SECOND_PER_GPU), List.of());
  }

  @Override
  public List<InputPath> inputPaths(Scenario structure) {
    PricingModel pricing = structure.pricing();
    if (pricing instanceof PricingModel.PerMillionTokens) {
      return GIVEN_PATHS;
    }
    return ((PricingModel.PerGpuTime) pricing).tokenPriceOrigin().isPresent()
        ? IMPLIED_PATHS
        : List.of();
  }

  @Override
  public @Nullable FailureReason refuses(Scenario structure) {
    return structure.pricing() instanceof PricingModel.PerGpuTime perTime
            && perTime.tokenPriceOrigin().isEmpty()
        ? FailureReason.MISSING_INPUT
        : null;
  }

  @Override
  public @Nullable FailureReason compute(Row row) {
    PricingModel pricing = row.scenario().pricing();
    if (pricing instanceof PricingModel.PerMillionTokens) {
      row.set(0, row.input(0));
      return null;
    }
    PricingModel.PerGpuTime perTime = (PricingModel.PerGpuTime) pricing;
    row.set(
        0,
        MarketFormulas.impliedTokensPerSecond(
            row.input(0), row.input(1), perTime.unit().seconds()));
    return null;
  }

  @Override
  public Explanation explain(Row row, int output) {
    PricingModel pricing = row.scenario().pricing();
    if (pricing instanceof PricingModel.PerMillionTokens) {
      return Explanation.of(GIVEN).withInput("pricing.tokensPerSecondPerGpu", row.input(0));
    }
    String[] texts =
        Objects.requireNonNull(IMPLIED.get(((PricingModel.PerGpuTime) pricing).unit()));
    PricingModel.PerGpuTime perTime = (PricingModel.PerGpuTime) pricing;
    return Explanation.of(texts[0])
        .withInput("pricing.price", perTime.price(), texts[1])
        .withInput(
            "pricing.tokenPriceOrigin",
            perTime.tokenPriceOrigin().orElseThrow(),
            " per million tokens")
        .withInput(texts[2], texts[3]);
  }

  @Override
  public String refusal(Row row, FailureReason reason) {
    return IMPLIED_TOKENS_PER_SECOND_PER_GPU
        + " needs the per-million-token price the GPU-time price was derived from;"
        + " the scenario's pricing is "
        + row.scenario().pricing();
  }
}
