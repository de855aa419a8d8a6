package dev.netroi.analysis;

import static dev.netroi.calc.Measures.COST_PER_DELIVERED_GPU_HOUR_BASELINE;
import static dev.netroi.calc.Measures.COST_PER_DELIVERED_GPU_HOUR_CANDIDATE;
import static dev.netroi.calc.Measures.LIFETIME_NETWORK_COST_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.LIFETIME_NETWORK_COST_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.LIFETIME_NPV_BASELINE;
import static dev.netroi.calc.Measures.LIFETIME_NPV_CANDIDATE;
import static dev.netroi.calc.Measures.LIFETIME_POWER_COST_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.LIFETIME_POWER_COST_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.LIFETIME_TCO_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.LIFETIME_TCO_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.THROUGHPUT_FACTOR_BASELINE;
import static dev.netroi.calc.Measures.THROUGHPUT_FACTOR_CANDIDATE;

import dev.netroi.CurrencyAmount;
import dev.netroi.Lifetime;
import dev.netroi.OptionRole;
import dev.netroi.Scenario;
import dev.netroi.calc.CalculationResults;
import dev.netroi.calc.Measure;
import dev.netroi.calc.Result;
import dev.netroi.engine.CalculationEngine;
import dev.netroi.internal.Checks;
import dev.netroi.internal.Decimals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * N network options for one fleet, compared over its lifetime: ranked by the NPV of the fleet's
 * cash flows on each network ({@code LifetimeNpv*}), each option's figures side by side, and the
 * winner named with the reason in one sentence.
 *
 * <p>The options are the candidates of {@code N} scenarios that share everything else (fleet,
 * pricing, year basis, throughput model, lifetime terms, and one baseline, which is an option too):
 *
 * <pre>{@code
 * OptionComparison c = OptionComparison.of(Netroi.engine(), List.of(withInfiniBand, withAiEthernet));
 * System.out.print(c.toTable());
 * System.out.println(c.winnerSentence());
 * }</pre>
 *
 * <p>Every figure comes from the engine's calculators. An option whose NPV fails (a fabric that
 * does not fit, say) ranks last, with its failure in the table. Ties keep the order of the
 * scenarios, the baseline first. Immutable and thread-safe.
 */
public final class OptionComparison {

  /**
   * One option of the comparison: a name, where it comes from and its figures.
   *
   * @param name the option's name ({@code NetworkOption.name()})
   * @param scenario the scenario the option was read from
   * @param role whether it is that scenario's candidate or its baseline
   * @param results the scenario's results for the compared measures
   */
  public record Option(
      String name, Scenario scenario, OptionRole role, CalculationResults results) {

    /**
     * Validates the components.
     *
     * @param name the name
     * @param scenario the scenario
     * @param role the role
     * @param results the results
     * @throws NullPointerException if an argument is null
     */
    public Option {
      Checks.notBlank(name, "name");
      Checks.notNull(scenario, "scenario");
      Checks.notNull(role, "role");
      Checks.notNull(results, "results");
    }

    private <T> Result<T> get(Measure<T> candidate, Measure<T> baseline) {
      return results.get(role == OptionRole.CANDIDATE ? candidate : baseline);
    }

    /**
     * Returns the NPV of the fleet's cash flows on this option's network, if it was computed.
     *
     * @return the NPV, or empty when it failed
     */
    public Optional<CurrencyAmount> npv() {
      return value(get(LIFETIME_NPV_CANDIDATE, LIFETIME_NPV_BASELINE));
    }

    /**
     * Returns the result of the NPV: the figure, or the failure and its reason.
     *
     * @return the result
     */
    public Result<CurrencyAmount> npvResult() {
      return get(LIFETIME_NPV_CANDIDATE, LIFETIME_NPV_BASELINE);
    }

    /**
     * Returns the lifetime TCO per GPU on this option's network, if it was computed.
     *
     * @return the TCO, or empty
     */
    public Optional<CurrencyAmount> tcoPerGpu() {
      return value(get(LIFETIME_TCO_PER_GPU_CANDIDATE, LIFETIME_TCO_PER_GPU_BASELINE));
    }

    /**
     * Returns the throughput factor of this option, if it was computed.
     *
     * @return the factor, or empty
     */
    public Optional<Double> throughputFactor() {
      return value(get(THROUGHPUT_FACTOR_CANDIDATE, THROUGHPUT_FACTOR_BASELINE));
    }

    private static <T> Optional<T> value(Result<T> result) {
      return result instanceof Result.Success<T> success
          ? Optional.of(success.figure().value())
          : Optional.empty();
    }
  }

