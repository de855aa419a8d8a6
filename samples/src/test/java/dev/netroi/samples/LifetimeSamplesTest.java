package dev.netroi.samples;

import static dev.netroi.calc.Measures.BREAK_EVEN_NETWORK_COST_PER_GPU;
import static dev.netroi.calc.Measures.LIFETIME_NPV_BASELINE;
import static dev.netroi.calc.Measures.LIFETIME_NPV_CANDIDATE;
import static dev.netroi.calc.Measures.UPGRADE_CASH_FLOWS;
import static dev.netroi.calc.Measures.UPGRADE_NET_BENEFIT;
import static dev.netroi.calc.Measures.UPGRADE_NPV;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.netroi.OptionRole;
import dev.netroi.Scenario;
import dev.netroi.calc.CalculationResults;
import dev.netroi.engine.CalculationEngine;
import dev.netroi.engine.CalculatorRegistry;
import dev.netroi.lifetime.OptionComparison;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lifetime sample ranks the three fabrics as its report says, from one set of figures. */
class LifetimeSamplesTest {

  private final CalculationEngine engine = CalculationEngine.of(CalculatorRegistry.builtIns());

  @Test
  void ranksAiEthernetThenInfiniBandThenTraditionalEthernetByNpv() {
    OptionComparison comparison = LifetimeComparison.comparison(engine);

    assertThat(comparison.ranked())
        .extracting(OptionComparison.Option::name)
        .containsExactly("AI Ethernet", "InfiniBand", "Traditional Ethernet");
    assertThat(comparison.ranked().get(2).role()).isEqualTo(OptionRole.BASELINE);
    assertThat(comparison.winner().npv().orElseThrow().toDisplayString())
        .isEqualTo("USD -4,347,665.60");
    assertThat(comparison.winnerSentence())
        .isEqualTo(
            "AI Ethernet ranks first with an NPV of USD -4,347,665.60 over 5 years at 8.00 %,"
                + " USD 2,173,903.72 more than InfiniBand: its lifetime TCO per GPU is USD"
                + " 2,347.52 lower and its throughput factor is the same (0.9500 vs 0.9500).");
    assertThat(comparison.toTable())
        .contains("| 3    | Traditional Ethernet (baseline) | USD -21,916,445.78 |");
  }

  @Test
  void theUpgradeNpvIsTheDifferenceOfTheOptionsNpvsAndTheCashFlowsAddUpToTheNetBenefit() {
    for (Scenario scenario : LifetimeComparison.scenarios()) {
      CalculationResults r =
          engine.calculate(
              scenario,
              List.of(
                  UPGRADE_NPV,
                  UPGRADE_NET_BENEFIT,
                  UPGRADE_CASH_FLOWS,
                  LIFETIME_NPV_CANDIDATE,
                  LIFETIME_NPV_BASELINE));
      double difference =
          r.value(LIFETIME_NPV_CANDIDATE).amount() - r.value(LIFETIME_NPV_BASELINE).amount();
      assertThat(r.value(UPGRADE_NPV).amount()).isCloseTo(difference, within(1e-6));
      assertThat(r.value(UPGRADE_CASH_FLOWS).total().amount())
          .isCloseTo(r.value(UPGRADE_NET_BENEFIT).amount(), within(1e-6));
    }
  }

  @Test
  void bothUpgradesBreakEvenAtTheSameNetworkCostSinceTheyDeliverTheSameWork() {
    List<Scenario> scenarios = LifetimeComparison.scenarios();

    assertThat(
            engine
                .calculate(scenarios.get(0), BREAK_EVEN_NETWORK_COST_PER_GPU)
                .value(BREAK_EVEN_NETWORK_COST_PER_GPU)
                .amount())
        .isCloseTo(
            engine
                .calculate(scenarios.get(1), BREAK_EVEN_NETWORK_COST_PER_GPU)
                .value(BREAK_EVEN_NETWORK_COST_PER_GPU)
                .amount(),
            within(1e-6));
  }

  @Test
  void printsTheRankingTheUpgradesAndTheCashFlows() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      LifetimeComparison.print(out, engine);
    }

    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("Lifetime comparison: 1,024 H100 over 5 years at 8 %")
        .contains("UpgradeNpv = USD 17,568,780.17 per fleet over the horizon")
        .contains("UpgradeIrr = 163.44 %")
        .contains("UpgradePaybackMonths = 3.69 months")
        .contains("BreakEvenNetworkCostPerGpu = USD 6,403.60 per GPU-year")
        .contains("BreakEvenEffectiveFraction = 0.6245")
        .contains("|    0 | USD -2,406,400.00 | USD -2,406,400.00 |");
  }
}
