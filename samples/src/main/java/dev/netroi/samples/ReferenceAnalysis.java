package dev.netroi.samples;

import static dev.netroi.InputPaths.BASELINE_EFFECTIVE_FRACTION;
import static dev.netroi.InputPaths.CANDIDATE_ANNUAL_COST_PER_GPU;
import static dev.netroi.InputPaths.CANDIDATE_EFFECTIVE_FRACTION;
import static dev.netroi.InputPaths.PRICING_PRICE;
import static dev.netroi.calc.Measures.BENEFIT_COST_RATIO;
import static dev.netroi.calc.Measures.BREAK_EVEN_EFFECTIVE_FRACTION;
import static dev.netroi.calc.Measures.BREAK_EVEN_GPU_HOUR_PRICE;
import static dev.netroi.calc.Measures.BREAK_EVEN_NETWORK_COST_PER_GPU;
import static dev.netroi.calc.Measures.EFFECTIVE_BANDWIDTH_BASELINE;
import static dev.netroi.calc.Measures.EFFECTIVE_BANDWIDTH_CANDIDATE;
import static dev.netroi.calc.Measures.FABRIC_CAPEX_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.FABRIC_POWER_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.IMPLIED_TOKENS_PER_SECOND_PER_GPU;
import static dev.netroi.calc.Measures.NETWORK_COST_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.NETWORK_RUN_RATE_PER_ACTIVE_GPU;
import static dev.netroi.calc.Measures.NETWORK_SHARE_OF_BLENDED_ASP;
import static dev.netroi.calc.Measures.NETWORK_SPEND_PER_GPU_SOLD;
import static dev.netroi.calc.Measures.NET_BENEFIT_PER_GPU;
import static dev.netroi.calc.Measures.REALISED_ANNUAL_VALUE_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.ROI;
import static dev.netroi.calc.Measures.THEORETICAL_ANNUAL_VALUE_PER_GPU;
import static dev.netroi.calc.Measures.THROUGHPUT_SPEEDUP;
import static dev.netroi.calc.Measures.UPGRADE_IRR;
import static dev.netroi.calc.Measures.UPGRADE_NPV;
import static dev.netroi.calc.Measures.UPGRADE_PAYBACK_MONTHS;
import static dev.netroi.calc.Measures.VALUE_UPLIFT_PER_GPU;

import dev.netroi.Bandwidth;
import dev.netroi.CurrencyAmount;
import dev.netroi.FabricDesign;
import dev.netroi.InputPath;
import dev.netroi.MarketSnapshot;
import dev.netroi.NetworkFabric;
import dev.netroi.OptionRole;
import dev.netroi.PricingModel;
import dev.netroi.Scenario;
import dev.netroi.analysis.OptionComparison;
import dev.netroi.calc.CalculationResults;
import dev.netroi.calc.Measure;
import dev.netroi.calc.Result;
import dev.netroi.engine.BatchResults;
import dev.netroi.engine.CalculationEngine;
import dev.netroi.engine.CalculatorRegistry;
import dev.netroi.fabric.FabricBill;
import dev.netroi.fabric.Fabrics;
import dev.netroi.reference.ReferenceArgument;
import dev.netroi.throughput.ThroughputModels;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The main job: reproduces every figure of the reference analysis with netroi, sets each next to
 * the figure the argument quoted, flags the ones that disagree beyond the argument's rounding, and
 * prints the audit of the argument's assumptions.
 *
 * <p>Run it with {@code mvn -B -q -DskipTests -Preference package} from the project root.
 */
public final class ReferenceAnalysis {

  private final PrintStream out;
  private final CalculationEngine engine = CalculationEngine.of(CalculatorRegistry.builtIns());
  private int disagreements;

  private ReferenceAnalysis(PrintStream out) {
    this.out = out;
  }

  /**
   * Prints the report to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    new ReferenceAnalysis(System.out).run();
  }

  /**
   * Prints the report and returns how many figures disagree with the argument beyond rounding.
   *
   * @param out where to print
   * @return the number of flagged figures
   */
  static int report(PrintStream out) {
    ReferenceAnalysis analysis = new ReferenceAnalysis(out);
    analysis.run();
    return analysis.disagreements;
  }

