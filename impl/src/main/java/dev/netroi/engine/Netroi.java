package dev.netroi.engine;

import dev.netroi.Scenario;
import dev.netroi.calc.CalculationResults;
import dev.netroi.calc.Measure;

/**
 * The one-line way to use netroi from JShell and scripts, with the built-in calculators.
 *
 * <pre>{@code
 * CalculationResults all = Netroi.calculateAll(scenario);      // every built-in figure, as a table
 * CalculationResults two = Netroi.calculate(scenario, Measures.UPGRADE_NPV, Measures.UPGRADE_IRR);
 * CurrencyAmount uplift = Netroi.value(scenario, Measures.VALUE_UPLIFT_PER_GPU);
 * Measure<?> named = Netroi.measure("BenefitCostRatio");
 * }</pre>
 *
 * <p>The verbs are those of {@link CalculationEngine}, one per meaning: {@code calculate} and
 * {@code calculateAll} return {@link CalculationResults} (failures are data), {@code value} returns
 * one figure's value or throws. Each method here is the engine's over the built-ins, so that code
 * moves from this class to an engine with plug-ins by changing the receiver only.
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
   * Calculates the given built-in measures for a scenario: {@link
   * CalculationEngine#calculate(Scenario, Measure...)} over the built-ins.
   *
   * @param scenario the scenario, not null
   * @param measures the measures, in report order, at least one, no duplicates
   * @return one result per measure, failures included
   * @throws RegistryException if no built-in calculator provides a measure
   * @throws IllegalArgumentException if {@code measures} is empty or has a duplicate
   */
  public static CalculationResults calculate(Scenario scenario, Measure<?>... measures) {
    return BUILT_INS.calculate(scenario, measures);
  }

  /**
   * Calculates every built-in measure for a scenario: {@link
   * CalculationEngine#calculateAll(Scenario)} over the built-ins. Measures the scenario cannot
   * support (such as market figures without a market snapshot) are failures in the results.
   *
   * @param scenario the scenario, not null
   * @return the results; {@code toString()} prints them as a table
   */
  public static CalculationResults calculateAll(Scenario scenario) {
    return BUILT_INS.calculateAll(scenario);
  }

  /**
   * Calculates one built-in measure for a scenario and returns its value: {@link
   * CalculationEngine#value(Scenario, Measure)} over the built-ins.
   *
   * @param scenario the scenario, not null
   * @param measure the measure
   * @param <T> the value type
   * @return the value
   * @throws IllegalStateException if the measure cannot be computed for this scenario; the message
   *     is the failure's: {@code "<measure> failed (<reason>): <message>"}
   * @throws RegistryException if no built-in calculator provides the measure
   */
  public static <T> T value(Scenario scenario, Measure<T> measure) {
    return BUILT_INS.value(scenario, measure);
  }

  /**
   * Finds a built-in measure by its name: {@link CalculatorRegistry#measure(String)} of the
   * built-ins.
   *
   * @param name the PascalCase name, such as {@code "ValueUpliftPerGpu"}
   * @return the measure
   * @throws dev.netroi.calc.UnknownMeasureException if no built-in measure has that name; the
   *     message lists the known names and suggests the nearest for an obvious near miss
   */
  public static Measure<?> measure(String name) {
    return BUILT_INS.registry().measure(name);
  }
}
