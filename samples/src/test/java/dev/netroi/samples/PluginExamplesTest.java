package dev.netroi.samples;

import static dev.netroi.calc.Measures.BENEFIT_COST_RATIO;
import static dev.netroi.calc.Measures.EXTRA_NETWORK_COST_PER_GPU;
import static dev.netroi.calc.Measures.NETWORK_COST_PER_GPU_CANDIDATE;
import static dev.netroi.samples.DiscountedBenefitCostRatioCalculator.DISCOUNTED_BENEFIT_COST_RATIO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.netroi.CurrencyAmount;
import dev.netroi.calc.CalculationResults;
import dev.netroi.engine.CalculationEngine;
import dev.netroi.engine.CalculatorRegistry;
import dev.netroi.engine.RegistryException;
import dev.netroi.reference.ReferenceArgument;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PluginExamplesTest {

  private static final Map<String, CurrencyAmount> PRICE_LIST =
      Map.of(
          "AI Ethernet", CurrencyAmount.parse("USD 12000"),
          "Traditional Ethernet", CurrencyAmount.parse("USD 9000"));

  @Test
  void serviceLoaderFindsThePlugInNextToTheBuiltIns() {
    CalculatorRegistry registry = CalculatorRegistry.fromServiceLoader();

    assertThat(registry.measure("DiscountedBenefitCostRatio"))
        .isEqualTo(DISCOUNTED_BENEFIT_COST_RATIO);
    assertThat(registry.calculators())
        .hasSize(CalculatorRegistry.builtIns().calculators().size() + 1);
    double ratio =
        CalculationEngine.of(registry)
            .calculate(ReferenceArgument.mixtral(), DISCOUNTED_BENEFIT_COST_RATIO)
            .value(DISCOUNTED_BENEFIT_COST_RATIO);
    // 49,669.20 / (3,900 x 0.8)
    assertThat(ratio).isCloseTo(15.9196, within(5e-5));
  }

  @Test
  void anOverridingCalculatorReplacesTheBuiltInNetworkCost() {
    CalculatorRegistry registry =
        CalculatorRegistry.builtIns().with(new ContractNetworkCostCalculator(PRICE_LIST, 4, 0.10));
    CalculationResults results =
        CalculationEngine.of(registry)
            .calculate(
                ReferenceArgument.mixtral(),
                NETWORK_COST_PER_GPU_CANDIDATE,
                EXTRA_NETWORK_COST_PER_GPU,
                BENEFIT_COST_RATIO);

    // 12,000 / 4 + 12,000 x 0.10 = 4,200; 9,000 / 4 + 900 = 3,150
    assertThat(results.value(NETWORK_COST_PER_GPU_CANDIDATE).rounded())
        .isEqualByComparingTo(new BigDecimal("4200.00"));
    assertThat(results.value(EXTRA_NETWORK_COST_PER_GPU).rounded())
        .isEqualByComparingTo(new BigDecimal("1050.00"));
    assertThat(results.value(BENEFIT_COST_RATIO)).isCloseTo(49_669.20 / 4_200, within(1e-9));
  }

  @Test
  void withoutTheOverrideTheDuplicateProviderIsRefused() {
    ContractNetworkCostCalculator priceList = new ContractNetworkCostCalculator(PRICE_LIST, 4, 0.1);
    dev.netroi.calc.Calculator notOverriding =
        new dev.netroi.calc.Calculator() {
          @Override
          public java.util.Set<dev.netroi.calc.Measure<?>> provides() {
            return priceList.provides();
          }

          @Override
          public java.util.List<dev.netroi.calc.Figure<?>> calculate(
              dev.netroi.calc.CalculationContext context) {
            return priceList.calculate(context);
          }
        };

    assertThatThrownBy(() -> CalculatorRegistry.builtIns().with(notOverriding))
        .isInstanceOf(RegistryException.class)
        .hasMessageContaining("NetworkCostPerGpuCandidate")
        .hasMessageContaining("dev.netroi.builtin.NetworkCostCalculator");
  }

  @Test
  void examplesRunToTheEnd() {
    CustomCalculatorExample.main(new String[0]);
    ReplaceBuiltInExample.main(new String[0]);
    QuickStartExample.main(new String[0]);
  }
}