  /** The measures computed for each scenario. */
  static final List<Measure<?>> MEASURES =
      List.of(
          LIFETIME_NPV_CANDIDATE,
          LIFETIME_NPV_BASELINE,
          LIFETIME_TCO_PER_GPU_CANDIDATE,
          LIFETIME_TCO_PER_GPU_BASELINE,
          LIFETIME_NETWORK_COST_PER_GPU_CANDIDATE,
          LIFETIME_NETWORK_COST_PER_GPU_BASELINE,
          LIFETIME_POWER_COST_PER_GPU_CANDIDATE,
          LIFETIME_POWER_COST_PER_GPU_BASELINE,
          COST_PER_DELIVERED_GPU_HOUR_CANDIDATE,
          COST_PER_DELIVERED_GPU_HOUR_BASELINE,
          THROUGHPUT_FACTOR_CANDIDATE,
          THROUGHPUT_FACTOR_BASELINE);

  private final List<Option> ranked;
  private final Lifetime lifetime;

  private OptionComparison(List<Option> ranked, Lifetime lifetime) {
    this.ranked = List.copyOf(ranked);
    this.lifetime = lifetime;
  }

  /**
   * Compares the candidates of {@code scenarios} and their shared baseline.
   *
   * @param engine the engine that computes every figure
   * @param scenarios one scenario per candidate option, at least one, all with lifetime terms and
   *     equal in everything but the candidate and its fabric (and their names)
   * @return the comparison
   * @throws NullPointerException if an argument or a scenario is null
   * @throws IllegalArgumentException if there is no scenario, a scenario has no lifetime terms, two
   *     scenarios differ in something other than the candidate (the message names both and the
   *     part), or two options share a name
   */
  public static OptionComparison of(CalculationEngine engine, List<Scenario> scenarios) {
    Checks.notNull(engine, "engine");
    Checks.notNull(scenarios, "scenarios");
    if (scenarios.isEmpty()) {
      throw new IllegalArgumentException("scenarios must hold at least one option but was empty");
    }
    Scenario first = Checks.notNull(scenarios.get(0), "scenarios[0]");
    Lifetime lifetime =
        first
            .lifetime()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "scenario '"
                            + first.name()
                            + "' has no lifetime terms: a lifetime comparison needs them"));
    for (int i = 1; i < scenarios.size(); i++) {
      Scenario other = Checks.notNull(scenarios.get(i), "scenarios[" + i + "]");
      same(first, other, "fleet", Scenario::fleet);
      same(first, other, "baseline", Scenario::baseline);
      same(first, other, "baseline fabric", s -> s.fabric(OptionRole.BASELINE));
      same(first, other, "pricing", Scenario::pricing);
      same(first, other, "year basis", Scenario::yearBasis);
      same(first, other, "throughput model", Scenario::throughputModel);
      same(first, other, "lifetime terms", Scenario::lifetime);
    }
    Set<String> names = new HashSet<>();
    names.add(first.baseline().name());
    for (Scenario scenario : scenarios) {
      String name = scenario.candidate().name();
      if (!names.add(name)) {
        throw new IllegalArgumentException(
            "two options are named '" + name + "': name each network option apart");
      }
    }
    List<CalculationResults> results = new ArrayList<>(scenarios.size());
    // the baseline's figures come from the first scenario whose baseline NPV is computed: a
    // scenario whose candidate cannot be sized fails both of its NPVs, and the baseline must not
    // depend on the order of the candidates
    int baselineSource = -1;
    for (int i = 0; i < scenarios.size(); i++) {
      results.add(engine.calculate(scenarios.get(i), MEASURES));
      if (baselineSource < 0 && results.get(i).get(LIFETIME_NPV_BASELINE).isSuccess()) {
        baselineSource = i;
      }
    }
    int source = Math.max(0, baselineSource);
    List<Option> options = new ArrayList<>();
    options.add(
        new Option(
            first.baseline().name(),
            scenarios.get(source),
            OptionRole.BASELINE,
            results.get(source)));
    for (int i = 0; i < scenarios.size(); i++) {
      Scenario scenario = scenarios.get(i);
      options.add(
          new Option(scenario.candidate().name(), scenario, OptionRole.CANDIDATE, results.get(i)));
    }
    List<Option> ranked = new ArrayList<>(options);
    ranked.sort(
        Comparator.comparing(
            (Option o) -> o.npv().map(CurrencyAmount::amount).orElse(Double.NEGATIVE_INFINITY),
            Comparator.reverseOrder()));
    return new OptionComparison(ranked, lifetime);
  }

  private static void same(
      Scenario first, Scenario other, String part, Function<Scenario, Object> get) {
    Object mine = unwrap(get.apply(first));
    Object theirs = unwrap(get.apply(other));
    if (!Objects.equals(mine, theirs)) {
      throw new IllegalArgumentException(
          "scenario '"
              + other.name()
              + "' differs from '"
              + first.name()
              + "' in its "
              + part
              + " ("
              + theirs
              + " vs "
              + mine
              + "): the options of one comparison share everything but the candidate");
    }
  }

  /** An optional part as itself, or "none". */
  private static Object unwrap(Object part) {
    return part instanceof Optional<?> optional
        ? optional.<Object>map(o -> o).orElse("none")
        : part;
  }

  /**
   * Returns the options, highest NPV first; options whose NPV failed come last.
   *
   * @return the ranked options, the baseline among them
   */
  public List<Option> ranked() {
    return ranked;
  }

  /**
   * Returns the option with the highest NPV.
   *
   * @return the first of {@link #ranked()}
   */
  public Option winner() {
    return ranked.get(0);
  }

  /**
   * Names the winner and the reason in one sentence, such as {@code "AI Ethernet ranks first with
   * an NPV of USD 1.00 over 5 years at 8.00 %, USD 2.00 more than InfiniBand: its lifetime TCO per
   * GPU is USD 3.00 lower and its throughput factor is higher (0.9500 vs 0.9000)."}
   *
   * @return the sentence
   */
  public String winnerSentence() {
    Option winner = winner();
    CurrencyAmount npv = winner.npv().orElse(null);
    String terms =
        " over " + lifetime.horizonYears() + " years at " + percent(lifetime.discountRate());
    if (npv == null) {
      return "No option has an NPV" + terms + ": " + winner.npvResult();
    }
    if (ranked.size() < 2 || ranked.get(1).npv().isEmpty()) {
      return winner.name() + " is the only option with an NPV" + terms + ": " + money(npv) + ".";
    }
    Option second = ranked.get(1);
    CurrencyAmount secondNpv = second.npv().orElseThrow();
    String head =
        winner.name()
            + " ranks first with an NPV of "
            + money(npv)
            + terms
            + ", "
            + money(npv.minus(secondNpv))
            + " more than "
            + second.name()
            + ": ";
    return head + reason(winner, second) + ".";
  }

  /** Why the winner beats the runner-up: TCO per GPU and throughput factor, compared. */
  private static String reason(Option winner, Option second) {
    Optional<CurrencyAmount> wTco = winner.tcoPerGpu();
    Optional<CurrencyAmount> sTco = second.tcoPerGpu();
    Optional<Double> wFactor = winner.throughputFactor();
    Optional<Double> sFactor = second.throughputFactor();
    if (wTco.isEmpty() || sTco.isEmpty() || wFactor.isEmpty() || sFactor.isEmpty()) {
      return "its cash flows are worth more at the discount rate";
    }
    // differences below a cent of TCO, or in the twelfth decimal of a factor, are ties
    double tco = tie(wTco.get().amount() - sTco.get().amount(), 0.005);
    double factor = tie(wFactor.get() - sFactor.get(), 1e-12);
    String factors = " (" + factor(wFactor.get()) + " vs " + factor(sFactor.get()) + ")";
    String tcoText = money(CurrencyAmount.of(wTco.get().currency(), Math.abs(tco)));
    if (factor > 0 && tco > 0) {
      return "its higher throughput factor"
          + factors
          + " earns more than its lifetime TCO per GPU, "
          + tcoText
          + " higher, costs";
    }
    if (factor == 0 && tco == 0) {
      return "their lifetime TCO per GPU and throughput factor"
          + factors
          + " are the same, and the timing of its cash flows (capex, support, book value) is worth"
          + " more at the discount rate";
    }
    if (factor >= 0 && tco <= 0) {
      return "its lifetime TCO per GPU is "
          + tcoText
          + " lower and its throughput factor is "
          + (factor > 0 ? "higher" : "the same")
          + factors;
    }
    if (factor < 0 && tco < 0) {
      return "its lifetime TCO per GPU, "
          + tcoText
          + " lower, saves more than its lower throughput factor"
          + factors
          + " loses";
    }
    return "the timing of its cash flows (capex, support, book value) is worth more at the"
        + " discount rate";
  }

  private static double tie(double difference, double tolerance) {
    return Math.abs(difference) < tolerance ? 0 : difference;
  }

  /**
   * Returns the options side by side as a Markdown table, ranked: NPV, lifetime TCO per GPU, its
   * network and power parts, cost per delivered GPU-hour and throughput factor.
   *
   * @return the table, each line ending with a newline
   */
  public String toTable() {
    List<String[]> rows = new ArrayList<>();
    rows.add(
        new String[] {
          "rank",
          "option",
          "NPV (fleet)",
          "TCO per GPU",
          "network per GPU",
          "power per GPU",
          "per delivered GPU-hour",
          "throughput factor"
        });
    int rank = 1;
    for (Option o : ranked) {
      rows.add(
          new String[] {
            String.valueOf(rank++),
            o.name() + (o.role() == OptionRole.BASELINE ? " (baseline)" : ""),
            cell(o.npvResult()),
            cell(o.get(LIFETIME_TCO_PER_GPU_CANDIDATE, LIFETIME_TCO_PER_GPU_BASELINE)),
            cell(
                o.get(
                    LIFETIME_NETWORK_COST_PER_GPU_CANDIDATE,
                    LIFETIME_NETWORK_COST_PER_GPU_BASELINE)),
            cell(
                o.get(LIFETIME_POWER_COST_PER_GPU_CANDIDATE, LIFETIME_POWER_COST_PER_GPU_BASELINE)),
            cell(
                o.get(COST_PER_DELIVERED_GPU_HOUR_CANDIDATE, COST_PER_DELIVERED_GPU_HOUR_BASELINE)),
            cell(o.get(THROUGHPUT_FACTOR_CANDIDATE, THROUGHPUT_FACTOR_BASELINE))
          });
    }
    int[] widths = new int[rows.get(0).length];
    for (String[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        widths[c] = Math.max(widths[c], row[c].length());
      }
    }
    StringBuilder table = new StringBuilder();
    for (int r = 0; r < rows.size(); r++) {
      line(table, rows.get(r), widths, r > 0);
      if (r == 0) {
        table.append('|');
        for (int c = 0; c < widths.length; c++) {
          table.append(' ').append("-".repeat(Math.max(1, widths[c] - 1)));
          table.append(c < 2 ? "-" : ":").append(" |");
        }
        table.append('\n');
      }
    }
    return table.toString();
  }

  private static void line(StringBuilder table, String[] cells, int[] widths, boolean body) {
    table.append('|');
    for (int c = 0; c < cells.length; c++) {
      String pad = " ".repeat(widths[c] - cells[c].length());
      table.append(' ').append(body && c >= 2 ? pad + cells[c] : cells[c] + pad).append(" |");
    }
    table.append('\n');
  }

  private static String cell(Result<?> result) {
    return result instanceof Result.Success<?> success
        ? success.figure().formattedValue()
        : "n/a (" + ((Result.Failure<?>) result).reason() + ")";
  }

  private static String money(CurrencyAmount amount) {
    return amount.toDisplayString();
  }

  private static String percent(double rate) {
    return Decimals.grouped(BigDecimal.valueOf(rate).movePointRight(2), 2) + " %";
  }

  private static String factor(double factor) {
    return Decimals.grouped(BigDecimal.valueOf(factor), 4);
  }

  @Override
  public String toString() {
    return "OptionComparison[" + ranked.size() + " options, winner " + winner().name() + "]";
  }
}
