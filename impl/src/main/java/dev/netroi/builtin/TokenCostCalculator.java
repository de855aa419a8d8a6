package dev.netroi.builtin;

import static dev.netroi.calc.Measures.COST_PER_DELIVERED_GPU_HOUR_BASELINE;
import static dev.netroi.calc.Measures.COST_PER_DELIVERED_GPU_HOUR_CANDIDATE;
import static dev.netroi.calc.Measures.COST_PER_MILLION_TOKENS_BASELINE;
import static dev.netroi.calc.Measures.COST_PER_MILLION_TOKENS_CANDIDATE;
import static dev.netroi.calc.Measures.THROUGHPUT_FACTOR_BASELINE;
import static dev.netroi.calc.Measures.THROUGHPUT_FACTOR_CANDIDATE;

import dev.netroi.PricingModel;
import dev.netroi.Scenario;
import dev.netroi.calc.Block;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.FailureReason;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Cost per million tokens of each option = cost per delivered GPU-hour (as {@link
 * DeliveredCostCalculator} computes it) x 1,000,000 / (tokens per second per GPU x 3,600), when the
 * pricing has a throughput (per-million-token pricing, whose {@code pricing.tokensPerSecondPerGpu}
 * is what one GPU sells at full speed). Fails as {@code MISSING_INPUT} for GPU-time pricing.
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

  /** Creates the calculator. */
  public TokenCostCalculator() {
    super(
        List.of(COST_PER_MILLION_TOKENS_CANDIDATE, COST_PER_MILLION_TOKENS_BASELINE),
        List.of(THROUGHPUT_FACTOR_CANDIDATE, THROUGHPUT_FACTOR_BASELINE),
        true,
        true);
  }

  /** Cost per million tokens = cost per GPU-hour x 1e6 / (tokens per second x 3,600). */
  static double perMillionTokens(double costPerGpuHour, double tokensPerSecond) {
    return costPerGpuHour * 1e6 / (tokensPerSecond * 3600);
  }

  @Override
  @Nullable FailureReason compute(
      LifetimeTerms t,
      double[] required,
      double[] out,
      Scenario scenario,
      @Nullable Block block,
      int row) {
    if (!(scenario.pricing() instanceof PricingModel.PerMillionTokens)) {
      return FailureReason.MISSING_INPUT;
    }
    double tokensPerSecond = t.tokensPerSecond;
    double candidateHours = t.deliveredHours(required[0]);
    double baselineHours = t.deliveredHours(required[1]);
    if (!(candidateHours > 0 && baselineHours > 0)) {
      return FailureReason.UNDEFINED;
    }
    out[0] =
        perMillionTokens(
            DeliveredCostCalculator.costPerHour(t.lifetimeTco(t.candidate), candidateHours),
            tokensPerSecond);
    out[1] =
        perMillionTokens(
            DeliveredCostCalculator.costPerHour(t.lifetimeTco(t.baseline), baselineHours),
            tokensPerSecond);
    return null;
  }

  @Override
  String refusal(LifetimeTerms t, double[] required, Scenario scenario, FailureReason reason) {
    if (reason == FailureReason.UNDEFINED) {
      return DeliveredCostCalculator.noHours(t);
    }
    return "the pricing is per GPU-time and has no tokens per second"
        + " (pricing.tokensPerSecondPerGpu): a cost per million tokens needs per-million-token"
        + " pricing";
  }

  @Override
  Explanation explain(int index, LifetimeTerms t, double[] required, double[] out, Scenario s) {
    LifetimeTerms.Network n = index == 0 ? t.candidate : t.baseline;
    return Explanation.of(index == 0 ? CANDIDATE : BASELINE)
        .withInput(
            index == 0
                ? COST_PER_DELIVERED_GPU_HOUR_CANDIDATE
                : COST_PER_DELIVERED_GPU_HOUR_BASELINE,
            TcoCalculator.money(
                s,
                DeliveredCostCalculator.costPerHour(
                    t.lifetimeTco(n), t.deliveredHours(required[index]))))
        .withInput(
            "pricing.tokensPerSecondPerGpu",
            ((PricingModel.PerMillionTokens) s.pricing()).tokensPerSecondPerGpu());
  }
}
