package dev.netroi.builtin;

import static dev.netroi.calc.Measures.BENEFIT_COST_RATIO;
import static dev.netroi.calc.Measures.NETWORK_COST_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.VALUE_UPLIFT_PER_GPU;

import dev.netroi.calc.Explanation;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Row;
import dev.netroi.finance.AnnualValue;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Benefit-cost ratio = value uplift per GPU / annual network cost per GPU of the candidate: what
 * the reference analysis calls "13x ROI" ({@link AnnualValue#benefitCostRatio}). Undefined (a
 * failed result, never an infinity) when the candidate's network cost is zero.
 */
public final class BenefitCostRatioCalculator extends BuiltInRowCalculator {

  private static final String FORMULA =
      BENEFIT_COST_RATIO + " = " + VALUE_UPLIFT_PER_GPU + " / " + NETWORK_COST_PER_GPU_CANDIDATE;

  private static final int UPLIFT = 0;
  private static final int COST = 1;

  /** Creates the calculator. */
  public BenefitCostRatioCalculator() {
    super(
        List.of(BENEFIT_COST_RATIO), List.of(VALUE_UPLIFT_PER_GPU, NETWORK_COST_PER_GPU_CANDIDATE));
  }

  @Override
  public @Nullable FailureReason compute(Row row) {
    double cost = row.value(COST);
    if (cost == 0) {
      return FailureReason.UNDEFINED;
    }
    row.set(0, AnnualValue.benefitCostRatio(row.value(UPLIFT), cost));
    return null;
  }

  @Override
  public Explanation explain(Row row, int output) {
    return explained(FORMULA, row, UPLIFT, COST);
  }

  @Override
  public String refusal(Row row, FailureReason reason) {
    return BENEFIT_COST_RATIO
        + " is undefined: the candidate's annual network cost per GPU is "
        + money(row, row.value(COST))
        + " (uplift "
        + money(row, row.value(UPLIFT))
        + ")";
  }
}
