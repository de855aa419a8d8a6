package dev.netroi.builtin;

import static dev.netroi.calc.Measures.EXTRA_NETWORK_COST_PER_GPU;
import static dev.netroi.calc.Measures.NET_BENEFIT_PER_GPU;
import static dev.netroi.calc.Measures.VALUE_UPLIFT_PER_GPU;

import dev.netroi.calc.Explanation;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Row;
import dev.netroi.finance.AnnualValue;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Net benefit per GPU = value uplift - extra annual network cost of the candidate over the baseline
 * ({@link AnnualValue#netBenefit}).
 */
public final class NetBenefitCalculator extends BuiltInRowCalculator {

  private static final String FORMULA =
      NET_BENEFIT_PER_GPU + " = " + VALUE_UPLIFT_PER_GPU + " - " + EXTRA_NETWORK_COST_PER_GPU;

  /** Creates the calculator. */
  public NetBenefitCalculator() {
    super(List.of(NET_BENEFIT_PER_GPU), List.of(VALUE_UPLIFT_PER_GPU, EXTRA_NETWORK_COST_PER_GPU));
  }

  @Override
  public @Nullable FailureReason compute(Row row) {
    row.set(0, AnnualValue.netBenefit(row.value(0), row.value(1)));
    return null;
  }

  @Override
  public Explanation explain(Row row, int output) {
    return explained(FORMULA, row, 0, 1);
  }
}
