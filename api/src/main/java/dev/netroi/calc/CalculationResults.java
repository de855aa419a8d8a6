package dev.netroi.calc;

import dev.netroi.Scenario;
import dev.netroi.internal.Checks;
import dev.netroi.internal.TextTable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The results of one scenario: one {@link Result} per requested measure, in the order requested.
 *
 * <p>{@link #toString()} is a readable table (measure, value, unit, formula) for JShell; {@link
 * #toAuditTable()} adds every input of every figure. Value-based, immutable and thread-safe.
 */
public final class CalculationResults {

  private final Scenario scenario;
  // in report order; few enough (tens) that a scan finds a measure as fast as a hash map would,
  // without a map's allocation for every scenario of a sweep
  private final List<Result<?>> results;

  private CalculationResults(Scenario scenario, List<Result<?>> results) {
    this.scenario = scenario;
    this.results = results;
  }

  /**
   * Obtains results from a list of results, one per measure.
   *
   * @param scenario the scenario the results are for
   * @param results the results, at most one per measure, in report order
   * @return the results
   * @throws IllegalArgumentException if two results are for the same measure
   */
  public static CalculationResults of(Scenario scenario, List<? extends Result<?>> results) {
    Checks.notNull(scenario, "scenario");
    Checks.notNull(results, "results");
    for (Result<?> result : results) {
      Checks.notNull(result, "result");
    }
    List<Result<?>> copy = List.copyOf(results);
    for (int i = 0; i < copy.size(); i++) {
      Measure<?> measure = copy.get(i).measure();
      for (int j = 0; j < i; j++) {
        if (copy.get(j).measure().equals(measure)) {
          throw new IllegalArgumentException(
              "results must hold one result per measure but had two for " + measure);
        }
      }
    }
    return new CalculationResults(scenario, copy);
  }

  /**
   * Returns the scenario the results are for.
   *
   * @return the scenario
   */
  public Scenario scenario() {
    return scenario;
  }

  /**
   * Returns the measures, in report order.
   *
   * @return an immutable list
   */
  public List<Measure<?>> measures() {
    List<Measure<?>> measures = new ArrayList<>(results.size());
    for (Result<?> result : results) {
      measures.add(result.measure());
    }
    return Collections.unmodifiableList(measures);
  }

  /**
   * Returns every result, in report order.
   *
   * @return an immutable list
   */
  public List<Result<?>> results() {
    return results;
  }

  /**
   * Returns the result of a measure.
   *
   * @param measure a measure that was requested
   * @param <T> the value type
   * @return the result, a success or a failure
   * @throws IllegalArgumentException if the measure was not requested
   */
  @SuppressWarnings("unchecked") // results are stored under their own measure
  public <T> Result<T> get(Measure<T> measure) {
    Checks.notNull(measure, "measure");
    for (Result<?> result : results) {
      if (result.measure().equals(measure)) {
        return (Result<T>) result;
      }
    }
    throw new IllegalArgumentException(
        "measure " + measure + " was not calculated; calculated measures: " + measures());
  }

  /**
   * Returns the value of a measure.
   *
   * @param measure a measure that was requested
   * @param <T> the value type
   * @return the value
   * @throws IllegalArgumentException if the measure was not requested
   * @throws IllegalStateException if the measure failed, with its reason and message
   */
  public <T> T value(Measure<T> measure) {
    return get(measure).value();
  }

  /**
   * Returns the failed results.
   *
   * @return an immutable list, empty when every measure computed
   */
  public List<Result<?>> failures() {
    List<Result<?>> failures = new ArrayList<>();
    for (Result<?> result : results) {
      if (!result.isSuccess()) {
        failures.add(result);
      }
    }
    return List.copyOf(failures);
  }

  /**
   * Returns a table of measure, value, unit and formula, one row per measure; a failed measure
   * shows {@code n/a} and its reason.
   *
   * @return the table, one line per row
   */
  public String toTable() {
    TextTable table = new TextTable("Measure", "Value", "Unit", "Formula");
    for (Result<?> result : results) {
      Measure<?> measure = result.measure();
      if (result instanceof Result.Success<?> success) {
        Figure<?> figure = success.figure();
        table.row(
            measure.name(),
            figure.formattedValue(),
            measure.unit().label(),
            figure.explanation().formula());
      } else {
        Result.Failure<?> failure = (Result.Failure<?>) result;
        table.row(
            measure.name(),
            "n/a",
            measure.unit().label(),
            failure.reason() + ": " + failure.message());
      }
    }
    return table.render();
  }

  /**
   * Returns, for every measure, its value, formula and inputs: the spreadsheet audit of the
   * scenario.
   *
   * @return the audit, several lines per measure
   */
  public String toAuditTable() {
    StringBuilder out = new StringBuilder("Scenario: ").append(scenario).append('\n');
    for (Result<?> result : results) {
      out.append('\n').append(result).append('\n');
      if (result instanceof Result.Success<?> success) {
        Explanation explanation = success.figure().explanation();
        out.append("  formula: ").append(explanation.formula()).append('\n');
        for (Explanation.Input input : explanation.inputs()) {
          out.append("  ").append(input).append('\n');
        }
      }
    }
    return out.toString();
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof CalculationResults other
        && scenario.equals(other.scenario)
        && results.equals(other.results);
  }

  @Override
  public int hashCode() {
    return Objects.hash(scenario, results);
  }

  /**
   * Returns the scenario's name and {@link #toTable()}.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    return scenario.name() + "\n" + toTable();
  }
}
