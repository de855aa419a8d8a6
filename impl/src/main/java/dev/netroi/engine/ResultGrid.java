package dev.netroi.engine;

import dev.netroi.calc.CalculationResults;
import dev.netroi.calc.Measure;
import dev.netroi.calc.Result;
import dev.netroi.internal.Checks;
import dev.netroi.internal.TextTable;
import java.util.ArrayList;
import java.util.List;

/**
 * The results of many scenarios: one row per scenario, one column per measure, each cell a {@link
 * Result} (a figure or a failure). Value-based, immutable and thread-safe.
 */
public final class ResultGrid {

  private final List<Measure<?>> measures;
  private final List<CalculationResults> rows;

  private ResultGrid(List<Measure<?>> measures, List<CalculationResults> rows) {
    this.measures = measures;
    this.rows = rows;
  }

  /**
   * Obtains a grid.
   *
   * @param measures the columns
   * @param rows the rows, each holding a result for every column
   * @return the grid
   * @throws IllegalArgumentException if a row lacks a column's measure
   */
  public static ResultGrid of(List<? extends Measure<?>> measures, List<CalculationResults> rows) {
    List<Measure<?>> columns = List.copyOf(Checks.notNull(measures, "measures"));
    List<CalculationResults> copy = List.copyOf(Checks.notNull(rows, "rows"));
    for (CalculationResults row : copy) {
      if (!row.measures().containsAll(columns)) {
        throw new IllegalArgumentException(
            "row "
                + row.scenario().name()
                + " must have every column "
                + columns
                + " but had "
                + row.measures());
      }
    }
    return new ResultGrid(columns, copy);
  }

  /**
   * Returns the columns.
   *
   * @return an immutable list of measures
   */
  public List<Measure<?>> measures() {
    return measures;
  }

  /**
   * Returns the rows, one per scenario.
   *
   * @return an immutable list
   */
  public List<CalculationResults> rows() {
    return rows;
  }

  /**
   * Returns the number of rows.
   *
   * @return the number of scenarios
   */
  public int size() {
    return rows.size();
  }

  /**
   * Returns one cell.
   *
   * @param row the row index, from 0
   * @param measure a column's measure
   * @param <T> the value type
   * @return the result
   * @throws IndexOutOfBoundsException if {@code row} is out of range
   * @throws IllegalArgumentException if {@code measure} is not a column
   */
  public <T> Result<T> get(int row, Measure<T> measure) {
    return rows.get(row).get(measure);
  }

  /**
   * Returns the failed cells, row by row.
   *
   * @return an immutable list
   */
  public List<Result<?>> failures() {
    List<Result<?>> failures = new ArrayList<>();
    for (CalculationResults row : rows) {
      for (Measure<?> measure : measures) {
        Result<?> result = row.get(measure);
        if (!result.isSuccess()) {
          failures.add(result);
        }
      }
    }
    return List.copyOf(failures);
  }

  /**
   * Returns a table with one row per scenario and one column per measure; failed cells show {@code
   * n/a (REASON)}.
   *
   * @return the table
   */
  public String toTable() {
    String[] header = new String[measures.size() + 1];
    header[0] = "Scenario";
    for (int i = 0; i < measures.size(); i++) {
      header[i + 1] = measures.get(i).name();
    }
    TextTable table = new TextTable(header);
    for (CalculationResults row : rows) {
      String[] cells = new String[measures.size() + 1];
      cells[0] = row.scenario().name();
      for (int i = 0; i < measures.size(); i++) {
        Result<?> result = row.get(measures.get(i));
        cells[i + 1] =
            result instanceof Result.Failure<?> failure
                ? "n/a (" + failure.reason() + ")"
                : result.figure().formattedValue();
      }
      table.row(cells);
    }
    return table.render();
  }

  @Override
  public String toString() {
    return toTable();
  }
}