  private void run() {
    Scenario mixtral = ReferenceArgument.mixtral();
    Scenario llama2 = ReferenceArgument.llama2();
    CalculationResults m = engine.calculateAll(mixtral);
    CalculationResults l = engine.calculateAll(llama2);
    // The argument rounds $3,939.39 to $3,900 before taking the ASP share: the same run rate
    // over an installed base that makes it exactly $3,900.
    MarketSnapshot market = ReferenceArgument.market();
    Scenario rounded =
        mixtral.toBuilder()
            .market(
                MarketSnapshot.builder()
                    .label("the argument's rounded $3,900 per GPU")
                    .networkRunRate(CurrencyAmount.parse("USD 3900").multipliedBy(3_300_000))
                    .activeGpus(market.activeGpus())
                    .gpusSoldLastQuarter(market.gpusSoldLastQuarter())
                    .blendedAsp(market.blendedAsp())
                    .modelAsp(market.gpuModel(), market.modelAsp())
                    .build())
            .build();
    CalculationResults r = engine.calculate(rounded, NETWORK_SHARE_OF_BLENDED_ASP);

    out.println("netroi: the reference analysis, reproduced and audited");
    out.println("=======================================================");
    out.println();
    out.println("Inputs");
    out.println("  " + mixtral.fleet());
    out.println("  candidate " + mixtral.candidate());
    out.println("  baseline  " + mixtral.baseline());
    out.println("  pricing   " + mixtral.pricing() + "  |  llama2-70b: " + llama2.pricing());
    out.println("  " + market);
    out.println("  year basis: " + mixtral.yearBasis() + ", throughput model: linear (reference)");
    out.println();

    List<String[]> rows = new ArrayList<>();
    row(
        rows,
        "Network run rate per active GPU",
        m,
        NETWORK_RUN_RATE_PER_ACTIVE_GPU,
        Claim.of("$3,900", 3850, 3950));
    row(
        rows,
        "  as share of blended ASP",
        m,
        NETWORK_SHARE_OF_BLENDED_ASP,
        Claim.of("18-20 %", 0.175, 0.205));
    row(
        rows,
        "  with the rounded $3,900",
        r,
        NETWORK_SHARE_OF_BLENDED_ASP,
        Claim.of("18-20 %", 0.175, 0.205));
    row(
        rows,
        "Effective bandwidth, AI Ethernet",
        m,
        EFFECTIVE_BANDWIDTH_CANDIDATE,
        Claim.of("760 Gb/s", 759.5, 760.5));
    row(
        rows,
        "Effective bandwidth, traditional",
        m,
        EFFECTIVE_BANDWIDTH_BASELINE,
        Claim.of("480 Gb/s", 479.5, 480.5));
    row(
        rows,
        "mixtral: theoretical value per GPU",
        m,
        THEORETICAL_ANNUAL_VALUE_PER_GPU,
        Claim.of("$142,000", 141_500, 142_500));
    row(
        rows,
        "  realised at 60 %",
        m,
        REALISED_ANNUAL_VALUE_PER_GPU_BASELINE,
        Claim.of("$85,000", 84_500, 85_500));
    row(
        rows,
        "  realised at 95 %",
        m,
        REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE,
        Claim.of("$135,000", 134_500, 135_500));
    row(
        rows,
        "  value uplift per GPU",
        m,
        VALUE_UPLIFT_PER_GPU,
        Claim.of("$50K ROI", 49_500, 50_500));
    row(rows, "  benefit-cost ratio", m, BENEFIT_COST_RATIO, Claim.of("13x", 12.5, 13.5));
    row(
        rows,
        "llama2: theoretical value per GPU",
        l,
        THEORETICAL_ANNUAL_VALUE_PER_GPU,
        Claim.none());
    double priceRatio =
        l.value(THEORETICAL_ANNUAL_VALUE_PER_GPU)
            .ratioTo(m.value(THEORETICAL_ANNUAL_VALUE_PER_GPU));
    rows.add(
        check(
            "  ratio to mixtral",
            String.format(Locale.ROOT, "%.4fx", priceRatio),
            priceRatio,
            Claim.of("3x", 2.5, 3.5)));
    row(
        rows,
        "  value uplift per GPU",
        l,
        VALUE_UPLIFT_PER_GPU,
        Claim.of("$150,000", 145_000, 155_000));
    row(rows, "  benefit-cost ratio", l, BENEFIT_COST_RATIO, Claim.of("38x", 37.5, 38.5));

    out.println("Figures (exact, as netroi computes them, against what the argument says)");
    out.println(table(rows));
    out.println(
        disagreements == 0
            ? "Every figure agrees with the argument within its rounding."
            : disagreements
                + " figures DIFFER from the argument beyond its rounding (see the audit).");
    out.println();

    audit(m, l, mixtral);
    out.println();
    NetworkModelsComparison.print(out, engine);
    out.println();
    fabric(mixtral);
    out.println();
    lifetime();
    whatIf(mixtral);
  }

