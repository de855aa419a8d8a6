package dev.netroi.samples;

import static dev.netroi.samples.LifetimeModel.AI_ETHERNET;
import static dev.netroi.samples.LifetimeModel.INFINIBAND;
import static dev.netroi.samples.LifetimeModel.TRADITIONAL;
import static dev.netroi.samples.PrintedReport.fixed;
import static dev.netroi.samples.PrintedReport.usd;
import static dev.netroi.samples.ReferenceMath.BASELINE;
import static dev.netroi.samples.ReferenceMath.CANDIDATE;
import static dev.netroi.samples.ReferenceMath.LLAMA2_PRICE;
import static dev.netroi.samples.ReferenceMath.MIXTRAL_PRICE;
import static dev.netroi.samples.ReferenceMath.NETWORK_COST;
import static dev.netroi.samples.ReferenceMath.theoretical;
import static org.assertj.core.api.Assertions.assertThat;

import dev.netroi.reference.ReferenceArgument;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The main report, section by section: each figure is checked in the section (and row) it belongs
 * to, against a value derived here, never copied from the printout.
 *
 * <p>Hand derivations of the reference's figures (inputs in {@link ReferenceMath} and
 * docs/REFERENCE.md): run rate per active GPU 13e9 / 3.3e6 = USD 3,939.39; as a share of the USD
 * 21,700 blended ASP 3,939.39 / 21,700 = 18.15 %, with the argument's rounded 3,900 / 21,700 =
 * 17.97 %; effective bandwidth 800 x 0.95 = 760 and 800 x 0.60 = 480 Gb/s; a year has 60 x 24 x 365
 * = 525,600 minutes, so 0.27 x 525,600 = USD 141,912.00, x 0.60 = 85,147.20, x 0.95 = 134,816.40,
 * uplift 49,669.20, / 3,900 = 12.7357x; llama2 at 0.90 a minute: 473,040.00, ratio 0.90 / 0.27 =
 * 3.3333x, uplift 473,040 x 0.35 = 165,564.00, / 3,900 = 42.4523x. Per GPU sold: 13e9 / 4 / 608,000
 * = USD 5,345.39; the token reading implies 1,000,000 / 60 = 16,666.67 tokens/s per GPU.
 */
class ReferenceAnalysisTest {

  private static final double RUN_RATE_PER_GPU = 13e9 / 3.3e6;
  private static final double MIXTRAL = theoretical(MIXTRAL_PRICE);
  private static final double LLAMA2 = theoretical(LLAMA2_PRICE);
  private static final double UPLIFT = MIXTRAL * (CANDIDATE - BASELINE);

  /** The report is printed once (its million what-ifs take a while) and read by every test. */
  private static final int[] flagged = new int[1];

  private static final PrintedReport report =
      PrintedReport.of(out -> flagged[0] = ReferenceAnalysis.report(out));

  private PrintedReport figures() {
    return report.block("Figures (exact", "2 figures DIFFER", "Every figure agrees");
  }

  private static List<String> cells(String... cells) {
    return Arrays.asList(cells);
  }

