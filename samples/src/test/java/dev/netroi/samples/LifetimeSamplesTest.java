package dev.netroi.samples;

import static dev.netroi.calc.Measures.BREAK_EVEN_NETWORK_COST_PER_GPU;
import static dev.netroi.calc.Measures.LIFETIME_NPV_BASELINE;
import static dev.netroi.calc.Measures.LIFETIME_NPV_CANDIDATE;
import static dev.netroi.calc.Measures.UPGRADE_CASH_FLOWS;
import static dev.netroi.calc.Measures.UPGRADE_NET_BENEFIT;
import static dev.netroi.calc.Measures.UPGRADE_NPV;
import static dev.netroi.samples.LifetimeModel.AI_ETHERNET;
import static dev.netroi.samples.LifetimeModel.INFINIBAND;
import static dev.netroi.samples.LifetimeModel.TRADITIONAL;
import static dev.netroi.samples.PrintedReport.fixed;
import static dev.netroi.samples.PrintedReport.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.netroi.OptionRole;
import dev.netroi.Scenario;
import dev.netroi.analysis.OptionComparison;
import dev.netroi.calc.CalculationResults;
import dev.netroi.engine.CalculationEngine;
import dev.netroi.engine.CalculatorRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lifetime sample ranks the three fabrics as its report says. Every expected figure comes from
 * {@link LifetimeModel}, an independent re-computation from the sample's stated inputs and the
 * README's definitions (its Javadoc has the inputs and the formulas), and each is checked in the
 * block of the printout it belongs to: the table row of its option, the section of its upgrade.
 *
 * <p>Hand checks of the model's leading figures: AI Ethernet's year-0 flow per GPU is -(30,000 +
 * 5,254.6875) = -35,254.6875; its kW are (1,275 + 84.75) / 1,000 = 1.35975, energy 1.35975 x 1.3 x
 * 8,760 x 0.0806 = 1,248.08 a year (x 5 = USD 6,240.39, the "power per GPU" column), hosting
 * 1.35975 x 184.06 x 12 = 3,003.31 a year; revenue 2.00 x 8,760 x 0.80 x 0.95 = 13,315.20 a year
 * (9,986.40 in year 1). The InfiniBand upgrade's year-0 flow is -(6,487.50 - 4,137.50) x 1,024 =
 * USD -2,406,400.00; its year-1 flow per GPU is 2.00 x 8,760 x 0.80 x 0.35 x 0.75 = 3,679.20 more
 * revenue, less 235.00 more support, 9.47 more energy ((116.625 - 106.3125) / 1,000 x 1.3 x 8,760 x
 * 0.0806) and 22.78 more hosting (0.0103125 x 184.06 x 12): 3,411.96 a GPU, USD 3,493,843.98 the
 * fleet; its payback 2,406,400 / 3,493,843.98 x 12 = 8.27 months.
 */
class LifetimeSamplesTest {

  private final CalculationEngine engine = CalculationEngine.of(CalculatorRegistry.builtIns());

  private final PrintedReport report =
      PrintedReport.of(out -> LifetimeComparison.print(out, engine));

  @Test
  void ranksAiEthernetThenInfiniBandThenTraditionalEthernetByNpv() {
    OptionComparison comparison = LifetimeComparison.comparison(engine);

    assertThat(AI_ETHERNET.npv()).isGreaterThan(INFINIBAND.npv());
    assertThat(INFINIBAND.npv()).isGreaterThan(TRADITIONAL.npv());
    assertThat(comparison.ranked())
        .extracting(OptionComparison.Option::name)
        .containsExactly("AI Ethernet", "InfiniBand", "Traditional Ethernet");
    assertThat(comparison.ranked().get(2).role()).isEqualTo(OptionRole.BASELINE);
    assertThat(comparison.winner().npv().orElseThrow().toDisplayString())
        .isEqualTo(usd(AI_ETHERNET.npv()));
  }

  @Test
  void eachRowOfTheTableHasItsOwnOptionsFigures() {
    PrintedReport table = report.block("| rank |", "AI Ethernet ranks first");

    assertThat(table.lines()).hasSize(5);
    assertThat(table.row("AI Ethernet")).containsExactlyElementsOf(row("1", AI_ETHERNET));
    assertThat(table.row("InfiniBand")).containsExactlyElementsOf(row("2", INFINIBAND));
    List<String> baseline = row("3", TRADITIONAL);
    baseline.set(1, "Traditional Ethernet (baseline)");
    assertThat(table.row("Traditional Ethernet (baseline)")).containsExactlyElementsOf(baseline);
  }