  /** The lifetime view: three fabrics ranked by NPV, the winner, and the flip points. */
  private void lifetime() {
    out.println(
        "Over the fleet's life (LifetimeComparison): 5 years at 8 %, H100s sold at USD 2.00 per"
            + " GPU-hour,");
    out.println(
        "80 % utilised, energy, hosting and fabrics from price lists (sources and assumptions in"
            + " the sample)");
    out.println("-".repeat(78));
    OptionComparison comparison = LifetimeComparison.comparison(engine);
    out.print(comparison.toTable());
    out.println(comparison.winnerSentence());
    Scenario ai = LifetimeComparison.scenarios().get(1);
    CalculationResults u = engine.calculate(ai, LifetimeComparison.UPGRADE);
    out.println(
        "  upgrading traditional Ethernet to AI Ethernet: NPV "
            + u.get(UPGRADE_NPV).figure().formattedValue()
            + ", IRR "
            + u.get(UPGRADE_IRR).figure().formattedValue()
            + ", pays back in "
            + u.get(UPGRADE_PAYBACK_MONTHS).figure().formattedValue()
            + " months;");
    out.println(
        "  it still matches traditional Ethernet up to "
            + u.get(BREAK_EVEN_NETWORK_COST_PER_GPU).figure().formattedValue()
            + " per GPU-year of network cost, down to an");
    out.println(
        "  effective fraction of "
            + u.get(BREAK_EVEN_EFFECTIVE_FRACTION).figure().formattedValue()
            + ", and pays back within 5 years above "
            + u.get(BREAK_EVEN_GPU_HOUR_PRICE).figure().formattedValue()
            + " per GPU-hour");
  }

  /** The candidate's cost from a sized fabric instead of the stated USD 3,900. */
  private void fabric(Scenario mixtral) {
    Scenario built =
        mixtral.toBuilder()
            .candidate(
                mixtral
                    .candidate()
                    .withFabric(
                        NetworkFabric.of(
                            FabricDesign.of(
                                Bandwidth.ofGbps(800), 64, FabricSizing.radix64Prices()),
                            5,
                            0.10)))
            .build();
    CalculationResults f =
        engine.calculate(
            built,
            FABRIC_CAPEX_PER_GPU_CANDIDATE,
            FABRIC_POWER_PER_GPU_CANDIDATE,
            NETWORK_COST_PER_GPU_CANDIDATE,
            BENEFIT_COST_RATIO);
    FabricBill bill =
        Fabrics.size(
            built.fabric(OptionRole.CANDIDATE).orElseThrow().design(), built.fleet().count());
    out.println(
        "The candidate's cost from a fabric (FabricSizing): 800G, radix 64, non-blocking, prices"
            + " assumed");
    out.println("-".repeat(78));
    out.println(
        String.format(
            Locale.ROOT,
            "  %,d GPUs in %d tiers: %d leaf + %d spine switches, %,d optics, %,d NICs",
            bill.gpuCount(),
            bill.tiers(),
            bill.leafSwitches(),
            bill.spineSwitches(),
            bill.optics(),
            bill.nics()));
    out.println(
        "  capex "
            + f.get(FABRIC_CAPEX_PER_GPU_CANDIDATE).figure().formattedValue()
            + " per GPU, power "
            + f.get(FABRIC_POWER_PER_GPU_CANDIDATE).figure().formattedValue()
            + " "
            + FABRIC_POWER_PER_GPU_CANDIDATE.unit().label());
    out.println(
        "  over 5 years with support at a tenth of capex a year: "
            + f.get(NETWORK_COST_PER_GPU_CANDIDATE).figure().formattedValue()
            + " (stated: USD 3,900.00),");
    out.println(
        "  benefit-cost ratio "
            + f.get(BENEFIT_COST_RATIO).figure().formattedValue()
            + " instead of 12.7357x; the explanation names the source:");
    out.println("  " + f.get(NETWORK_COST_PER_GPU_CANDIDATE).figure().explanation().formula());
  }

  /** The same figures with one input changed by its path: the start of the user's own analysis. */
  private void whatIf(Scenario mixtral) {
    out.println();
    out.println(
        "Your own numbers: change any of the scenario's "
            + mixtral.inputPaths().size()
            + " inputs by its path, scenario.with(path, value)");
    out.println("-".repeat(78));
    out.print(whatIfRow("Input path = value", "Uplift per GPU", "Benefit-cost ratio"));
    whatIf("(the reference)", mixtral);
    whatIf(mixtral, CANDIDATE_EFFECTIVE_FRACTION, "0.80");
    whatIf(mixtral, BASELINE_EFFECTIVE_FRACTION, "0.85");
    whatIf(mixtral, CANDIDATE_ANNUAL_COST_PER_GPU, "5345.39");
    out.println();
    millionWhatIfs(mixtral);
  }

