package dev.netroi.samples;

import dev.netroi.Bandwidth;
import dev.netroi.CurrencyAmount;
import dev.netroi.GpuFleet;
import dev.netroi.NetworkOption;
import dev.netroi.PricingModel;
import dev.netroi.Scenario;
import dev.netroi.calc.CalculationResults;
import dev.netroi.calc.Measures;
import dev.netroi.engine.Netroi;

/** The README's ten-line example: your own fleet, options and a real per-token price. */
public final class QuickStartExample {

  private QuickStartExample() {}

  /**
   * Prints every built-in figure of the scenario and the explanation of the benefit-cost ratio.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Scenario scenario =
        Scenario.of(
            GpuFleet.of("H100", 1024, CurrencyAmount.parse("USD 30000")),
            NetworkOption.of(
                "AI Ethernet", Bandwidth.parse("800 Gb/s"), 0.95, CurrencyAmount.parse("USD 3900")),
            NetworkOption.of(
                "Traditional Ethernet",
                Bandwidth.parse("800 Gb/s"),
                0.60,
                CurrencyAmount.parse("USD 3900")),
            PricingModel.perMillionTokens(CurrencyAmount.parse("USD 0.27"), 2500));
    CalculationResults results = Netroi.calculateAll(scenario);
    System.out.println(results);
    CurrencyAmount uplift = results.value(Measures.VALUE_UPLIFT_PER_GPU);
    System.out.println("Value uplift per GPU: " + uplift);
    System.out.println(results.get(Measures.BENEFIT_COST_RATIO).figure().explanation());
  }
}
