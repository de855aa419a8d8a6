package dev.netroi.samples;

import static dev.netroi.calc.Measures.BENEFIT_COST_RATIO;
import static dev.netroi.calc.Measures.EXTRA_NETWORK_COST_PER_GPU;
import static dev.netroi.calc.Measures.NETWORK_COST_PER_GPU_CANDIDATE;
import static dev.netroi.samples.DiscountedBenefitCostRatioCalculator.DISCOUNTED_BENEFIT_COST_RATIO;
import static dev.netroi.samples.PrintedReport.fixed;
import static dev.netroi.samples.PrintedReport.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.netroi.CurrencyAmount;
import dev.netroi.calc.CalculationResults;
import dev.netroi.calc.UnknownMeasureException;
import dev.netroi.engine.CalculationEngine;
import dev.netroi.engine.CalculatorRegistry;
import dev.netroi.engine.RegistryException;
import dev.netroi.reference.ReferenceArgument;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The plug-in samples: a calculator added by ServiceLoader, one replacing a built-in, and the quick
 * start; each example's printout is checked line by line against figures derived in the tests'
 * Javadoc.
 */
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
            .value(ReferenceArgument.mixtral(), DISCOUNTED_BENEFIT_COST_RATIO);
    // the uplift 0.27 x 525,600 x (0.95 - 0.60) = 49,669.20 over 3,900 x (1 - 0.20) = 3,120
    assertThat(ratio).isCloseTo(49_669.20 / (3_900 * (1 - 0.20)), within(1e-9));
  }

  /**
   * "DiscountedBenefitCostRatoi" is one swap of adjacent letters from the plug-in's name (within 2
   * edits); the nearest built-in, "BenefitCostRatio", is 10 letters shorter, so 10 edits at least.
   */
  @Test
  void aNearMissOfThePlugInsNameSuggestsIt() {
    CalculatorRegistry registry = CalculatorRegistry.fromServiceLoader();

    assertThatThrownBy(() -> registry.measure("DiscountedBenefitCostRatoi"))
        .isInstanceOf(UnknownMeasureException.class)
        .hasMessageStartingWith(
            "Unknown measure 'DiscountedBenefitCostRatoi' (did you mean"
                + " 'DiscountedBenefitCostRatio'?); known measures: EffectiveBandwidthCandidate, ")
        .hasMessageEndingWith(", BreakEvenGpuHourPrice, DiscountedBenefitCostRatio");
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

  /**
   * The registry's message (README, "Plug in a calculator"): every measure the price list provides
   * and the built-in {@code NetworkCostCalculator} also provides, in name order, with both
   * providers, and the rule.
   */
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
        .hasMessage(
            "Measures with more than one provider: "
                + Stream.of(
                        "ExtraNetworkCostPerGpu",
                        "NetworkCostPerGpuBaseline",
                        "NetworkCostPerGpuCandidate")
                    .map(
                        measure ->
                            measure
                                + " is provided by [dev.netroi.builtin.NetworkCostCalculator, "
                                + notOverriding.getClass().getName()
                                + "] and none of them overrides it")
                    .collect(Collectors.joining("; "))
                + ". Exactly one provider of a measure must list it in Calculator.overrides()");
  }

  /**
   * The plug-in adds one calculator and one measure to the built-ins. Its ratio: the uplift 0.27 x
   * 525,600 x (0.95 - 0.60) = 49,669.20 (docs/REFERENCE.md) over the network cost less the
   * company's 20 % discount, 3,900 x 0.80 = 3,120: 15.9196x; the built-in ratio 49,669.20 / 3,900 =
   * 12.7357x.
   */
  @Test
  void theCustomCalculatorExamplePrintsTheRegistryAndTheDiscountedRatio() {
    CalculatorRegistry builtIns = CalculatorRegistry.builtIns();
    PrintedReport printed =
        PrintedReport.ofStandardOutput(() -> CustomCalculatorExample.main(new String[0]));

    assertThat(printed.lines().get(0))
        .isEqualTo(
            "Loaded CalculatorRegistry["
                + (builtIns.calculators().size() + 1)
                + " calculators, "
                + (builtIns.measures().size() + 1)
                + " measures]");
    assertThat(printed.row("BenefitCostRatio"))
        .containsExactly(
            "BenefitCostRatio",
            fixed(49_669.20 / 3_900, 4) + "x",
            "x",
            "BenefitCostRatio = ValueUpliftPerGpu / NetworkCostPerGpuCandidate");
    assertThat(printed.row("DiscountedBenefitCostRatio"))
        .containsExactly(
            "DiscountedBenefitCostRatio",
            fixed(49_669.20 / (3_900 * 0.80), 4) + "x",
            "x",
            "DiscountedBenefitCostRatio = ValueUpliftPerGpu / (NetworkCostPerGpuCandidate x (1 -"
                + " discount))");
    assertThat(printed.lines().get(printed.lines().size() - 1))
        .isEqualTo(
            "DiscountedBenefitCostRatio = ValueUpliftPerGpu / (NetworkCostPerGpuCandidate x (1 -"
                + " discount)); where ValueUpliftPerGpu = USD 49,669.20, NetworkCostPerGpuCandidate"
                + " = USD 3,900.00, discount = 0.20");
  }

  /**
   * The company's price list (USD 12,000 and 9,000 per GPU, 4 years, 10 % support): candidate
   * 12,000 / 4 + 1,200 = 4,200.00, baseline 9,000 / 4 + 900 = 3,150.00, extra 1,050.00; ratio
   * 49,669.20 / 4,200 = 11.8260x; net benefit 49,669.20 - 1,050 = 48,619.20; ROI 48,619.20 / 1,050
   * = 46.304 = 4,630.40 %.
   */
  @Test
  void theReplaceBuiltInExamplePrintsThePriceListsFiguresAndTheirAudit() {
    PrintedReport printed =
        PrintedReport.ofStandardOutput(() -> ReplaceBuiltInExample.main(new String[0]));
    PrintedReport table = printed.block("Measure", "Scenario:");

    assertThat(printed.lines().get(0))
        .isEqualTo("Network cost from the company's price list (replaces the built-in):");
    assertThat(table.rows().subList(2, 7))
        .extracting(cells -> cells.subList(0, 3))
        .containsExactly(
            List.of("NetworkCostPerGpuCandidate", usd(12_000.0 / 4 + 1_200), "per GPU-year"),
            List.of("ExtraNetworkCostPerGpu", usd(4_200 - 3_150.0), "per GPU-year"),
            List.of("BenefitCostRatio", fixed(49_669.20 / 4_200, 4) + "x", "x"),
            List.of("NetBenefitPerGpu", usd(49_669.20 - 1_050), "per GPU-year"),
            List.of("Roi", fixed(100 * (49_669.20 - 1_050) / 1_050, 2) + " %", "share"));
    assertThat(
            printed
                .block("NetworkCostPerGpuCandidate = USD 4,200.00 per", "ExtraNetworkCostPerGpu =")
                .lines())
        .containsExactly(
            "NetworkCostPerGpuCandidate = USD 4,200.00 per GPU-year",
            "  formula: NetworkCostPerGpuCandidate = hardware per GPU / amortisation years +"
                + " hardware x support",
            "  price list: AI Ethernet = USD 12,000.00",
            "  amortisation years = 4.0",
            "  support share = 0.1");
    assertThat(
            printed
                .block("ExtraNetworkCostPerGpu = USD 1,050.00 per", "BenefitCostRatio =")
                .lines())
        .contains("  NetworkCostPerGpuCandidate = USD 4,200.00")
        .contains("  NetworkCostPerGpuBaseline = USD 3,150.00");
    assertThat(printed.block("Roi = ").lines())
        .containsExactly(
            "Roi = 4,630.40 %",
            "  formula: Roi = (ValueUpliftPerGpu - ExtraNetworkCostPerGpu) / ExtraNetworkCostPerGpu"
                + " = NetBenefitPerGpu / ExtraNetworkCostPerGpu",
            "  NetBenefitPerGpu = USD 48,619.20",
            "  ExtraNetworkCostPerGpu = USD 1,050.00");
  }

  /**
   * The README's quick start: 0.27 per million tokens at 2,500 tokens/s per GPU is 0.27 x 2,500 x
   * 31,536,000 s / 1,000,000 = USD 21,286.80 a GPU-year; realised 21,286.80 x 0.95 = 20,222.46 and
   * x 0.60 = 12,772.08; uplift 7,450.38; ratio 7,450.38 / 3,900 = 1.9104x; the fleet's 1,024 GPUs:
   * 21,797,683.20, 20,707,799.04, 13,078,609.92, 7,629,189.12 and a network of 3,993,600.00. Both
   * networks cost the same, so the ROI is undefined.
   */
  @Test
  void theQuickStartExamplePrintsEveryFigureOfARealisticTokenPrice() {
    PrintedReport printed =
        PrintedReport.ofStandardOutput(() -> QuickStartExample.main(new String[0]));
    double theoretical = 0.27 * 2_500 * 365 * 86_400 / 1e6;
    double uplift = theoretical * (0.95 - 0.60);

    assertThat(printed.row("TheoreticalAnnualValuePerGpu").get(1)).isEqualTo(usd(theoretical));
    assertThat(printed.row("RealisedAnnualValuePerGpuCandidate").get(1))
        .isEqualTo(usd(theoretical * 0.95));
    assertThat(printed.row("RealisedAnnualValuePerGpuBaseline").get(1))
        .isEqualTo(usd(theoretical * 0.60));
    assertThat(printed.row("ValueUpliftPerGpu").get(1)).isEqualTo(usd(uplift));
    assertThat(printed.row("BenefitCostRatio").get(1)).isEqualTo(fixed(uplift / 3_900, 4) + "x");
    assertThat(printed.row("TheoreticalAnnualValueFleet").get(1))
        .isEqualTo(usd(theoretical * 1024));
    assertThat(printed.row("RealisedAnnualValueFleetCandidate").get(1))
        .isEqualTo(usd(theoretical * 0.95 * 1024));
    assertThat(printed.row("RealisedAnnualValueFleetBaseline").get(1))
        .isEqualTo(usd(theoretical * 0.60 * 1024));
    assertThat(printed.row("ValueUpliftFleet").get(1)).isEqualTo(usd(uplift * 1024));
    assertThat(printed.row("NetworkCostFleetCandidate").get(1)).isEqualTo(usd(3_900.0 * 1024));
    assertThat(printed.row("ImpliedTokensPerSecondPerGpu").get(1)).isEqualTo("2,500.00");
    assertThat(printed.row("Roi").subList(1, 4))
        .containsExactly(
            "n/a",
            "share",
            "UNDEFINED: Roi is undefined: the candidate costs the same as the baseline"
                + " (ExtraNetworkCostPerGpu = USD 0.00), so there is no extra spend to return on;"
                + " see NetBenefitPerGpu = USD 7450.38");
    assertThat(printed.lines().subList(printed.lines().size() - 2, printed.lines().size()))
        .containsExactly(
            "Value uplift per GPU: USD 7450.38",
            "BenefitCostRatio = ValueUpliftPerGpu / NetworkCostPerGpuCandidate; where"
                + " ValueUpliftPerGpu = "
                + usd(uplift)
                + ", NetworkCostPerGpuCandidate = USD 3,900.00");
  }
}