  /**
   * A 1,000 x 1,000 grid of price x candidate effective fraction on the engine's batch path: the
   * same calculators, each row's ratio equal to the audited one, without explanations.
   */
  private void millionWhatIfs(Scenario mixtral) {
    int side = 1000;
    double price = mixtral.valueAt(PRICING_PRICE);
    double baseline = mixtral.baseline().effectiveFraction();
    double[] prices = new double[side * side];
    double[] fractions = new double[side * side];
    for (int i = 0; i < side; i++) {
      for (int j = 0; j < side; j++) {
        prices[i * side + j] = price * (i + 1) / 500.0; // row 499 is the reference price
        fractions[i * side + j] = baseline + (1 - baseline) * j / (side - 1);
      }
    }
    BatchResults grid =
        engine.batch(
            mixtral,
            Map.of(PRICING_PRICE, prices, CANDIDATE_EFFECTIVE_FRACTION, fractions),
            List.of(BENEFIT_COST_RATIO));
    double[] ratios = grid.values(BENEFIT_COST_RATIO);
    int paysBack = 0;
    int highest = 0;
    for (int row = 0; row < ratios.length; row++) {
      paysBack += ratios[row] >= 1 ? 1 : 0;
      highest = ratios[row] > ratios[highest] ? row : highest;
    }
    int breakEven = (side / 2 - 1) * side;
    while (ratios[breakEven] < 1) {
      breakEven++;
    }
    out.println(
        "A million what-ifs (the batch path): 1,000 prices x 1,000 candidate effective fractions");
    out.println("-".repeat(78));
    out.println(
        String.format(
            Locale.ROOT,
            "  prices 0.002x to 2x the reference's %s per %s; fractions %.2f (the baseline's) to"
                + " 1.00",
            CurrencyAmount.of(mixtral.currency(), price).toDisplayString(),
            ((PricingModel.PerGpuTime) mixtral.pricing()).unit().label(),
            baseline));
    out.println(
        String.format(
            Locale.ROOT,
            "  benefit-cost ratio >= 1 (the candidate pays for itself) in %,d of %,d (%.1f %%)",
            paysBack,
            ratios.length,
            100.0 * paysBack / ratios.length));
    out.println(
        String.format(
            Locale.ROOT,
            "  at the reference price it pays for itself from an effective fraction of %.4f"
                + " (%s)",
            grid.scenario(breakEven).candidate().effectiveFraction(),
            grid.result(BENEFIT_COST_RATIO, breakEven).figure().formattedValue()));
    out.println(
        String.format(
            Locale.ROOT,
            "  highest ratio %s at 2x the price and a fraction of %.2f",
            grid.result(BENEFIT_COST_RATIO, highest).figure().formattedValue(),
            grid.scenario(highest).candidate().effectiveFraction()));
  }

  private void whatIf(Scenario base, InputPath path, String value) {
    whatIf(path + " = " + value, base.with(path, Double.parseDouble(value)));
  }

  private void whatIf(String label, Scenario scenario) {
    CalculationResults results =
        engine.calculate(scenario, VALUE_UPLIFT_PER_GPU, BENEFIT_COST_RATIO);
    out.print(
        whatIfRow(
            label,
            results.get(VALUE_UPLIFT_PER_GPU).figure().formattedValue(),
            results.get(BENEFIT_COST_RATIO).figure().formattedValue()));
  }

  private static String whatIfRow(String label, String uplift, String ratio) {
    return String.format(Locale.ROOT, "  %-38s  %15s  %18s%n", label, uplift, ratio);
  }

