package dev.netroi.engine;

import dev.netroi.Scenario;
import dev.netroi.calc.CalculationResults;
import dev.netroi.calc.Measure;

/**
 * The one-line way to use netroi from JShell and scripts, with the built-in calculators.
 *
 * <pre>{@code
 * CalculationResults all = Netroi.analyse(scenario);        // every built-in figure, as a table
 * CurrencyAmount uplift = Netroi.calculate(scenario, Measures.VALUE_UPLIFT_PER_GPU);
 * }</pre>
 *
 * <p>Tools that evaluate many scenarios, or plug in calculators, use a {@link CalculationEngine}
 * over a {@link CalculatorRegistry} instead. Thread-safe.
 */
public final class Netroi {

  private static final CalculationEngine BUILT_INS =
      CalculationEngine.of(CalculatorRegistry.builtIns());

  private Netroi() {}

  /**
   * Returns the engine over the built-in calculators.
   *
   * @return the engine
   */
  public static CalculationEngine engine() {
    return BUILT_INS;
  }

  /**
   * Calculates every built-in measure for a scenario; measures the scenario cannot support (such as
   * market figures without a market snapshot) are failures in the results.
   *
   * @param scenario the scenario, not null
   * @return the results; {@code toString()} prints them as a table
   */
  public static CalculationResults analyse(Scenario scenario) {
    return BUILT_INS.calculateAll(scenario);
  }

  /**
   * Calculates one built-in measure for a scenario.
   *
   * @param scenario the scenario, not null
   * @param measure the measure
   * @param <T> the value type
   * @return the value
   * @throws IllegalStateException if the measure cannot be computed for this scenario; the message
   *     gives the reason
   */
  public static <T> T calculate(Scenario scenario, Measure<T> measure) {
    return BUILT_INS.calculate(scenario, measure).value(measure);
  }
}
