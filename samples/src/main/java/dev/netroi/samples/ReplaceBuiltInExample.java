package dev.netroi.samples;

import static dev.netroi.calc.Measures.BENEFIT_COST_RATIO;
import static dev.netroi.calc.Measures.EXTRA_NETWORK_COST_PER_GPU;
import static dev.netroi.calc.Measures.NETWORK_COST_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.NET_BENEFIT_PER_GPU;
import static dev.netroi.calc.Measures.ROI;

import dev.netroi.CurrencyAmount;
import dev.netroi.calc.CalculationResults;
import dev.netroi.engine.CalculationEngine;
import dev.netroi.engine.CalculatorRegistry;
import dev.netroi.reference.ReferenceArgument;
import java.util.Map;

/**
 * Replaces a built-in calculator explicitly: {@link ContractNetworkCostCalculator} overrides the
 * network-cost measures, and every figure that depends on them (benefit-cost ratio, net benefit,
 * ROI) follows.
 */
public final class ReplaceBuiltInExample {

  private ReplaceBuiltInExample() {}

  /**
   * Prints the reference scenario's cost figures with the company's price list.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    ContractNetworkCostCalculator priceList =
        new ContractNetworkCostCalculator(
            Map.of(
                "AI Ethernet", CurrencyAmount.parse("USD 12000"),
                "Traditional Ethernet", CurrencyAmount.parse("USD 9000")),
            4,
            0.10);
    CalculatorRegistry registry = CalculatorRegistry.builtIns().with(priceList);
    CalculationResults results =
        CalculationEngine.of(registry)
            .calculate(
                ReferenceArgument.mixtral(),
                NETWORK_COST_PER_GPU_CANDIDATE,
                EXTRA_NETWORK_COST_PER_GPU,
                BENEFIT_COST_RATIO,
                NET_BENEFIT_PER_GPU,
                ROI);
    System.out.println("Network cost from the company's price list (replaces the built-in):");
    System.out.println(results);
    System.out.println(results.toAuditTable());
  }
}