  /**
   * A claim agrees when the exact figure rounds to it at the claim's own precision ($3,900 to the
   * hundred, $142,000 to the thousand, 13x to the unit, 18-20 % within the range...). Two do not:
   * the llama2 uplift 165,564.00 is not "$150,000" (the argument's 3 x $50K) and 42.4523x is not
   * "38x" (its $150,000 / $3,900).
   */
  @Test
  void theFiguresTableReproducesEachFigureInItsRowAndFlagsTheTwoThatDiffer() {
    PrintedReport table = figures();
    PrintedReport mixtral = table.block("mixtral: theoretical value per GPU", "llama2:");
    PrintedReport llama2 = table.block("llama2: theoretical value per GPU");
    String agrees = "agrees (rounded)";

    assertThat(table.row("Network run rate per active GPU"))
        .isEqualTo(
            cells("Network run rate per active GPU", usd(RUN_RATE_PER_GPU), "$3,900", agrees));
    assertThat(table.row("as share of blended ASP"))
        .isEqualTo(
            cells(
                "as share of blended ASP",
                fixed(100 * RUN_RATE_PER_GPU / 21_700, 2) + " %",
                "18-20 %",
                agrees));
    assertThat(table.row("with the rounded $3,900"))
        .isEqualTo(
            cells(
                "with the rounded $3,900",
                fixed(100 * 3900.0 / 21_700, 2) + " %",
                "18-20 %",
                agrees));
    assertThat(table.row("Effective bandwidth, AI Ethernet"))
        .isEqualTo(cells("Effective bandwidth, AI Ethernet", "760 Gb/s", "760 Gb/s", agrees));
    assertThat(table.row("Effective bandwidth, traditional"))
        .isEqualTo(cells("Effective bandwidth, traditional", "480 Gb/s", "480 Gb/s", agrees));
    assertThat(mixtral.rows())
        .containsExactly(
            cells("mixtral: theoretical value per GPU", usd(MIXTRAL), "$142,000", agrees),
            cells("realised at 60 %", usd(MIXTRAL * BASELINE), "$85,000", agrees),
            cells("realised at 95 %", usd(MIXTRAL * CANDIDATE), "$135,000", agrees),
            cells("value uplift per GPU", usd(UPLIFT), "$50K ROI", agrees),
            cells("benefit-cost ratio", fixed(UPLIFT / NETWORK_COST, 4) + "x", "13x", agrees));
    assertThat(llama2.rows())
        .containsExactly(
            cells("llama2: theoretical value per GPU", usd(LLAMA2)),
            cells("ratio to mixtral", fixed(LLAMA2_PRICE / MIXTRAL_PRICE, 4) + "x", "3x", agrees),
            cells(
                "value uplift per GPU",
                usd(LLAMA2 * (CANDIDATE - BASELINE)),
                "$150,000",
                "DIFFERS"),
            cells(
                "benefit-cost ratio",
                fixed(LLAMA2 * (CANDIDATE - BASELINE) / NETWORK_COST, 4) + "x",
                "38x",
                "DIFFERS"));
    assertThat(flagged[0]).isEqualTo(2);
    assertThat(report.line("2 figures DIFFER"))
        .isEqualTo("2 figures DIFFER from the argument beyond its rounding (see the audit).");
  }

