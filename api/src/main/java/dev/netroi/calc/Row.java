package dev.netroi.calc;

import dev.netroi.InputRow;

/**
 * One row as a {@link RowCalculator} sees it: the numbers it declared (its input paths and its
 * required and used measures) as doubles, and the outputs it writes. The engine provides it, on the
 * audited path for one scenario and on the batch path for each row of a block in turn; a calculator
 * must not keep it after {@link RowCalculator#compute} or {@link RowCalculator#explain} returns.
 *
 * <p>Values are doubles in the unit of the measure's value type ({@link MeasureUnit#valueType()}):
 * money is an amount in the scenario's currency, a bandwidth is in Gb/s, a ratio is the ratio; an
 * input is what {@code Scenario.valueAt} returns for its path.
 */
public interface Row extends InputRow {

  /**
   * Returns the value of one required or used measure: index {@code i < required().size()} is the
   * i-th of {@link RowCalculator#required()}, the next ones are those of {@link
   * RowCalculator#used()} in order.
   *
   * @param index the index of the measure
   * @return its value in this row; NaN for a used measure that is not {@linkplain #isPresent
   *     present}
   * @throws IndexOutOfBoundsException if there is no such measure
   */
  double value(int index);

  /**
   * Tells whether a measure has a value in this row: always true for a required measure (a row
   * whose required measure failed is never computed), and for a used measure true unless no
   * calculator provides it or it failed as {@link FailureReason#MISSING_INPUT}.
   *
   * @param index the index of the measure, as for {@link #value(int)}
   * @return whether it has a value
   * @throws IndexOutOfBoundsException if there is no such measure
   */
  boolean isPresent(int index);

  /**
   * Sets the value of one provided measure.
   *
   * @param index the index of the measure in {@link RowCalculator#outputs()}
   * @param value the value; a value its type refuses (not finite; a bandwidth not positive) fails
   *     the row as {@link FailureReason#CALCULATION_ERROR}
   * @throws IndexOutOfBoundsException if there is no such measure
   */
  void set(int index, double value);

  /**
   * Returns the value set for one provided measure, so that {@link RowCalculator#explain} can show
   * it.
   *
   * @param index the index of the measure in {@link RowCalculator#outputs()}
   * @return the value set by {@link RowCalculator#compute}
   * @throws IndexOutOfBoundsException if there is no such measure
   */
  double output(int index);

  /**
   * Returns the figure of one required or used measure, for explanations: only on the audited path.
   *
   * @param index the index of the measure, as for {@link #value(int)}
   * @return the figure
   * @throws IllegalStateException on the batch path, or for a used measure that is not present
   */
  Figure<?> figure(int index);

  /**
   * Returns the calculator's layout for this row's structure, {@link RowCalculator#layout}, which
   * the engine computed once for the scenario or the batch.
   *
   * @return the layout
   */
  int layout();
}
