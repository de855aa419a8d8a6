package dev.netroi.builtin;

import static dev.netroi.calc.Measures.THROUGHPUT_FACTOR_BASELINE;
import static dev.netroi.calc.Measures.THROUGHPUT_FACTOR_CANDIDATE;
import static dev.netroi.calc.Measures.THROUGHPUT_SPEEDUP;

import dev.netroi.calc.Explanation;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Row;
import dev.netroi.throughput.Throughput;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Throughput speed-up = throughput factor (candidate) / throughput factor (baseline) ({@link
 * Throughput#speedup}).
 */
public final class ThroughputSpeedupCalculator extends BuiltInRowCalculator {

  private static final String FORMULA =
      THROUGHPUT_SPEEDUP + " = " + THROUGHPUT_FACTOR_CANDIDATE + " / " + THROUGHPUT_FACTOR_BASELINE;

  /** Creates the calculator. */
  public ThroughputSpeedupCalculator() {
    super(
        List.of(THROUGHPUT_SPEEDUP),
        List.of(THROUGHPUT_FACTOR_CANDIDATE, THROUGHPUT_FACTOR_BASELINE));
  }

  @Override
  public @Nullable FailureReason compute(Row row) {
    row.set(0, Throughput.speedup(row.value(0), row.value(1)));
    return null;
  }

  @Override
  public Explanation explain(Row row, int output) {
    return explained(FORMULA, row, 0, 1);
  }
}
