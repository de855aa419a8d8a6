package dev.netroi;

/**
 * The numeric inputs of one row: one scenario on the engine's audited path, one row of a batch on
 * its batch path. What a plug-in that computes per row, such as a {@link ThroughputModel}, reads;
 * the calculator SPI's {@code dev.netroi.calc.Row} extends it with measures and outputs. The engine
 * provides it; do not keep it after the call that received it returns.
 */
public interface InputRow {

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
   * Returns the value of one declared input path, as {@link Scenario#valueAt} gives it for the
   * row's scenario.
   *
   * @param index the index of the path among those the reader declared
   * @return the input's value in this row
   * @throws IndexOutOfBoundsException if there is no such path
   */
  double input(int index);

  /**
   * Returns this row's own scenario, with the row's inputs set: for code that has no primitive
   * form. On the batch path it builds the scenario, at the cost of the audited path.
   *
   * @return the row's scenario
   */
  Scenario rowScenario();

  /**
   * Returns a work array for the row's arithmetic, such as a series of cash flows, so that
   * stateless code allocates nothing per row. The engine reuses it from row to row and from
   * calculator to calculator: its contents are unspecified when handed out, and it must not be kept
   * after the call returns. Two calls during one computation may return the same array; ask for one
   * array of the total length and use its parts.
   *
   * @param length the least length needed, not negative
   * @return an array of at least {@code length} doubles
   * @throws IllegalArgumentException if {@code length} is negative
   */
  double[] scratch(int length);
}