  private static List<String> row(String rank, LifetimeModel.Option option) {
    return new java.util.ArrayList<>(
        List.of(
            rank,
            option.name(),
            usd(option.npv()),
            usd(option.tcoPerGpu()),
            usd(option.networkPerGpu()),
            usd(option.powerPerGpu()),
            usd(option.costPerDeliveredGpuHour()),
            fixed(option.fraction(), 4)));
  }

  @Test
  void theWinnerSentenceComparesAiEthernetWithInfiniBand() {
    assertThat(report.line("AI Ethernet ranks first"))
        .isEqualTo(
            "AI Ethernet ranks first with an NPV of "
                + usd(AI_ETHERNET.npv())
                + " over 5 years at 8.00 %, "
                + usd(AI_ETHERNET.npv() - INFINIBAND.npv())
                + " more than InfiniBand: its lifetime TCO per GPU is "
                + usd(INFINIBAND.tcoPerGpu() - AI_ETHERNET.tcoPerGpu())
                + " lower and its throughput factor is the same (0.9500 vs 0.9500).");
  }

  @Test
  void eachUpgradeSectionHasItsOwnUpgradesFigures() {
    assertUpgrade(
        report.block(
            "Upgrade from traditional Ethernet to InfiniBand:", "Upgrade from", "Cash flows"),
        INFINIBAND);
    assertUpgrade(
        report.block(
            "Upgrade from traditional Ethernet to AI Ethernet:", "Upgrade from", "Cash flows"),
        AI_ETHERNET);
  }

  private static void assertUpgrade(PrintedReport section, LifetimeModel.Option candidate) {
    double[] flows = LifetimeModel.upgrade(candidate, TRADITIONAL);
    assertThat(section.lines().subList(1, section.lines().size()))
        .containsExactly(
            "  UpgradeNpv = "
                + usd(LifetimeModel.npv(flows, LifetimeModel.RATE))
                + " per fleet over the horizon",
            "  UpgradeNetBenefit = "
                + usd(LifetimeModel.sum(flows))
                + " per fleet over the horizon",
            "  UpgradeIrr = " + fixed(100 * LifetimeModel.irr(flows), 2) + " %",
            "  UpgradePaybackMonths = " + fixed(LifetimeModel.paybackMonths(flows), 2) + " months",
            "  UpgradeDiscountedPaybackMonths = "
                + fixed(LifetimeModel.paybackMonths(LifetimeModel.discounted(flows)), 2)
                + " months",
            "  BreakEvenNetworkCostPerGpu = "
                + usd(LifetimeModel.breakEvenNetworkCostPerGpu(candidate, TRADITIONAL))
                + " per GPU-year",
            "  BreakEvenEffectiveFraction = "
                + fixed(LifetimeModel.breakEvenFraction(candidate, TRADITIONAL), 4),
            "  BreakEvenGpuHourPrice = "
                + usd(LifetimeModel.breakEvenGpuHourPrice(candidate, TRADITIONAL))
                + " per GPU-hour");
  }

  @Test
  void theCashFlowsAreInfiniBandsUpgradeYearByYear() {
    PrintedReport table = report.block("Cash flows of the upgrade to InfiniBand (fleet):");
    double[] flows = LifetimeModel.upgrade(INFINIBAND, TRADITIONAL);

    assertThat(table.lines()).hasSize(3 + flows.length);
    double cumulative = 0;
    for (int year = 0; year < flows.length; year++) {
      cumulative += flows[year];
      assertThat(table.row(Integer.toString(year)))
          .containsExactly(Integer.toString(year), usd(flows[year]), usd(cumulative));
    }
  }

  @Test
  void theHeaderNamesTheFleetAndTheTerms() {
    assertThat(report.lines().get(0))
        .isEqualTo(
            "Lifetime comparison: 1,024 H100 over 5 years at 8 %, sold at USD 2.00 per GPU-hour,"
                + " 80 % utilised (LifetimeComparison; prices are assumptions)");
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

  /**
   * With its network free, each candidate is the same fleet at the same fraction 0.95, so both
   * upgrades break even at one network cost: the model gives USD 6,403.60 for both.
   */
  @Test
  void bothUpgradesBreakEvenAtTheSameNetworkCostSinceTheyDeliverTheSameWork() {
    List<Scenario> scenarios = LifetimeComparison.scenarios();
    double expected = LifetimeModel.breakEvenNetworkCostPerGpu(AI_ETHERNET, TRADITIONAL);

    for (Scenario scenario : scenarios) {
      assertThat(
              engine
                  .calculate(scenario, BREAK_EVEN_NETWORK_COST_PER_GPU)
                  .value(BREAK_EVEN_NETWORK_COST_PER_GPU)
                  .amount())
          .isCloseTo(expected, within(1e-6));
    }
  }
}
