package dev.netroi.calc;

import dev.netroi.Scenario;

/**
 * One row as a {@link RowCalculator} sees it: the numbers it declared (its input paths and its
 * required and used measures) as doubles, and the outputs it writes. The engine provides it, on the
 * audited path for one scenario and on the batch path for each row of a block in turn; a calculator
 * must not keep it after {@link RowCalculator#compute} or {@link RowCalculator#explain} returns.
 *
 * <p>Values are doubles in the unit of the measure's value type ({@link MeasureUnit#valueType()}):
 * money is an amount in the scenario's currency, a bandwidth is in Gb/s, a ratio is the ratio; an
 * input is what {@link Scenario#valueAt} returns for its path.
 */
public interface Row {

  /**
   * Returns the structure every row shares: the scenario on the audited path, the base scenario of
   * the batch on the batch path. Read from it only what is not a number (the pricing model's kind,
   * the throughput model, whether an option has a fabric, the currency); read numbers with {@link
   * #input(int)}, since the rows of a batch vary them.
   *
   * @return the scenario
   */
  Scenario scenario();

  /**
   * Returns the value of one declared input path.
   *
   * @param index the index of the path in {@link RowCalculator#inputPaths(Scenario)}
   * @return the input's value in this row
   * @throws IndexOutOfBoundsException if there is no such path
   */
  double input(int index);

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
   * Returns this row's own scenario, with the row's inputs set: for code that has no primitive
   * form, such as a plug-in throughput model. On the batch path it builds the scenario, at the cost
   * of the audited path.
   *
   * @return the row's scenario
   */
  Scenario rowScenario();

  /**
   * Returns a work array for the row's arithmetic, such as a series of cash flows, so that a
   * stateless calculator allocates nothing per row. The engine reuses it from row to row and from
   * calculator to calculator: its contents are unspecified when handed out, and it must not be kept
   * after {@code compute} or {@code explain} returns. Two calls during one {@code compute} may
   * return the same array; ask for one array of the total length and use its parts.
   *
   * @param length the least length needed, not negative
   * @return an array of at least {@code length} doubles
   * @throws IllegalArgumentException if {@code length} is negative
   */
  double[] scratch(int length);
}
