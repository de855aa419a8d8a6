package dev.netroi.engine;

import static dev.netroi.calc.Measures.BENEFIT_COST_RATIO;
import static dev.netroi.calc.Measures.BREAK_EVEN_NETWORK_COST_PER_GPU;
import static dev.netroi.calc.Measures.COST_PER_DELIVERED_GPU_HOUR_BASELINE;
import static dev.netroi.calc.Measures.COST_PER_DELIVERED_GPU_HOUR_CANDIDATE;
import static dev.netroi.calc.Measures.COST_PER_MILLION_TOKENS_BASELINE;
import static dev.netroi.calc.Measures.COST_PER_MILLION_TOKENS_CANDIDATE;
import static dev.netroi.calc.Measures.EXTRA_NETWORK_COST_PER_GPU;
import static dev.netroi.calc.Measures.FABRIC_CAPEX_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.FABRIC_CAPEX_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.FABRIC_POWER_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.FABRIC_POWER_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.LIFETIME_HOSTING_COST_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.LIFETIME_HOSTING_COST_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.LIFETIME_NETWORK_COST_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.LIFETIME_NETWORK_COST_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.LIFETIME_NPV_BASELINE;
import static dev.netroi.calc.Measures.LIFETIME_NPV_CANDIDATE;
import static dev.netroi.calc.Measures.LIFETIME_POWER_COST_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.LIFETIME_POWER_COST_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.LIFETIME_TCO_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.LIFETIME_TCO_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.NETWORK_COST_FLEET_CANDIDATE;
import static dev.netroi.calc.Measures.NETWORK_COST_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.NETWORK_COST_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.NETWORK_RUN_RATE_PER_ACTIVE_GPU;
import static dev.netroi.calc.Measures.NETWORK_SHARE_OF_BLENDED_ASP;
import static dev.netroi.calc.Measures.NETWORK_SHARE_OF_MODEL_ASP;
import static dev.netroi.calc.Measures.NET_BENEFIT_FLEET;
import static dev.netroi.calc.Measures.NET_BENEFIT_PER_GPU;
import static dev.netroi.calc.Measures.REALISED_ANNUAL_VALUE_FLEET_BASELINE;
import static dev.netroi.calc.Measures.REALISED_ANNUAL_VALUE_FLEET_CANDIDATE;
import static dev.netroi.calc.Measures.REALISED_ANNUAL_VALUE_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.ROI;
import static dev.netroi.calc.Measures.THEORETICAL_ANNUAL_VALUE_FLEET;
import static dev.netroi.calc.Measures.THEORETICAL_ANNUAL_VALUE_PER_GPU;
import static dev.netroi.calc.Measures.THROUGHPUT_FACTOR_BASELINE;
import static dev.netroi.calc.Measures.THROUGHPUT_FACTOR_CANDIDATE;
import static dev.netroi.calc.Measures.THROUGHPUT_SPEEDUP;
import static dev.netroi.calc.Measures.UPGRADE_CASH_FLOWS;
import static dev.netroi.calc.Measures.UPGRADE_NET_BENEFIT;
import static dev.netroi.calc.Measures.UPGRADE_NPV;
import static dev.netroi.calc.Measures.VALUE_UPLIFT_FLEET;
import static dev.netroi.calc.Measures.VALUE_UPLIFT_PER_GPU;
import static dev.netroi.testkit.PropertyChecks.qtOverBatches;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.netroi.Bandwidth;
import dev.netroi.CurrencyAmount;
import dev.netroi.InputPath;
import dev.netroi.Lifetime;
import dev.netroi.OptionRole;
import dev.netroi.Scenario;
import dev.netroi.calc.CalculationResults;
import dev.netroi.calc.Calculator;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Measure;
import dev.netroi.calc.Measures;
import dev.netroi.calc.Result;
import dev.netroi.calc.Row;
import dev.netroi.calc.RowCalculator;
import dev.netroi.testkit.BatchEquivalence;
import dev.netroi.testkit.Coverage;
import dev.netroi.testkit.NetroiDomain;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Issue 16, item 2: for every built-in scalar measure M, a plug-in that overrides M with a constant
 * (and provides nothing else) changes the measures that depend on M and no other, on the audited
 * path ({@link CalculationEngine#calculateAll}) and on the batch path ({@link
 * CalculationEngine#batch}).
 *
 * <p><b>Depends on</b> is read from the registry's declarations only ({@link #dependents}): N
 * depends on M when N's provider {@link Calculator#requires() requires} or {@link Calculator#uses()
 * uses} M, or a measure that depends on M. A calculator that provides several measures is one node:
 * every measure it provides depends on every measure it reads (so {@code
 * TheoreticalAnnualValueFleet} "depends" on {@code NetBenefitPerGpu}, since the fleet totals read
 * both), which is why the second half below is a list of the dependents that must change, not all
 * of them.
 *
 * <p>Each example is a generated scenario (with lifetime terms two draws in three, fabrics on both
 * options one draw in three, market facts in 60 %) and input columns of 1 to {@link #MAX_ROWS} rows
 * that vary one to four of its inputs ({@link BatchEquivalence#columns}, cut short). For each M the
 * constant is {@link #constantFor chosen} valid for M's type (money in the scenario's currency, a
 * bandwidth above 0, a factor in (0, 1]) and at least 10 % away from every built-in value of M in
 * the example, so that it differs clearly from the built-in's (a sum or product of a nearby
 * constant could round to the built-in's result). Then:
 *
 * <ol>
 *   <li><b>Strict, no exceptions:</b> every measure that does not depend on M has exactly the
 *       built-in engine's result: on the audited path the same figure (value and explanation) or
 *       the same failure (reason and message); on the batch path, in every row, the same value to
 *       the bit or the same failure reason. A difference means a calculator read something it does
 *       not declare (or the engine handed it something it did not ask for).
 *   <li><b>M itself</b> has the constant, on the audited path and in every row of the batch whose
 *       inputs are valid (a row that breaks an input rule fails every measure as {@code
 *       INVALID_INPUT}, the plug-in's too).
 *   <li><b>Dependents change:</b> for each {@link #ACTIVE_EDGES edge} M to D whose condition holds
 *       for the scenario (of the row, on the batch path, in the {@link #ordinary ordinary rows}
 *       only), D's result differs from the built-in's (another value, success against failure, or
 *       another failure reason), unless D fails in both engines (a failure that stays a failure,
 *       such as the benefit-cost ratio of a free candidate, which is undefined whatever the
 *       uplift). And over the run, every M that has dependents changes at least one of them in some
 *       example ({@link Coverage}).
 * </ol>
 *
 * <p><b>Dependents not in the list of edges, and why.</b> The edges are the direct formulas in
 * which a change of M must show. Not listed:
 *
 * <ul>
 *   <li>the other measures of a multi-measure calculator: the fleet totals each multiply one
 *       per-GPU figure by the GPU count ({@code NetBenefitFleet} does not change with {@code
 *       NetworkCostPerGpuCandidate}); listed are the per-GPU to fleet pairs;
 *   <li>transitive dependents, whose change is implied by the listed edges where a formula is
 *       injective, but not in general (a change of {@code ExtraNetworkCostPerGpu} reaches {@code
 *       NetBenefitFleet} only through {@code NetBenefitPerGpu});
 *   <li>{@code UpgradeIrr}, {@code UpgradePaybackMonths}, {@code UpgradeDiscountedPaybackMonths},
 *       {@code BreakEvenEffectiveFraction} and {@code BreakEvenGpuHourPrice}: a payback is a step
 *       function of the flows (the month in which they turn non-negative may stay the same), an IRR
 *       or a break-even fraction is refused for most generated flows (a failure that stays a
 *       failure) and found by a search whose result may not move for a small change, and the
 *       break-even price is a ratio of two differences that both move with a throughput factor.
 *   <li>{@code UpgradeCashFlows} on the batch path: it is a series, which the batch path does not
 *       compute (it is checked on the audited path).
 * </ul>
 *
 * <p>Conditions of the edges, each the case where the formula is injective in M:
 *
 * <ul>
 *   <li>a throughput factor multiplies theoretical value x utilisation into the realised value: it
 *       shows only where the built-in realised value is not zero (a price or a utilisation of 0
 *       makes it 0 whatever the factor); the theoretical value shows unless the sold utilisation is
 *       0;
 *   <li>a fabric's capex per GPU is read only when the option has a fabric (a stated cost does not
 *       read it: the network cost then ignores the plug-in, as it should);
 *   <li>the candidate's network cost divides the uplift (benefit-cost ratio), and the extra cost
 *       divides uplift - extra cost (ROI = uplift / extra - 1): they show only where the built-in
 *       uplift is not zero;
 *   <li>a throughput factor divides the lifetime TCO into the cost per delivered GPU-hour (and the
 *       cost per million tokens): it shows only where the built-in lifetime TCO is not zero;
 *   <li>a realised value enters the lifetime cash flows as revenue x the ramp factor of each year
 *       (the first-year ramp in year 1, 1 later): it shows where some year has a ramp factor above
 *       0 (a horizon of 2 or more years, or a ramp above 0), and only for ordinary lifetime terms
 *       (horizon up to 30 years, a discount rate in [-0.5, 0.5], up to 2 kW per GPU, up to 0.5 an
 *       kWh and 300 a kW-month): at the generators' limits (a GPU of a terawatt, energy at a
 *       trillion a kWh) the costs are so large that a change of revenue is below the rounding of
 *       the NPV, and at a discount rate near -100 % the flows overflow.
 * </ul>
 *
 * <p><b>Lifetime measures.</b> The lifetime TCO, NPV and upgrade figures require the options'
 * network cost per GPU and use their fabric capex and power (issue 16 item 2), so the {@link
 * #LIFETIME_EDGES edges to them} are checked like the others, and {@link
 * #everyLifetimeEdgeIsADeclaredDependency} checks that the registry declares each of them.
 */
class OverridePropagationProperties {

  /** Examples per run: each checks 60 overrides on both paths, about a tenth of a second. */
  private static final int EXAMPLES = 100;

  /** The most rows of an example's batch. */
  private static final int MAX_ROWS = 6;

  private static final CalculatorRegistry BUILT_INS = CalculatorRegistry.builtIns();
  private static final CalculationEngine ENGINE = CalculationEngine.of(BUILT_INS);

  /** The measures overridden: every built-in scalar measure. */
  private static final List<Measure<?>> SCALAR = BatchEquivalence.scalar(Measures.all());

  // ------------------------------------------------------------------ the edges

  /** A fact of a scenario and the built-in engine's numbers for it. */
  private interface When {
    boolean holds(Scenario scenario, Function<Measure<?>, OptionalDouble> builtIn);
  }

  /** A dependent {@code to} that must change when {@code from} is overridden and the case holds. */
  private record Edge(Measure<?> from, Measure<?> to, When when) {}

  private static final When ALWAYS = (scenario, builtIn) -> true;

  private static When nonZero(Measure<?> measure) {
    return (scenario, builtIn) -> {
      OptionalDouble value = builtIn.apply(measure);
      return value.isPresent() && value.getAsDouble() != 0;
    };
  }

  private static When hasFabric(OptionRole role) {
    return (scenario, builtIn) -> scenario.fabric(role).isPresent();
  }

  private static final When UTILISED =
      (scenario, builtIn) -> scenario.fleet().soldUtilisation().orElse(1) != 0;

  /**
   * Ordinary lifetime terms (see the class's Javadoc): a horizon up to 30 years, a discount rate in
   * [-0.5, 0.5], up to 2 kW per GPU, up to 0.5 a kWh and 300 a kW-month.
   */
  private static boolean ordinaryTerms(Scenario scenario) {
    Optional<Lifetime> terms = scenario.lifetime();
    if (terms.isEmpty()) {
      return false;
    }
    Lifetime t = terms.get();
    return t.horizonYears() <= 30
        && Math.abs(t.discountRate()) <= 0.5
        && t.gpuWatts() <= 2000
        && t.electricityPricePerKwh().amount() <= 0.5
        && t.hostingPricePerKwMonth().amount() <= 300;
  }

  private static final When ORDINARY_TERMS = (scenario, builtIn) -> ordinaryTerms(scenario);

  /** Ordinary lifetime terms in which revenue enters some year (see the class's Javadoc). */
  private static final When REVENUE_COUNTS =
      (scenario, builtIn) -> {
        if (!ordinaryTerms(scenario)) {
          return false;
        }
        Lifetime t = scenario.lifetime().orElseThrow();
        return t.horizonYears() >= 2 || t.firstYearRamp() > 0;
      };

  /** An option's fabric, under ordinary terms with a price above 0 (of energy or of hosting). */
  private static When fabricPriced(OptionRole role, boolean energy) {
    return (scenario, builtIn) -> {
      if (!ordinaryTerms(scenario) || scenario.fabric(role).isEmpty()) {
        return false;
      }
      Lifetime t = scenario.lifetime().orElseThrow();
      return (energy ? t.electricityPricePerKwh() : t.hostingPricePerKwMonth()).amount() > 0;
    };
  }

  /**
   * The edges from the network-cost, fabric-capex and fabric-power measures to the lifetime
   * figures. A yearly network cost per GPU (a stated cost, or a fabric's depreciation and support)
   * is paid in each year 1 to the horizon, so it enters the lifetime network cost (an undiscounted
   * sum), the lifetime TCO, the option's NPV and the upgrade's NPV, net benefit and flows, under
   * ordinary terms; a fabric's capex per GPU is what its depreciation and support are made of, so
   * it enters the option's lifetime network cost and TCO (the measures' Javadoc: "fabric
   * depreciation and support, or its stated cost"); a fabric's watts per GPU enter the energy cost
   * (x PUE x hours x price per kWh) where energy has a price, and the hosting cost (kW x price per
   * kW-month) where hosting has one. The lifetime calculators require the network costs and use the
   * fabric capex and power, so the registry declares every one of these edges ({@link
   * #everyLifetimeEdgeIsADeclaredDependency}).
   */
  private static final List<Edge> LIFETIME_EDGES = lifetimeEdges();

  private static List<Edge> lifetimeEdges() {
    List<Edge> edges = new ArrayList<>();
    for (OptionRole role : OptionRole.values()) {
      boolean candidate = role == OptionRole.CANDIDATE;
      Measure<?> cost = candidate ? NETWORK_COST_PER_GPU_CANDIDATE : NETWORK_COST_PER_GPU_BASELINE;
      for (Measure<?> to :
          List.of(
              candidate
                  ? LIFETIME_NETWORK_COST_PER_GPU_CANDIDATE
                  : LIFETIME_NETWORK_COST_PER_GPU_BASELINE,
              candidate ? LIFETIME_TCO_PER_GPU_CANDIDATE : LIFETIME_TCO_PER_GPU_BASELINE,
              candidate ? LIFETIME_NPV_CANDIDATE : LIFETIME_NPV_BASELINE,
              UPGRADE_NPV,
              UPGRADE_NET_BENEFIT,
              UPGRADE_CASH_FLOWS)) {
        edges.add(new Edge(cost, to, ORDINARY_TERMS));
      }
      // a fabric's depreciation and support, both from its capex, are its yearly network cost
      Measure<?> capex = candidate ? FABRIC_CAPEX_PER_GPU_CANDIDATE : FABRIC_CAPEX_PER_GPU_BASELINE;
      When fabric =
          (scenario, builtIn) ->
              ordinaryTerms(scenario) && hasFabric(role).holds(scenario, builtIn);
      edges.add(
          new Edge(
              capex,
              candidate
                  ? LIFETIME_NETWORK_COST_PER_GPU_CANDIDATE
                  : LIFETIME_NETWORK_COST_PER_GPU_BASELINE,
              fabric));
      edges.add(
          new Edge(
              capex,
              candidate ? LIFETIME_TCO_PER_GPU_CANDIDATE : LIFETIME_TCO_PER_GPU_BASELINE,
              fabric));
      Measure<?> power = candidate ? FABRIC_POWER_PER_GPU_CANDIDATE : FABRIC_POWER_PER_GPU_BASELINE;
      edges.add(
          new Edge(
              power,
              candidate
                  ? LIFETIME_POWER_COST_PER_GPU_CANDIDATE
                  : LIFETIME_POWER_COST_PER_GPU_BASELINE,
              fabricPriced(role, true)));
      edges.add(
          new Edge(
              power,
              candidate
                  ? LIFETIME_HOSTING_COST_PER_GPU_CANDIDATE
                  : LIFETIME_HOSTING_COST_PER_GPU_BASELINE,
              fabricPriced(role, false)));
    }
    return List.copyOf(edges);
  }

  private static final List<Edge> EDGES = edges();

  /** The edges checked: {@link #EDGES} and the {@link #LIFETIME_EDGES} the registry declares. */
  private static final List<Edge> ACTIVE_EDGES = activeEdges();

  private static List<Edge> activeEdges() {
    List<Edge> active = new ArrayList<>(EDGES);
    for (Edge edge : LIFETIME_EDGES) {
      if (dependents(BUILT_INS, edge.from()).contains(edge.to())) {
        active.add(edge);
      }
    }
    return List.copyOf(active);
  }

  private static List<Edge> edges() {
    List<Edge> edges = new ArrayList<>();
    // speed-up = factor (candidate) / factor (baseline), both above 0
    edges.add(new Edge(THROUGHPUT_FACTOR_CANDIDATE, THROUGHPUT_SPEEDUP, ALWAYS));
    edges.add(new Edge(THROUGHPUT_FACTOR_BASELINE, THROUGHPUT_SPEEDUP, ALWAYS));
    // realised = theoretical x factor (x sold utilisation)
    edges.add(
        new Edge(
            THROUGHPUT_FACTOR_CANDIDATE,
            REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE,
            nonZero(REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE)));
    edges.add(
        new Edge(
            THROUGHPUT_FACTOR_BASELINE,
            REALISED_ANNUAL_VALUE_PER_GPU_BASELINE,
            nonZero(REALISED_ANNUAL_VALUE_PER_GPU_BASELINE)));
    edges.add(
        new Edge(
            THEORETICAL_ANNUAL_VALUE_PER_GPU, REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE, UTILISED));
    edges.add(
        new Edge(
            THEORETICAL_ANNUAL_VALUE_PER_GPU, REALISED_ANNUAL_VALUE_PER_GPU_BASELINE, UTILISED));
    // uplift = realised (candidate) - realised (baseline)
    edges.add(new Edge(REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE, VALUE_UPLIFT_PER_GPU, ALWAYS));
    edges.add(new Edge(REALISED_ANNUAL_VALUE_PER_GPU_BASELINE, VALUE_UPLIFT_PER_GPU, ALWAYS));
    // net benefit = uplift - extra cost; ratio = uplift / cost; ROI = net benefit / extra cost
    edges.add(new Edge(VALUE_UPLIFT_PER_GPU, NET_BENEFIT_PER_GPU, ALWAYS));
    edges.add(new Edge(EXTRA_NETWORK_COST_PER_GPU, NET_BENEFIT_PER_GPU, ALWAYS));
    edges.add(new Edge(VALUE_UPLIFT_PER_GPU, BENEFIT_COST_RATIO, ALWAYS));
    edges.add(
        new Edge(
            NETWORK_COST_PER_GPU_CANDIDATE, BENEFIT_COST_RATIO, nonZero(VALUE_UPLIFT_PER_GPU)));
    edges.add(new Edge(NET_BENEFIT_PER_GPU, ROI, ALWAYS));
    edges.add(new Edge(EXTRA_NETWORK_COST_PER_GPU, ROI, nonZero(VALUE_UPLIFT_PER_GPU)));
    // fleet total = per GPU x GPU count (at least 1)
    edges.add(new Edge(THEORETICAL_ANNUAL_VALUE_PER_GPU, THEORETICAL_ANNUAL_VALUE_FLEET, ALWAYS));
    edges.add(
        new Edge(
            REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE,
            REALISED_ANNUAL_VALUE_FLEET_CANDIDATE,
            ALWAYS));
    edges.add(
        new Edge(
            REALISED_ANNUAL_VALUE_PER_GPU_BASELINE, REALISED_ANNUAL_VALUE_FLEET_BASELINE, ALWAYS));
    edges.add(new Edge(VALUE_UPLIFT_PER_GPU, VALUE_UPLIFT_FLEET, ALWAYS));
    edges.add(new Edge(NET_BENEFIT_PER_GPU, NET_BENEFIT_FLEET, ALWAYS));
    edges.add(new Edge(NETWORK_COST_PER_GPU_CANDIDATE, NETWORK_COST_FLEET_CANDIDATE, ALWAYS));
    // market: share = run rate per active GPU / an ASP
    edges.add(new Edge(NETWORK_RUN_RATE_PER_ACTIVE_GPU, NETWORK_SHARE_OF_BLENDED_ASP, ALWAYS));
    edges.add(new Edge(NETWORK_RUN_RATE_PER_ACTIVE_GPU, NETWORK_SHARE_OF_MODEL_ASP, ALWAYS));
    // annual network cost of a fabric = capex / life + support share x capex
    When candidateFabric = hasFabric(OptionRole.CANDIDATE);
    When baselineFabric = hasFabric(OptionRole.BASELINE);
    edges.add(
        new Edge(FABRIC_CAPEX_PER_GPU_CANDIDATE, NETWORK_COST_PER_GPU_CANDIDATE, candidateFabric));
    edges.add(
        new Edge(FABRIC_CAPEX_PER_GPU_CANDIDATE, EXTRA_NETWORK_COST_PER_GPU, candidateFabric));
    edges.add(
        new Edge(FABRIC_CAPEX_PER_GPU_BASELINE, NETWORK_COST_PER_GPU_BASELINE, baselineFabric));
    edges.add(new Edge(FABRIC_CAPEX_PER_GPU_BASELINE, EXTRA_NETWORK_COST_PER_GPU, baselineFabric));
    // delivered cost = lifetime TCO / (sold hours x factor); a token cost divides it further
    edges.add(
        new Edge(
            THROUGHPUT_FACTOR_CANDIDATE,
            COST_PER_DELIVERED_GPU_HOUR_CANDIDATE,
            nonZero(LIFETIME_TCO_PER_GPU_CANDIDATE)));
    edges.add(
        new Edge(
            THROUGHPUT_FACTOR_BASELINE,
            COST_PER_DELIVERED_GPU_HOUR_BASELINE,
            nonZero(LIFETIME_TCO_PER_GPU_BASELINE)));
    edges.add(
        new Edge(
            THROUGHPUT_FACTOR_CANDIDATE,
            COST_PER_MILLION_TOKENS_CANDIDATE,
            nonZero(LIFETIME_TCO_PER_GPU_CANDIDATE)));
    edges.add(
        new Edge(
            THROUGHPUT_FACTOR_BASELINE,
            COST_PER_MILLION_TOKENS_BASELINE,
            nonZero(LIFETIME_TCO_PER_GPU_BASELINE)));
    // revenue in the lifetime cash flows = realised value x the ramp factor of each year
    edges.add(
        new Edge(REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE, LIFETIME_NPV_CANDIDATE, REVENUE_COUNTS));
    edges.add(
        new Edge(REALISED_ANNUAL_VALUE_PER_GPU_BASELINE, LIFETIME_NPV_BASELINE, REVENUE_COUNTS));
    for (Measure<?> realised :
        List.of(REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE, REALISED_ANNUAL_VALUE_PER_GPU_BASELINE)) {
      for (Measure<?> upgrade :
          List.of(
              UPGRADE_NPV,
              UPGRADE_NET_BENEFIT,
              UPGRADE_CASH_FLOWS,
              BREAK_EVEN_NETWORK_COST_PER_GPU)) {
        edges.add(new Edge(realised, upgrade, REVENUE_COUNTS));
      }
    }
    return List.copyOf(edges);
  }

  // ------------------------------------------------------------------ the property

  @Test
  void anOverrideChangesTheMeasuresThatDependOnItAndNoOtherOnBothPaths() {
    Map<Measure<?>, Set<Measure<?>>> dependents = new LinkedHashMap<>();
    Coverage<Set<Measure<?>>> changing = Coverage.of("overrides");
    for (Measure<?> measure : SCALAR) {
      Set<Measure<?>> of = dependents(BUILT_INS, measure);
      dependents.put(measure, of);
      if (!of.isEmpty()) {
        changing.require(measure + " changes a dependent", changed -> changed.contains(measure));
      }
    }
    // every edge is a declared dependency: the list cannot claim more than the registry says
    for (Edge edge : EDGES) {
      assertThat(dependents.get(edge.from())).as(edge.toString()).contains(edge.to());
    }

    qtOverBatches(EXAMPLES)
        .forAll(scenarios(), BatchEquivalence.seeds())
        .checkAssert(
            (scenario, seed) -> {
              Map<InputPath, double[]> columns = fewRows(BatchEquivalence.columns(scenario, seed));
              CalculationResults audited = ENGINE.calculateAll(scenario);
              BatchResults batch = ENGINE.batch(scenario, columns, SCALAR, 2);
              Set<Measure<?>> changed = new HashSet<>();
              for (Measure<?> measure : SCALAR) {
                double constant = constantFor(measure, audited, batch);
                CalculationEngine engine =
                    CalculationEngine.of(BUILT_INS.with(new Constant(measure, constant)));
                Set<Measure<?>> of = dependents.get(measure);
                if (checkAudited(scenario, measure, constant, of, audited, engine)) {
                  changed.add(measure);
                }
                if (checkBatch(scenario, columns, measure, constant, of, batch, engine)) {
                  changed.add(measure);
                }
              }
              changing.record(changed);
            });

    changing.check();
  }

  /**
   * The lifetime calculators require the network costs and use the fabric capex and power: every
   * lifetime edge is a declared dependency, so the property checks it.
   */
  @Test
  void everyLifetimeEdgeIsADeclaredDependency() {
    for (Edge edge : LIFETIME_EDGES) {
      assertThat(dependents(BUILT_INS, edge.from())).as(edge.toString()).contains(edge.to());
    }
    assertThat(ACTIVE_EDGES).containsAll(LIFETIME_EDGES);
  }

  /**
   * Returns the measures that depend on a measure by the registry's declarations: those whose
   * provider requires or uses it, and transitively those whose provider requires or uses one of
   * them.
   */
  static Set<Measure<?>> dependents(CalculatorRegistry registry, Measure<?> measure) {
    Set<Measure<?>> found = new LinkedHashSet<>();
    Deque<Measure<?>> todo = new ArrayDeque<>(List.of(measure));
    while (!todo.isEmpty()) {
      Measure<?> read = todo.pop();
      for (Measure<?> other : registry.measures()) {
        Calculator provider = registry.provider(other).orElseThrow();
        if ((provider.requires().contains(read) || provider.uses().contains(read))
            && found.add(other)) {
          todo.push(other);
        }
      }
    }
    return found;
  }

  /** Whether some listed dependent changed; fails on any other difference. */
  private static boolean checkAudited(
      Scenario scenario,
      Measure<?> measure,
      double constant,
      Set<Measure<?>> dependents,
      CalculationResults builtIn,
      CalculationEngine engine) {
    CalculationResults over = engine.calculateAll(scenario);
    Result<?> own = over.get(measure);
    if (!own.isSuccess() || number(own.value()) != constant) {
      fail("overriding %s with %s gave %s in %s", measure, constant, own, scenario);
    }
    if (own.value() instanceof CurrencyAmount amount) {
      assertThat(amount.currency()).isEqualTo(scenario.currency());
    }
    Function<Measure<?>, OptionalDouble> numbers = m -> numberOf(builtIn.get(m));
    boolean changed = false;
    for (Measure<?> other : BUILT_INS.measures()) {
      if (other.equals(measure)) {
        continue;
      }
      Result<?> before = builtIn.get(other);
      Result<?> after = over.get(other);
      if (!dependents.contains(other)) {
        if (!after.equals(before)) {
          fail(
              "overriding %s with %s changed %s, which does not depend on it, on the audited path"
                  + " of %s: built-in %s, with the plug-in %s",
              measure, constant, other, scenario, before, after);
        }
        continue;
      }
      boolean differs = differs(before, after);
      changed |= differs;
      if (!differs && mustChange(measure, other, scenario, numbers, before, after)) {
        fail(
            "overriding %s with %s did not change %s on the audited path of %s: %s",
            measure, constant, other, scenario, before);
      }
    }
    return changed;
  }

  /** Whether some listed dependent changed in some row; fails on any other difference. */
  private static boolean checkBatch(
      Scenario scenario,
      Map<InputPath, double[]> columns,
      Measure<?> measure,
      double constant,
      Set<Measure<?>> dependents,
      BatchResults builtIn,
      CalculationEngine engine) {
    BatchResults over = engine.batch(scenario, columns, SCALAR, 2);
    assertThat(over.errors()).isEmpty();
    boolean changed = false;
    for (int row = 0; row < builtIn.size(); row++) {
      int r = row;
      if (builtIn.failureReason(measure, row).equals(Optional.of(FailureReason.INVALID_INPUT))) {
        for (Measure<?> other : SCALAR) {
          assertThat(over.failureReason(other, row)).contains(FailureReason.INVALID_INPUT);
        }
        continue;
      }
      if (!over.isSuccess(measure, row) || over.value(measure, row) != constant) {
        fail(
            "overriding %s with %s gave %s in row %d of the batch over %s %s",
            measure, constant, cell(over, measure, row), row, scenario, describe(columns, row));
      }
      Scenario rowScenario = builtIn.scenario(row);
      Function<Measure<?>, OptionalDouble> numbers =
          m ->
              builtIn.isSuccess(m, r)
                  ? OptionalDouble.of(builtIn.value(m, r))
                  : OptionalDouble.empty();
      for (Measure<?> other : SCALAR) {
        if (other.equals(measure)) {
          continue;
        }
        String before = cell(builtIn, other, row);
        String after = cell(over, other, row);
        if (!dependents.contains(other)) {
          if (!after.equals(before)) {
            fail(
                "overriding %s with %s changed %s, which does not depend on it, in row %d of the"
                    + " batch over %s %s: built-in %s, with the plug-in %s",
                measure, constant, other, row, scenario, describe(columns, row), before, after);
          }
          continue;
        }
        boolean differs = !after.equals(before);
        changed |= differs;
        boolean bothFail = !builtIn.isSuccess(other, row) && !over.isSuccess(other, row);
        if (!differs
            && !bothFail
            && ordinary(scenario, columns, row)
            && mustChange(measure, other, rowScenario, numbers)) {
          fail(
              "overriding %s with %s did not change %s in row %d of the batch over %s %s: %s",
              measure, constant, other, row, scenario, describe(columns, row), before);
        }
      }
    }
    return changed;
  }

  /**
   * Whether a batch row's inputs are ordinary: each varied input 0 or 0.5 to 1.5 times the base
   * scenario's value in magnitude (the base value or the base value scaled, as {@link
   * BatchEquivalence#columns} draws seven rows in ten). A row at a rule's bound makes sums and
   * products so large or so small that a change of a constant is below their rounding: with an
   * annual cost of 1.8E308, uplift - extra cost is 1.8E308 whatever the uplift; with a year of
   * 4.9E-324 days (the next double above 0), the uplift is a subnormal number and uplift / cost is
   * 0 for any cost. So the edges are checked in ordinary rows only (the strict half in every row).
   */
  private static boolean ordinary(Scenario base, Map<InputPath, double[]> columns, int row) {
    for (Map.Entry<InputPath, double[]> column : columns.entrySet()) {
      double value = Math.abs(column.getValue()[row]);
      double baseValue = Math.abs(base.valueAt(column.getKey()));
      if (value != 0 && !(value >= 0.5 * baseValue && value <= 1.5 * baseValue)) {
        return false;
      }
    }
    return true;
  }

  private static boolean mustChange(
      Measure<?> measure,
      Measure<?> dependent,
      Scenario scenario,
      Function<Measure<?>, OptionalDouble> builtIn,
      Result<?> before,
      Result<?> after) {
    boolean bothFail = !before.isSuccess() && !after.isSuccess();
    return !bothFail && mustChange(measure, dependent, scenario, builtIn);
  }

  private static boolean mustChange(
      Measure<?> measure,
      Measure<?> dependent,
      Scenario scenario,
      Function<Measure<?>, OptionalDouble> builtIn) {
    for (Edge edge : ACTIVE_EDGES) {
      if (edge.from().equals(measure)
          && edge.to().equals(dependent)
          && edge.when().holds(scenario, builtIn)) {
        return true;
      }
    }
    return false;
  }

  /** Another value, success against failure, or another failure reason. */
  private static boolean differs(Result<?> before, Result<?> after) {
    if (before.isSuccess() != after.isSuccess()) {
      return true;
    }
    if (before.isSuccess()) {
      return !before.value().equals(after.value());
    }
    return ((Result.Failure<?>) before).reason() != ((Result.Failure<?>) after).reason();
  }

  // ------------------------------------------------------------------ the examples

  /**
   * Scenarios with lifetime terms (two in three; one in five of their options with a fabric) or
   * with a fabric on both options (one in three, with lifetime terms one time in three).
   */
  private static Gen<Scenario> scenarios() {
    return NetroiDomain.weighted(
        2, NetroiDomain.scenariosWithLifetimes(), 1, NetroiDomain.scenariosWithFabrics());
  }

  /** The columns cut to their first {@link #MAX_ROWS} rows. */
  private static Map<InputPath, double[]> fewRows(Map<InputPath, double[]> columns) {
    Map<InputPath, double[]> few = new LinkedHashMap<>();
    columns.forEach(
        (path, column) -> few.put(path, Arrays.copyOf(column, Math.min(MAX_ROWS, column.length))));
    return few;
  }

  /**
   * The constant for a measure: the first of three, valid for its type (money in the scenario's
   * currency, any amount; a bandwidth above 0; a factor, share, multiple or count in (0, 1]), that
   * is at least 10 % of the larger magnitude away from every built-in value of the measure in the
   * example; the three are far enough apart that one always is, unless a batch's rows spread the
   * built-in's values over all three.
   */
  static double constantFor(Measure<?> measure, CalculationResults audited, BatchResults batch) {
    Class<?> type = measure.unit().valueType();
    double[] candidates =
        type == CurrencyAmount.class
            ? new double[] {4321, 98_765, 1_234_567}
            : type == Bandwidth.class
                ? new double[] {0.4321, 98.765, 4321}
                : new double[] {0.4321, 0.0987, 0.8765};
    List<Double> builtIn = new ArrayList<>();
    numberOf(audited.get(measure)).ifPresent(builtIn::add);
    for (int row = 0; row < batch.size(); row++) {
      if (batch.isSuccess(measure, row)) {
        builtIn.add(batch.value(measure, row));
      }
    }
    for (double candidate : candidates) {
      boolean far = true;
      for (double value : builtIn) {
        far &= Math.abs(candidate - value) >= 0.1 * Math.max(Math.abs(candidate), Math.abs(value));
      }
      if (far) {
        return candidate;
      }
    }
    throw new AssertionError("no constant far from " + builtIn + " for " + measure);
  }

  // ------------------------------------------------------------------ the plug-in

  /** The plug-in: provides one measure, overrides it, and sets it to a constant in every row. */
  record Constant(Measure<?> measure, double value) implements RowCalculator {
    @Override
    public List<Measure<?>> outputs() {
      return List.of(measure);
    }

    @Override
    public Set<Measure<?>> overrides() {
      return Set.of(measure);
    }

    @Override
    public String name() {
      return "Constant" + measure.name();
    }

    @Override
    public @Nullable FailureReason compute(Row row) {
      row.set(0, value);
      return null;
    }

    @Override
    public Explanation explain(Row row, int output) {
      return Explanation.of(measure.name() + " = a constant of the plug-in");
    }

    @Override
    public String refusal(Row row, FailureReason reason) {
      return "never refused";
    }
  }

  // ------------------------------------------------------------------ helpers

  private static double number(Object value) {
    if (value instanceof CurrencyAmount amount) {
      return amount.amount();
    }
    if (value instanceof Bandwidth bandwidth) {
      return bandwidth.gbps();
    }
    return (Double) value;
  }

  private static OptionalDouble numberOf(Result<?> result) {
    return result.isSuccess() && BatchEquivalence.isScalar(result.measure())
        ? OptionalDouble.of(number(result.value()))
        : OptionalDouble.empty();
  }

  /** A batch cell as text: the value's bits, or the failure reason. */
  private static String cell(BatchResults batch, Measure<?> measure, int row) {
    return batch.isSuccess(measure, row)
        ? batch.value(measure, row) + " (" + Double.toHexString(batch.value(measure, row)) + ")"
        : batch.failureReason(measure, row).orElseThrow().toString();
  }

  private static String describe(Map<InputPath, double[]> columns, int row) {
    StringBuilder text = new StringBuilder("with");
    columns.forEach(
        (path, column) -> text.append(' ').append(path).append('=').append(column[row]));
    return text.toString();
  }
}