  /**
   * Amdahl at f = 0.3 (README, "Network models"): baseline ((0.7 + 0.3 x 0.6) / (0.7 + 0.3 x 0.6 /
   * 0.6)) = 0.88 / 1.0 = 0.88; candidate 0.88 / (0.7 + 0.18 / 0.95) = 0.88 / 0.889474 = 0.989349;
   * speed-up 0.989349 / 0.88 = 1.1243x; uplift 141,912 x 0.109349 = USD 15,517.95; ratio / 3,900 =
   * 3.9790x.
   */
  @Test
  void theAuditExplainsEachMistakeWithItsOwnFigures() {
    PrintedReport audit = report.block("Audit of the argument", "Network models:");
    double amdahlCandidate = ReferenceMath.amdahl(0.3, CANDIDATE);
    double amdahlBaseline = ReferenceMath.amdahl(0.3, BASELINE);
    double amdahlUplift = MIXTRAL * (amdahlCandidate - amdahlBaseline);

    assertThat(audit.line("sells 1,000,000 tokens a minute:"))
        .isEqualTo(
            "sells 1,000,000 tokens a minute: "
                + fixed(1e6 / 60, 2)
                + " tokens/s per GPU, sustained, far above real per-GPU throughput.");
    assertThat(audit.line("$13B / 3.3M active GPUs"))
        .isEqualTo(
            "$13B / 3.3M active GPUs = "
                + usd(RUN_RATE_PER_GPU)
                + " a year; per GPU sold in the quarter it is $13B / 4 / 608,000 = "
                + usd(13e9 / 4 / 608_000)
                + ", one time.");
    assertThat(audit.line("The prices differ by"))
        .isEqualTo(
            "The prices differ by 0.90 / 0.27 = 3.33x, not 3x: the uplift is "
                + usd(LLAMA2 * (CANDIDATE - BASELINE))
                + " and the multiple "
                + fixed(LLAMA2 * (CANDIDATE - BASELINE) / NETWORK_COST, 4)
                + "x ($150,000 = 3 x $50K; 38x = $150,000 / $3,900).");
    assertThat(audit.line("Linear model:"))
        .isEqualTo(
            "Linear model: speed-up "
                + fixed(CANDIDATE / BASELINE, 4)
                + "x, uplift "
                + usd(UPLIFT)
                + ". With 30 % exposed communication (Amdahl, f = 0.3): speed-up "
                + fixed(amdahlCandidate / amdahlBaseline, 4)
                + "x,");
    assertThat(audit.line("uplift "))
        .isEqualTo(
            "uplift "
                + usd(amdahlUplift)
                + ", benefit-cost ratio "
                + fixed(amdahlUplift / NETWORK_COST, 4)
                + "x.");
    assertThat(audit.line("Textbook ROI"))
        .isEqualTo(
            "Textbook ROI = (uplift - extra cost) / extra cost: undefined here, because both"
                + " networks are priced the same; net benefit = "
                + usd(UPLIFT)
                + " per GPU-year.");
  }

  @Test
  void theNetworkModelsSectionHasOneRowPerModelFromTheClosedForms() {
    PrintedReport models = report.block("Network models:", "The candidate's cost from a fabric");

    for (String[] expected : ReferenceMath.modelRows()) {
      assertThat(models.row(expected[0])).containsExactly(expected);
    }
    assertThat(models.lines().stream().filter(line -> line.endsWith("x"))).hasSize(9);
  }

  /**
   * 800G, radix 64, 1,024 GPUs (README, fabric sizing): 32 down ports a leaf, so 1,024 / 32 = 32
   * leaves and 32 x 32 / 64 = 16 spines; 1,024 + 1,024 links, two optics each: 4,096 optics, 2,048
   * cables, 1,024 NICs. Capex (prices of {@code FabricSizing.radix64Prices()}): 48 x 50,000 + 4,096
   * x 1,000 + 1,024 x 2,500 + 2,048 x 100 = 9,260,800, / 1,024 = USD 9,043.75 per GPU; power 48 x
   * 2,000 + 4,096 x 16 + 1,024 x 25 = 187,136 W, / 1,024 = 182.75 W per GPU; a year 9,043.75 / 5 +
   * 0.10 x 9,043.75 = 2,713.125, USD 2,713.12 rounded half-even; ratio 49,669.20 / 2,713.125 =
   * 18.3070x.
   */
  @Test
  void theFabricSectionSizesTheCandidatesNetwork() {
    PrintedReport fabric =
        report.block("The candidate's cost from a fabric", "Over the fleet's life");
    double capex = (48 * 50_000.0 + 4096 * 1000.0 + 1024 * 2500.0 + 2048 * 100.0) / 1024;
    double annual = capex / 5 + 0.10 * capex;

    assertThat(fabric.lines().subList(2, 7))
        .containsExactly(
            "  1,024 GPUs in 2 tiers: 32 leaf + 16 spine switches, 4,096 optics, 1,024 NICs",
            "  capex "
                + usd(capex)
                + " per GPU, power "
                + fixed((48 * 2000.0 + 4096 * 16.0 + 1024 * 25.0) / 1024, 2)
                + " W per GPU",
            "  over 5 years with support at a tenth of capex a year: "
                + usd(annual)
                + " (stated: USD 3,900.00),",
            "  benefit-cost ratio "
                + fixed(UPLIFT / annual, 4)
                + "x instead of "
                + fixed(UPLIFT / NETWORK_COST, 4)
                + "x; the explanation names the source:",
            "  NetworkCostPerGpuCandidate = fabric capex per GPU / candidate.fabric.lifeYears +"
                + " candidate.fabric.annualSupportShare x fabric capex per GPU (from the candidate's"
                + " fabric, not its stated annualCostPerGpu)");
  }

