package dev.netroi.builtin;

import static dev.netroi.calc.Measures.REALISED_ANNUAL_VALUE_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.VALUE_UPLIFT_PER_GPU;

import dev.netroi.calc.Explanation;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Row;
import dev.netroi.finance.AnnualValue;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Value uplift per GPU = realised annual value of the candidate - realised annual value of the
 * baseline ({@link AnnualValue#uplift}).
 */
public final class ValueUpliftCalculator extends BuiltInRowCalculator {

  private static final String FORMULA =
      VALUE_UPLIFT_PER_GPU
          + " = "
          + REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE
          + " - "
          + REALISED_ANNUAL_VALUE_PER_GPU_BASELINE;

  /** Creates the calculator. */
  public ValueUpliftCalculator() {
    super(
        List.of(VALUE_UPLIFT_PER_GPU),
        List.of(REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE, REALISED_ANNUAL_VALUE_PER_GPU_BASELINE));
  }

  @Override
  public @Nullable FailureReason compute(Row row) {
    row.set(0, AnnualValue.uplift(row.value(0), row.value(1)));
    return null;
  }

  @Override
  public Explanation explain(Row row, int output) {
    return explained(FORMULA, row, 0, 1);
  }
}
