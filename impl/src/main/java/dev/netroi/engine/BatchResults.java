package dev.netroi.engine;

import dev.netroi.InputPath;
import dev.netroi.Scenario;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Measure;
import dev.netroi.calc.Result;
import dev.netroi.internal.Checks;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The results of the engine's batch path ({@link CalculationEngine#batch}): for each requested
 * measure, one {@code double} per row, and which rows failed and why. Row {@code r} is the base
 * scenario with each input column's value at {@code r} set.
 *
 * <pre>{@code
 * BatchResults results = engine.batch(base, Map.of(InputPaths.PRICING_PRICE, prices),
 *     List.of(Measures.BENEFIT_COST_RATIO));
 * double ratio = results.value(Measures.BENEFIT_COST_RATIO, 17);
 * Result<Double> audited = results.result(Measures.BENEFIT_COST_RATIO, 17); // with explanation
 * }</pre>
 *
 * <p>Values are in the unit of the measure's value type: money as an amount in {@link #currency()},
 * bandwidth in Gb/s, ratios as they are. A failed row has no value: {@link #value} refuses it, and
 * {@link #values(Measure, double)} fills it with a number the caller chooses; no NaN is returned
 * unless asked for. A failure keeps its {@link FailureReason}; its message is written on demand by
 * {@link #result}, which computes that row on the audited path.
 *
 * <p>The results keep the input columns by reference, not by copy (a copy would double the memory
 * of a large batch): {@link #scenario(int)} and {@link #result} read them, so do not change the
 * arrays while you use those two. Otherwise immutable and thread-safe.
 */
public final class BatchResults {

  private final CalculationEngine engine;
  private final BatchRun run;
  private final List<Measure<?>> measures;

  BatchResults(CalculationEngine engine, BatchRun run, List<Measure<?>> measures) {
    this.engine = engine;
    this.run = run;
    this.measures = measures;
  }

  /**
   * Returns the base scenario.
   *
   * @return the scenario whose inputs the columns vary
   */
  public Scenario base() {
    return run.base;
  }

  /**
   * Returns the currency of the money values: the base scenario's.
   *
   * @return the currency
   */
  public Currency currency() {
    return run.base.currency();
  }

  /**
   * Returns the number of rows.
   *
   * @return the length of the input columns
   */
  public int size() {
    return run.size;
  }

  /**
   * Returns the requested measures, in the order requested.
   *
   * @return an immutable list
   */
  public List<Measure<?>> measures() {
    return measures;
  }

  /**
   * Returns the input paths the columns vary, sorted by name.
   *
   * @return an immutable list
   */
  public List<InputPath> inputPaths() {
    return List.of(run.varied);
  }

  /**
   * Returns how many rows were computed through the audited path, on each row's scenario, summed
   * over the calculators that computed them so: calculators that implement only {@code
   * Calculator.calculate}, not {@link dev.netroi.calc.RowCalculator}. Zero when every calculator of
   * the batch is a row calculator (every built-in is); the figures are the same either way, at the
   * cost of the audited path per row. Rows an input rule or a failed requirement fails are not
   * computed, so not counted.
   *
   * @return the count of (row, calculator) evaluations on the row-by-row fallback
   */
  public long rowByRowEvaluations() {
    return run.rowByRow.get();
  }

  /**
   * Returns the calculators that threw an exception (other than a {@code CalculationException}) on
   * this batch, with how many rows failed so and the first exception: those rows fail as {@link
   * FailureReason#CALCULATION_ERROR}, and this list makes sure the cause is seen. Empty when no
   * calculator threw; the built-in calculators never do (a test checks it over generated batches).
   *
   * @return the errors, by calculator name
   */
  public List<CalculatorError> errors() {
    return run.errors.list();
  }

  /**
   * Tells whether a measure was computed in a row.
   *
   * @param measure one of {@link #measures()}
   * @param row the row, in {@code [0, size())}
   * @return true if the row has a value
   * @throws IllegalArgumentException if {@code measure} was not requested
   * @throws IndexOutOfBoundsException if {@code row} is outside the batch
   */
  public boolean isSuccess(Measure<?> measure, int row) {
    return code(column(measure), row) == 0;
  }

  /**
   * Returns why a measure failed in a row.
   *
   * @param measure one of {@link #measures()}
   * @param row the row, in {@code [0, size())}
   * @return the reason, or empty if the row has a value
   * @throws IllegalArgumentException if {@code measure} was not requested
   * @throws IndexOutOfBoundsException if {@code row} is outside the batch
   */
  public Optional<FailureReason> failureReason(Measure<?> measure, int row) {
    byte code = code(column(measure), row);
    return code == 0 ? Optional.empty() : Optional.of(BatchRun.reason(code));
  }

  /**
   * Counts the rows where a measure failed, by reason.
   *
   * @param measure one of {@link #measures()}
   * @return the count of failed rows per reason; empty when every row has a value
   * @throws IllegalArgumentException if {@code measure} was not requested
   */
  public Map<FailureReason, Integer> failureCounts(Measure<?> measure) {
    Map<FailureReason, Integer> counts = new EnumMap<>(FailureReason.class);
    for (byte[] block : run.codes[column(measure)]) {
      if (block != null) {
        for (byte code : block) {
          if (code != 0) {
            counts.merge(BatchRun.reason(code), 1, Integer::sum);
          }
        }
      }
    }
    return counts;
  }

  /**
   * Counts the rows where a measure failed.
   *
   * @param measure one of {@link #measures()}
   * @return the number of failed rows
   * @throws IllegalArgumentException if {@code measure} was not requested
   */
  public int failureCount(Measure<?> measure) {
    int count = 0;
    for (int failed : failureCounts(measure).values()) {
      count += failed;
    }
    return count;
  }

  /**
   * Returns the value of a measure in a row.
   *
   * @param measure one of {@link #measures()}
   * @param row the row, in {@code [0, size())}
   * @return the value, finite
   * @throws IllegalStateException if the measure failed in that row; {@link #result} says why
   * @throws IllegalArgumentException if {@code measure} was not requested
   * @throws IndexOutOfBoundsException if {@code row} is outside the batch
   */
  public double value(Measure<?> measure, int row) {
    int column = column(measure);
    byte code = code(column, row);
    if (code != 0) {
      throw new IllegalStateException(
          measure
              + " failed in row "
              + row
              + " ("
              + BatchRun.reason(code)
              + "); result("
              + measure
              + ", "
              + row
              + ") tells why");
    }
    return run.values[column][row];
  }

  /**
   * Returns a copy of a measure's values, one per row, when every row has one.
   *
   * @param measure one of {@link #measures()}
   * @return a new array of {@link #size()} finite values
   * @throws IllegalStateException if the measure failed in a row; the message names the count and
   *     the first such row
   * @throws IllegalArgumentException if {@code measure} was not requested
   */
  public double[] values(Measure<?> measure) {
    int column = column(measure);
    for (int row = 0; row < run.size; row++) {
      if (code(column, row) != 0) {
        throw new IllegalStateException(
            measure
                + " failed in "
                + failureCount(measure)
                + " of "
                + run.size
                + " rows, first in row "
                + row
                + " ("
                + BatchRun.reason(code(column, row))
                + "); use values(measure, ifFailed) or successfulValues(measure)");
      }
    }
    return run.values[column].clone();
  }

  /**
   * Returns a copy of a measure's values, one per row, with a value of the caller's choice in the
   * rows where the measure failed (such as {@code Double.NaN}, if that is what you want).
   *
   * @param measure one of {@link #measures()}
   * @param ifFailed the number to put in failed rows
   * @return a new array of {@link #size()} values
   * @throws IllegalArgumentException if {@code measure} was not requested
   */
  public double[] values(Measure<?> measure, double ifFailed) {
    int column = column(measure);
    double[] copy = run.values[column].clone();
    byte[][] blocks = run.codes[column];
    for (int block = 0; block < blocks.length; block++) {
      byte[] codes = blocks[block];
      if (codes != null) {
        for (int i = 0; i < codes.length; i++) {
          if (codes[i] != 0) {
            copy[block * run.blockSize + i] = ifFailed;
          }
        }
      }
    }
    return copy;
  }

  /**
   * Returns the values of the rows where a measure was computed, in row order.
   *
   * @param measure one of {@link #measures()}
   * @return a new array of {@code size() - failureCount(measure)} finite values
   * @throws IllegalArgumentException if {@code measure} was not requested
   */
  public double[] successfulValues(Measure<?> measure) {
    int column = column(measure);
    double[] all = run.values[column];
    double[] kept = new double[all.length];
    int count = 0;
    for (int row = 0; row < all.length; row++) {
      if (code(column, row) == 0) {
        kept[count++] = all[row];
      }
    }
    return count == kept.length ? kept : Arrays.copyOf(kept, count);
  }

  /**
   * Returns the scenario of one row: the base scenario with the row's inputs set.
   *
   * @param row the row, in {@code [0, size())}
   * @return the scenario
   * @throws IllegalArgumentException if an input of the row breaks a rule of its value (the row's
   *     measures failed with {@link FailureReason#INVALID_INPUT}); the message names the input
   * @throws IndexOutOfBoundsException if {@code row} is outside the batch
   */
  public Scenario scenario(int row) {
    return run.scenario(checkRow(row));
  }

  /**
   * Computes one row on the audited path: the figure with its explanation, or the failure with its
   * message. Its value (or reason) is the one of this batch; the engine's equivalence tests check
   * that the two paths agree.
   *
   * @param measure one of {@link #measures()}
   * @param row the row, in {@code [0, size())}
   * @param <T> the value type
   * @return the audited result; for a row whose inputs break a rule, a failure with reason {@link
   *     FailureReason#INVALID_INPUT} whose message names the input, the value and the rule
   * @throws IllegalArgumentException if {@code measure} was not requested
   * @throws IndexOutOfBoundsException if {@code row} is outside the batch
   */
  public <T> Result<T> result(Measure<T> measure, int row) {
    column(measure);
    Scenario scenario;
    try {
      scenario = run.scenario(checkRow(row));
    } catch (IllegalArgumentException e) {
      return Result.failure(
          measure, FailureReason.INVALID_INPUT, "row " + row + ": " + e.getMessage(), e);
    }
    return engine.calculate(scenario, List.of(measure)).get(measure);
  }

  /**
   * Returns a short summary, such as {@code BatchResults[1000000 rows of 'Reference' varying
   * [pricing.price], BenefitCostRatio: 0 failed]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    StringBuilder text =
        new StringBuilder("BatchResults[")
            .append(run.size)
            .append(" rows of '")
            .append(run.base.name())
            .append("' varying ")
            .append(inputPaths());
    for (Measure<?> measure : measures) {
      text.append(", ")
          .append(measure)
          .append(": ")
          .append(failureCount(measure))
          .append(" failed");
    }
    return text.append(']').toString();
  }

  private int column(Measure<?> measure) {
    int column = measures.indexOf(Checks.notNull(measure, "measure"));
    if (column < 0) {
      throw new IllegalArgumentException(
          "measure must be one of the requested " + measures + " but was " + measure);
    }
    return column;
  }

  private int checkRow(int row) {
    if (row < 0 || row >= run.size) {
      throw new IndexOutOfBoundsException("row must be in [0, " + run.size + ") but was " + row);
    }
    return row;
  }

  private byte code(int column, int row) {
    byte[] block = run.codes[column][checkRow(row) / run.blockSize];
    return block == null ? 0 : block[row % run.blockSize];
  }
}
