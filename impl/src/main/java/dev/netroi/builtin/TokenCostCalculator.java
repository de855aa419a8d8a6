package dev.netroi.builtin;

import static dev.netroi.calc.Measures.COST_PER_DELIVERED_GPU_HOUR_BASELINE;
import static dev.netroi.calc.Measures.COST_PER_DELIVERED_GPU_HOUR_CANDIDATE;
import static dev.netroi.calc.Measures.COST_PER_MILLION_TOKENS_BASELINE;
import static dev.netroi.calc.Measures.COST_PER_MILLION_TOKENS_CANDIDATE;

import dev.netroi.PricingModel;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Row;
import dev.netroi.lifetime.LifetimeFormulas;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Cost per million tokens of each option = cost per delivered GPU-hour (the measure, as {@link
 * DeliveredCostCalculator} or a plug-in provides it) x 1,000,000 / (tokens per second per GPU x
 * 3,600) ({@link LifetimeFormulas#costPerMillionTokens}), when the pricing has a throughput
 * (per-million-token pricing, whose {@code pricing.tokensPerSecondPerGpu} is what one GPU sells at
 * full speed). Fails as {@code MISSING_INPUT} for GPU-time pricing, and without lifetime terms. The
 * costs per delivered GPU-hour are used, not required, so that a scenario without lifetime terms
 * fails here as a missing input, as they do; when they are undefined, this fails as a failed
 * dependency.
 */
public final class TokenCostCalculator extends LifetimeCalculator {

  private static final String CANDIDATE =
      COST_PER_MILLION_TOKENS_CANDIDATE
          + " = "
          + COST_PER_DELIVERED_GPU_HOUR_CANDIDATE
          + " x 1,000,000 / (pricing.tokensPerSecondPerGpu x 3,600)";
  private static final String BASELINE =
      COST_PER_MILLION_TOKENS_BASELINE
          + " = "
          + COST_PER_DELIVERED_GPU_HOUR_BASELINE
          + " x 1,000,000 / (pricing.tokensPerSecondPerGpu x 3,600)";

  private static final String GPU_TIME =
      "the pricing is per GPU-time and has no tokens per second"
          + " (pricing.tokensPerSecondPerGpu): a cost per million tokens needs per-million-token"
          + " pricing";

  private static final String NO_COST =
      "no calculator provides "
          + COST_PER_DELIVERED_GPU_HOUR_CANDIDATE
          + " and "
          + COST_PER_DELIVERED_GPU_HOUR_BASELINE
          + ", which a cost per million tokens needs";

  /** Creates the calculator. */
  public TokenCostCalculator() {
    super(
        List.of(COST_PER_MILLION_TOKENS_CANDIDATE, COST_PER_MILLION_TOKENS_BASELINE),
        List.of(),
        List.of(COST_PER_DELIVERED_GPU_HOUR_CANDIDATE, COST_PER_DELIVERED_GPU_HOUR_BASELINE));
  }

  @Override
  @Nullable FailureReason compute(Row row, double[] s) {
    if (!(row.scenario().pricing() instanceof PricingModel.PerMillionTokens)
        || !row.isPresent(0)
        || !row.isPresent(1)) {
      return FailureReason.MISSING_INPUT;
    }
    double tokensPerSecond = s[LifetimeRows.TOKENS_PER_SECOND];
    row.set(0, LifetimeFormulas.costPerMillionTokens(row.value(0), tokensPerSecond));
    row.set(1, LifetimeFormulas.costPerMillionTokens(row.value(1), tokensPerSecond));
    return null;
  }

  @Override
  String refusal(Row row, double[] s, FailureReason reason) {
    return row.scenario().pricing() instanceof PricingModel.PerMillionTokens ? NO_COST : GPU_TIME;
  }

  @Override
  Explanation explain(Row row, double[] s, int output) {
    return Explanation.of(output == 0 ? CANDIDATE : BASELINE)
        .withInput(
            output == 0
                ? COST_PER_DELIVERED_GPU_HOUR_CANDIDATE
                : COST_PER_DELIVERED_GPU_HOUR_BASELINE,
            money(row, row.value(output)))
        .withInput("pricing.tokensPerSecondPerGpu", s[LifetimeRows.TOKENS_PER_SECOND]);
  }
}