  /**
   * The lifetime figures come from {@link LifetimeModel} (see its Javadoc and LifetimeSamplesTest).
   */
  @Test
  void theLifetimeSectionRanksTheFabricsAndSummarisesTheAiEthernetUpgrade() {
    PrintedReport lifetime = report.block("Over the fleet's life", "Your own numbers");
    double[] upgrade = LifetimeModel.upgrade(AI_ETHERNET, TRADITIONAL);

    for (LifetimeModel.Option option : List.of(AI_ETHERNET, INFINIBAND)) {
      assertThat(lifetime.row(option.name()).subList(1, 4))
          .containsExactly(option.name(), usd(option.npv()), usd(option.tcoPerGpu()));
    }
    assertThat(lifetime.row("Traditional Ethernet (baseline)").get(2))
        .isEqualTo(usd(TRADITIONAL.npv()));
    assertThat(lifetime.lines().subList(lifetime.lines().size() - 3, lifetime.lines().size()))
        .containsExactly(
            "  upgrading traditional Ethernet to AI Ethernet: NPV "
                + usd(LifetimeModel.npv(upgrade, LifetimeModel.RATE))
                + ", IRR "
                + fixed(100 * LifetimeModel.irr(upgrade), 2)
                + " %, pays back in "
                + fixed(LifetimeModel.paybackMonths(upgrade), 2)
                + " months;",
            "  it still matches traditional Ethernet up to "
                + usd(LifetimeModel.breakEvenNetworkCostPerGpu(AI_ETHERNET, TRADITIONAL))
                + " per GPU-year of network cost, down to an",
            "  effective fraction of "
                + fixed(LifetimeModel.breakEvenFraction(AI_ETHERNET, TRADITIONAL), 4)
                + ", and pays back within 5 years above "
                + usd(LifetimeModel.breakEvenGpuHourPrice(AI_ETHERNET, TRADITIONAL))
                + " per GPU-hour");
  }

  /**
   * The scenario's inputs by path (README, "Input paths"): the 10 present always, the token price
   * the GPU-minute price was read from, and the 5 of the market snapshot: 16. The what-ifs: a
   * candidate at 0.80 gets 141,912 x 0.20 = 28,382.40 (/ 3,900 = 7.2775x); a baseline at 0.85
   * leaves 141,912 x 0.10 = 14,191.20 (3.6388x); a network at 5,345.39 leaves the uplift and makes
   * the ratio 49,669.20 / 5,345.39 = 9.2920x.
   */
  @Test
  void theWhatIfsChangeOneInputByItsPath() {
    PrintedReport whatIfs = report.block("Your own numbers", "A million what-ifs");
    List<String> paths =
        List.of(
            "fleet.count",
            "fleet.unitPrice",
            "candidate.portSpeed",
            "baseline.portSpeed",
            "candidate.effectiveFraction",
            "baseline.effectiveFraction",
            "candidate.annualCostPerGpu",
            "baseline.annualCostPerGpu",
            "pricing.price",
            "yearBasis.days",
            "pricing.tokenPriceOrigin",
            "market.networkRunRate",
            "market.blendedAsp",
            "market.modelAsp",
            "market.activeGpus",
            "market.gpusSoldLastQuarter");

    assertThat(ReferenceArgument.mixtral().inputPaths())
        .extracting(Object::toString)
        .containsExactlyInAnyOrderElementsOf(paths);
    assertThat(whatIfs.lines().get(0))
        .isEqualTo(
            "Your own numbers: change any of the scenario's "
                + paths.size()
                + " inputs by its path, scenario.with(path, value)");
    assertThat(whatIfs.row("(the reference)"))
        .containsExactly("(the reference)", usd(UPLIFT), fixed(UPLIFT / NETWORK_COST, 4) + "x");
    double at080 = MIXTRAL * (0.80 - BASELINE);
    assertThat(whatIfs.row("candidate.effectiveFraction = 0.80"))
        .containsExactly(
            "candidate.effectiveFraction = 0.80", usd(at080), fixed(at080 / NETWORK_COST, 4) + "x");
    double at085 = MIXTRAL * (CANDIDATE - 0.85);
    assertThat(whatIfs.row("baseline.effectiveFraction = 0.85"))
        .containsExactly(
            "baseline.effectiveFraction = 0.85", usd(at085), fixed(at085 / NETWORK_COST, 4) + "x");
    assertThat(whatIfs.row("candidate.annualCostPerGpu = 5345.39"))
        .containsExactly(
            "candidate.annualCostPerGpu = 5345.39", usd(UPLIFT), fixed(UPLIFT / 5345.39, 4) + "x");
  }

