package dev.netroi.calc;

/**
 * A {@link Calculator} that also computes its figures for many rows at once, on primitive columns
 * and without explanations: the engine's batch path (sweeps, Monte Carlo) calls {@link
 * #calculateBlock} for blocks of a few thousand rows. A calculator that is not a {@code
 * BlockCalculator} still works on the batch path: the engine builds each row's scenario and calls
 * {@link #calculate(CalculationContext)}, at the cost of the audited path per row.
 *
 * <p><b>One set of formulas.</b> Both methods must give the same figures. Keep the arithmetic in
 * small static methods over doubles that both call, so that a figure is bit-identical on both
 * paths; the contract kit of {@code netroi-impl}'s tests checks it row by row over generated
 * scenarios and columns. A row that {@code calculate} fails with a {@link CalculationException}
 * must be failed with the same reason through {@link Block#fail}.
 *
 * <p><b>What the engine does around a block.</b> It fills the inputs and required values, calls
 * {@code calculateBlock}, then, per row and provided measure: keeps an earlier failure (an invalid
 * input, a failed requirement), then a {@link Block#fail}, and fails as {@link
 * FailureReason#CALCULATION_ERROR} a value that is not finite (or that the measure's value type
 * refuses, such as a bandwidth that is not positive), as the audited path does. Money values are
 * stored as {@link dev.netroi.CurrencyAmount} stores them ({@code -0.0} becomes {@code 0.0}). If
 * {@code calculateBlock} throws, the engine computes that block again row by row with {@link
 * #calculate(CalculationContext)}, so one bad row costs speed, not correctness.
 */
public interface BlockCalculator extends Calculator {

  /**
   * Computes the provided measures for every row of a block: fills {@link Block#output} for each
   * measure of {@link #provides()} and calls {@link Block#fail} for rows where the figures are
   * undefined or an input is missing.
   *
   * @param block the rows, their inputs and the values of the required measures
   */
  void calculateBlock(Block block);
}
