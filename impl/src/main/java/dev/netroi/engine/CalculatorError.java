package dev.netroi.engine;

import dev.netroi.internal.Checks;

/**
 * The exceptions one calculator threw on the batch path ({@link BatchResults#errors()}): the rows
 * it failed so, as {@link dev.netroi.calc.FailureReason#CALCULATION_ERROR}, and the first of the
 * exceptions, so that a bug in a calculator is seen rather than hidden among failed rows. A row
 * that a calculator refuses (a reason returned, a {@code CalculationException}) is not an error.
 * Immutable and thread-safe.
 */
public final class CalculatorError {

  private final String calculator;
  private final long rows;
  private final Throwable first;

  CalculatorError(String calculator, long rows, Throwable first) {
    this.calculator = Checks.notNull(calculator, "calculator");
    this.rows = rows;
    this.first = Checks.notNull(first, "first");
  }

  /**
   * Returns the calculator's name.
   *
   * @return {@code Calculator.name()}
   */
  public String calculator() {
    return calculator;
  }

  /**
   * Returns how many rows failed because the calculator threw.
   *
   * @return at least 1
   */
  public long rows() {
    return rows;
  }

  /**
   * Returns the first exception the calculator threw (in the order the workers met them).
   *
   * @return the exception
   */
  public Throwable firstException() {
    return first;
  }

  @Override
  public String toString() {
    return calculator + " threw in " + rows + (rows == 1 ? " row" : " rows") + ", first: " + first;
  }
}
