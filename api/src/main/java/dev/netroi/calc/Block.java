package dev.netroi.calc;

import dev.netroi.InputPath;
import dev.netroi.Scenario;
import dev.netroi.UnknownInputPathException;

/**
 * What a {@link BlockCalculator} sees on the engine's batch path: a block of rows, each a variant
 * of one base scenario, as primitive columns. The engine provides it; a calculator must not keep
 * it, or its arrays, after {@link BlockCalculator#calculateBlock} returns.
 *
 * <p>A row {@code r} of the block, {@code 0 <= r < size()}, is the base scenario with the inputs
 * {@code input(path)[r]} set. Everything that is not a number (the pricing model's kind and unit,
 * the throughput model, names, the currency, whether a market snapshot is present) is the same in
 * every row and is read from {@link #scenario()}; numbers must be read from {@link
 * #input(InputPath)}, never from {@code scenario()}, since the rows vary them.
 *
 * <p>Values are doubles in the unit of the measure's value type ({@link MeasureUnit#valueType()}):
 * money is an amount in the scenario's currency, a bandwidth is in Gb/s, a ratio is the ratio. The
 * arrays may be longer than {@link #size()}; only the first {@code size()} entries belong to the
 * block. Input and value arrays are read-only.
 *
 * <pre>{@code
 * public void calculateBlock(Block block) {
 *   double[] uplift = block.values(Measures.VALUE_UPLIFT_PER_GPU);
 *   double[] cost = block.values(Measures.NETWORK_COST_PER_GPU_CANDIDATE);
 *   double[] out = block.output(Measures.BENEFIT_COST_RATIO);
 *   for (int row = 0; row < block.size(); row++) {
 *     if (cost[row] == 0) {
 *       block.fail(row, FailureReason.UNDEFINED);
 *     } else {
 *       out[row] = ratio(uplift[row], cost[row]); // the same static method as the audited path
 *     }
 *   }
 * }
 * }</pre>
 */
public interface Block {

  /**
   * Returns the number of rows in this block.
   *
   * @return the row count, at least 1
   */
  int size();

  /**
   * Returns the base scenario: the structure every row shares. Its numeric inputs are the base
   * values, not the rows' values; read those with {@link #input(InputPath)}.
   *
   * @return the base scenario
   */
  Scenario scenario();

  /**
   * Returns the values of one input, one per row.
   *
   * @param path one of {@code scenario().inputPaths()}
   * @return the values, read-only, at least {@link #size()} long
   * @throws UnknownInputPathException if the scenario has no such input
   */
  double[] input(InputPath path);

  /**
   * Returns the values of a required measure, one per row.
   *
   * @param measure a measure the calculator declared in {@link Calculator#requires()}
   * @return the values, read-only, at least {@link #size()} long; unspecified in failed rows
   * @throws IllegalStateException if the calculator did not declare {@code measure} as required
   */
  double[] values(Measure<?> measure);

  /**
   * Returns the array the calculator fills with the values of one provided measure. Fill one for
   * every measure of {@link Calculator#provides()}, as {@code calculate} returns a figure for each:
   * a provided measure whose array was never asked for fails every row, and a row left as it was
   * (NaN) fails, as {@link FailureReason#CALCULATION_ERROR}.
   *
   * @param measure a measure of {@link Calculator#provides()}
   * @return the array, at least {@link #size()} long, NaN in the block's rows until written; the
   *     same array for every call during one {@code calculateBlock}
   * @throws IllegalStateException if the calculator does not declare {@code measure} as provided
   */
  double[] output(Measure<?> measure);

  /**
   * Tells whether the engine has already failed this calculator's figures in a row: an input of the
   * row breaks a rule of its value, or a required measure failed there. A calculator may skip such
   * rows; whatever it writes or fails there is ignored.
   *
   * @param row the row, in {@code [0, size())}
   * @return whether the row is already failed
   * @throws IndexOutOfBoundsException if {@code row} is outside the block
   */
  boolean isRowFailed(int row);

  /**
   * Fails every provided measure in one row, as {@link CalculationException} does on the audited
   * path. The engine writes the message only when asked for it, by computing that row on the
   * audited path, so the message is the one {@link Calculator#calculate} gives.
   *
   * @param row the row, in {@code [0, size())}
   * @param reason {@link FailureReason#MISSING_INPUT}, {@link FailureReason#UNDEFINED} or {@link
   *     FailureReason#CALCULATION_ERROR}
   * @throws IllegalArgumentException if {@code reason} is one the engine gives itself ({@link
   *     FailureReason#DEPENDENCY_FAILED}, {@link FailureReason#INVALID_INPUT})
   */
  void fail(int row, FailureReason reason);

  /**
   * Returns the scenario of one row, built with {@link Scenario#with(InputPath, double)}: for code
   * that has no primitive form, such as a plug-in throughput model. It allocates, so a calculator
   * that calls it for every row runs at the speed of the audited path.
   *
   * @param row the row, in {@code [0, size())}, not {@linkplain #isRowFailed failed} for an input
   * @return the row's scenario
   * @throws IllegalArgumentException if an input of the row breaks a rule of its value
   */
  Scenario scenario(int row);
}
