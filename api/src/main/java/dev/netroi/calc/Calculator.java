package dev.netroi.calc;

import java.util.List;
import java.util.Set;

/**
 * The calculator SPI: computes the figures of some measures for one scenario, from the scenario and
 * the figures of other measures.
 *
 * <p>A calculator declares what it {@link #provides()}, what it {@link #requires()} and what it
 * {@link #uses()} when present; the engine orders calculators by these declarations, calls {@link
 * #calculate} once per scenario, and hands it only the measures it declared. Most calculators are
 * better written as a {@link RowCalculator}: one body over doubles from which the engine derives
 * both the audited path and the batch path. A calculator that implements only {@code calculate}
 * works on both paths too; on the batch path the engine builds each row's scenario and calls {@code
 * calculate}, at the cost of the audited path per row. Implementations must be stateless (or
 * immutable), thread-safe and deterministic, and must return exactly one finite figure per provided
 * measure. An expected failure, such as a ratio over zero, is signalled with {@link
 * CalculationException}.
 *
 * <p><b>Plugging in.</b> Register a calculator explicitly with the registry of {@code netroi-impl}
 * ({@code CalculatorRegistry.builtIns().with(myCalculator)}) or through {@link
 * java.util.ServiceLoader} ({@code META-INF/services/dev.netroi.calc.Calculator}, or {@code
 * provides dev.netroi.calc.Calculator with ...} in a module), and load it with {@code
 * CalculatorRegistry.fromServiceLoader(...)}.
 *
 * <p><b>Replacing a built-in.</b> Two calculators that provide the same measure are refused, unless
 * exactly one of them lists the measure in {@link #overrides()}: that one wins, whatever the order
 * of registration. Overriding is per measure: override every measure that derives from the same
 * input (the built-in network-cost calculator provides the candidate's, the baseline's and the
 * extra cost together), or the figures that are not overridden still follow the old input.
 */
public interface Calculator {

  /**
   * Returns the measures this calculator computes.
   *
   * @return a non-empty set of measures
   */
  Set<Measure<?>> provides();

  /**
   * Returns the measures whose figures this calculator reads from the context.
   *
   * @return the required measures; empty by default
   */
  default Set<Measure<?>> requires() {
    return Set.of();
  }

  /**
   * Returns the measures whose figures this calculator reads when they are there: the engine runs
   * their providers first, and the calculator still runs when no calculator provides one or when it
   * fails as {@link FailureReason#MISSING_INPUT} (such as the fabric measures of an option with a
   * stated cost); any other failure of a used measure fails this calculator's figures as {@link
   * FailureReason#DEPENDENCY_FAILED}. Read them with {@link CalculationContext#find}.
   *
   * @return the used measures, none of {@link #requires()}; empty by default
   */
  default Set<Measure<?>> uses() {
    return Set.of();
  }

  /**
   * Returns the provided measures for which this calculator replaces any other provider.
   *
   * @return a subset of {@link #provides()}; empty by default
   */
  default Set<Measure<?>> overrides() {
    return Set.of();
  }

  /**
   * Returns the name used in error messages and reports.
   *
   * @return the name; the class name by default
   */
  default String name() {
    return getClass().getName();
  }

  /**
   * Computes one figure for each provided measure.
   *
   * @param context the scenario and the figures of the required measures
   * @return one figure per measure of {@link #provides()}
   * @throws CalculationException when a figure is missing an input or undefined for this scenario
   */
  List<Figure<?>> calculate(CalculationContext context);
}
