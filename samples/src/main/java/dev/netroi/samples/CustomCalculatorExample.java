package dev.netroi.samples;

import static dev.netroi.calc.Measures.BENEFIT_COST_RATIO;
import static dev.netroi.samples.DiscountedBenefitCostRatioCalculator.DISCOUNTED_BENEFIT_COST_RATIO;

import dev.netroi.calc.CalculationResults;
import dev.netroi.engine.CalculationEngine;
import dev.netroi.engine.CalculatorRegistry;
import dev.netroi.reference.ReferenceArgument;

/**
 * Adds a calculator of one's own through {@link java.util.ServiceLoader}: {@link
 * DiscountedBenefitCostRatioCalculator} is listed in this module's {@code
 * META-INF/services/dev.netroi.calc.Calculator}, so {@link CalculatorRegistry#fromServiceLoader()}
 * loads it with the built-ins, and its measure computes like any other.
 */
public final class CustomCalculatorExample {

  private CustomCalculatorExample() {}

  /**
   * Prints the list and the discounted benefit-cost ratio of the mixtral reference scenario.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    CalculatorRegistry registry = CalculatorRegistry.fromServiceLoader();
    CalculationEngine engine = CalculationEngine.of(registry);
    CalculationResults results =
        engine.calculate(
            ReferenceArgument.mixtral(), BENEFIT_COST_RATIO, DISCOUNTED_BENEFIT_COST_RATIO);
    System.out.println("Loaded " + registry);
    System.out.println(results);
    System.out.println(results.get(DISCOUNTED_BENEFIT_COST_RATIO).figure().explanation());
  }
}