  /**
   * Row i (0..999) prices at 0.27 (i + 1) / 500 a minute, column j (0..999) a fraction 0.60 + 0.40
   * j / 999. The ratio is 0.27 (i + 1) / 500 x 525,600 x 0.40 j / 999 / 3,900 >= 1 exactly when (i
   * + 1) j x 56,764.8 >= 3,900 x 500 x 999 = 1,948,050,000, in integers (i + 1) j x 567,648 >=
   * 19,480,500,000, i.e. (i + 1) j >= 34,317.92: counted here with longs. The closest product,
   * 34,318, is 2.3e-6 above the threshold, far beyond the rounding of doubles, so the batch cannot
   * count differently. At the reference price (i + 1 = 500) it pays from j = 69 (500 x 68 = 34,000
   * < 34,317.92 <= 34,500): a fraction 0.60 + 0.40 x 69 / 999 = 0.6276, ratio 141,912 x 0.40 x 69 /
   * 999 / 3,900 = 1.0053x; the highest is i + 1 = 1,000, j = 999: 0.54 x 525,600 x 0.40 / 3,900 =
   * 29.1102x.
   */
  @Test
  void theMillionWhatIfsCountTheGridPointsThatPayForThemselves() {
    PrintedReport grid = report.block("A million what-ifs");
    long count = 0;
    int firstColumn = -1;
    for (long a = 1; a <= 1000; a++) {
      for (long j = 0; j < 1000; j++) {
        if (a * j * 567_648L >= 19_480_500_000L) {
          count++;
          if (a == 500 && firstColumn < 0) {
            firstColumn = (int) j;
          }
        }
      }
    }
    double fraction = BASELINE + (1 - BASELINE) * firstColumn / 999;

    assertThat(grid.lines().subList(2, grid.lines().size()))
        .containsExactly(
            "  prices 0.002x to 2x the reference's USD 0.27 per GPU-minute; fractions 0.60 (the"
                + " baseline's) to 1.00",
            String.format(
                Locale.ROOT,
                "  benefit-cost ratio >= 1 (the candidate pays for itself) in %,d of 1,000,000"
                    + " (%.1f %%)",
                count,
                100.0 * count / 1_000_000),
            "  at the reference price it pays for itself from an effective fraction of "
                + fixed(fraction, 4)
                + " ("
                + fixed(MIXTRAL * (fraction - BASELINE) / NETWORK_COST, 4)
                + "x)",
            "  highest ratio "
                + fixed(2 * MIXTRAL_PRICE * 525_600 * (1 - BASELINE) / NETWORK_COST, 4)
                + "x at 2x the price and a fraction of 1.00");
  }
}
