package dev.netroi.builtin;

import static dev.netroi.calc.Measures.REALISED_ANNUAL_VALUE_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.THEORETICAL_ANNUAL_VALUE_PER_GPU;
import static dev.netroi.calc.Measures.THROUGHPUT_FACTOR_BASELINE;
import static dev.netroi.calc.Measures.THROUGHPUT_FACTOR_CANDIDATE;

import dev.netroi.InputPath;
import dev.netroi.InputPaths;
import dev.netroi.Scenario;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Row;
import dev.netroi.finance.AnnualValue;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Realised annual value per GPU = theoretical annual value x throughput factor (x sold utilisation,
 * when the fleet has one), for both options ({@link AnnualValue#realisedValue}, {@link
 * AnnualValue#soldValue}).
 */
public final class RealisedValueCalculator extends BuiltInRowCalculator {

  private static final String CANDIDATE =
      REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE
          + " = "
          + THEORETICAL_ANNUAL_VALUE_PER_GPU
          + " x "
          + THROUGHPUT_FACTOR_CANDIDATE;
  private static final String BASELINE =
      REALISED_ANNUAL_VALUE_PER_GPU_BASELINE
          + " = "
          + THEORETICAL_ANNUAL_VALUE_PER_GPU
          + " x "
          + THROUGHPUT_FACTOR_BASELINE;
  private static final String CANDIDATE_SOLD = CANDIDATE + " x fleet.soldUtilisation";
  private static final String BASELINE_SOLD = BASELINE + " x fleet.soldUtilisation";

  private static final int THEORETICAL = 0;
  private static final List<InputPath> SOLD = List.of(InputPaths.FLEET_SOLD_UTILISATION);

  /** Creates the calculator. */
  public RealisedValueCalculator() {
    super(
        List.of(REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE, REALISED_ANNUAL_VALUE_PER_GPU_BASELINE),
        List.of(
            THEORETICAL_ANNUAL_VALUE_PER_GPU,
            THROUGHPUT_FACTOR_CANDIDATE,
            THROUGHPUT_FACTOR_BASELINE));
  }

  @Override
  public int layout(Scenario structure) {
    return structure.fleet().soldUtilisation().isPresent() ? 1 : 0;
  }

  @Override
  public List<InputPath> inputPaths(Scenario structure) {
    return layout(structure) == 1 ? SOLD : List.of();
  }

  @Override
  public @Nullable FailureReason compute(Row row) {
    boolean sold = row.layout() == 1;
    double theoretical = row.value(THEORETICAL);
    for (int i = 0; i < 2; i++) {
      double realised = AnnualValue.realisedValue(theoretical, row.value(1 + i));
      row.set(i, sold ? AnnualValue.soldValue(realised, row.input(0)) : realised);
    }
    return null;
  }

  @Override
  public Explanation explain(Row row, int output) {
    boolean sold = row.scenario().fleet().soldUtilisation().isPresent();
    String formula =
        output == 0 ? (sold ? CANDIDATE_SOLD : CANDIDATE) : (sold ? BASELINE_SOLD : BASELINE);
    Explanation explanation = explained(formula, row, THEORETICAL, 1 + output);
    return sold ? explanation.withInput("fleet.soldUtilisation", row.input(0)) : explanation;
  }
}