  private void audit(CalculationResults m, CalculationResults l, Scenario mixtral) {
    out.println("Audit of the argument");
    out.println("---------------------");
    out.println("1. Prices per million tokens used as prices per GPU-minute.");
    out.println(
        "   $0.27 and $0.90 are public prices per million tokens. Reading them as per"
            + " GPU-minute assumes one GPU");
    out.println(
        "   sells 1,000,000 tokens a minute: "
            + m.get(IMPLIED_TOKENS_PER_SECOND_PER_GPU).figure().formattedValue()
            + " tokens/s per GPU, sustained, far above real per-GPU throughput.");
    out.println("   " + m.get(IMPLIED_TOKENS_PER_SECOND_PER_GPU).figure().explanation());
    out.println("2. A run rate of new sales divided by the whole installed base.");
    out.println(
        "   $13B / 3.3M active GPUs = "
            + m.get(NETWORK_RUN_RATE_PER_ACTIVE_GPU).figure().formattedValue()
            + " a year; per GPU sold in the quarter it is $13B / 4 / 608,000 = "
            + m.get(NETWORK_SPEND_PER_GPU_SOLD).figure().formattedValue()
            + ", one time.");
    out.println("3. \"3x or $150,000\" and \"38x\".");
    out.println(
        "   The prices differ by 0.90 / 0.27 = 3.33x, not 3x: the uplift is "
            + l.get(VALUE_UPLIFT_PER_GPU).figure().formattedValue()
            + " and the multiple "
            + l.get(BENEFIT_COST_RATIO).figure().formattedValue()
            + " ($150,000 = 3 x $50K; 38x = $150,000 / $3,900).");
    Scenario amdahl = mixtral.toBuilder().throughputModel(ThroughputModels.amdahl(0.3)).build();
    CalculationResults a =
        engine.calculate(amdahl, THROUGHPUT_SPEEDUP, VALUE_UPLIFT_PER_GPU, BENEFIT_COST_RATIO);
    out.println(
        "4. Value scales linearly with bandwidth only if every second of every job is"
            + " network-bound.");
    out.println(
        "   Linear model: speed-up "
            + m.get(THROUGHPUT_SPEEDUP).figure().formattedValue()
            + ", uplift "
            + m.get(VALUE_UPLIFT_PER_GPU).figure().formattedValue()
            + ". With 30 %"
            + " exposed communication (Amdahl, f = 0.3): speed-up "
            + a.get(THROUGHPUT_SPEEDUP).figure().formattedValue()
            + ",");
    out.println(
        "   uplift "
            + a.get(VALUE_UPLIFT_PER_GPU).figure().formattedValue()
            + ", benefit-cost ratio "
            + a.get(BENEFIT_COST_RATIO).figure().formattedValue()
            + ".");
    out.println("5. \"13x ROI\" is a benefit-cost ratio (uplift / network cost), not an ROI.");
    Result<Double> roi = m.get(ROI);
    out.println(
        "   Textbook ROI = (uplift - extra cost) / extra cost: "
            + (roi.isSuccess()
                ? roi.figure().formattedValue()
                : "undefined here, because both" + " networks are priced the same;")
            + " net benefit = "
            + m.get(NET_BENEFIT_PER_GPU).figure().formattedValue()
            + " per GPU-year.");
  }

  private <T> void row(
      List<String[]> rows,
      String label,
      CalculationResults results,
      Measure<T> measure,
      Claim claim) {
    Result<T> result = results.get(measure);
    Object value = result.value();
    double number =
        value instanceof CurrencyAmount money
            ? money.amount()
            : value instanceof Double d ? d : ((Bandwidth) value).gbps();
    rows.add(check(label, result.figure().formattedValue(), number, claim));
  }

  private String[] check(String label, String exact, double number, Claim claim) {
    String verdict;
    if (claim.text().isEmpty()) {
      verdict = "";
    } else if (number >= claim.low() && number <= claim.high()) {
      verdict = "agrees (rounded)";
    } else {
      verdict = "DIFFERS";
      disagreements++;
    }
    return new String[] {label, exact, claim.text(), verdict};
  }

  private static String table(List<String[]> rows) {
    String[] header = {"Figure", "Exact (netroi)", "The argument", "Check"};
    int[] widths = new int[header.length];
    List<String[]> all = new ArrayList<>();
    all.add(header);
    all.addAll(rows);
    for (String[] row : all) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    StringBuilder text = new StringBuilder();
    for (int r = 0; r < all.size(); r++) {
      String[] row = all.get(r);
      text.append(
              String.format(
                      Locale.ROOT,
                      "  %-" + widths[0] + "s  %" + widths[1] + "s  %-" + widths[2] + "s  %s",
                      row[0],
                      row[1],
                      row[2],
                      row[3])
                  .stripTrailing())
          .append('\n');
      if (r == 0) {
        text.append("  ")
            .append("-".repeat(widths[0] + widths[1] + widths[2] + widths[3] + 6))
            .append('\n');
      }
    }
    return text.toString();
  }

  /** A figure as the argument quotes it, and the range of exact values its rounding allows. */
  private record Claim(String text, double low, double high) {
    static Claim of(String text, double low, double high) {
      return new Claim(text, low, high);
    }

    static Claim none() {
      return new Claim("", 0, 0);
    }
  }
}
