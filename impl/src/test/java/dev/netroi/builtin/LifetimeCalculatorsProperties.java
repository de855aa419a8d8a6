package dev.netroi.builtin;

import static dev.netroi.calc.Measures.ANNUAL_TCO_FLEET_BASELINE;
import static dev.netroi.calc.Measures.ANNUAL_TCO_FLEET_CANDIDATE;
import static dev.netroi.calc.Measures.ANNUAL_TCO_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.ANNUAL_TCO_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.BREAK_EVEN_EFFECTIVE_FRACTION;
import static dev.netroi.calc.Measures.BREAK_EVEN_GPU_HOUR_PRICE;
import static dev.netroi.calc.Measures.BREAK_EVEN_NETWORK_COST_PER_GPU;
import static dev.netroi.calc.Measures.COST_PER_DELIVERED_GPU_HOUR_BASELINE;
import static dev.netroi.calc.Measures.COST_PER_DELIVERED_GPU_HOUR_CANDIDATE;
import static dev.netroi.calc.Measures.FABRIC_CAPEX_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.FABRIC_CAPEX_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.LIFETIME_GPU_COST_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.LIFETIME_GPU_COST_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.LIFETIME_HOSTING_COST_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.LIFETIME_HOSTING_COST_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.LIFETIME_NETWORK_COST_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.LIFETIME_NETWORK_COST_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.LIFETIME_NPV_BASELINE;
import static dev.netroi.calc.Measures.LIFETIME_NPV_CANDIDATE;
import static dev.netroi.calc.Measures.LIFETIME_POWER_COST_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.LIFETIME_POWER_COST_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.LIFETIME_TCO_FLEET_BASELINE;
import static dev.netroi.calc.Measures.LIFETIME_TCO_FLEET_CANDIDATE;
import static dev.netroi.calc.Measures.LIFETIME_TCO_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.LIFETIME_TCO_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.REALISED_ANNUAL_VALUE_FLEET_BASELINE;
import static dev.netroi.calc.Measures.REALISED_ANNUAL_VALUE_FLEET_CANDIDATE;
import static dev.netroi.calc.Measures.UPGRADE_CASH_FLOWS;
import static dev.netroi.calc.Measures.UPGRADE_DISCOUNTED_PAYBACK_MONTHS;
import static dev.netroi.calc.Measures.UPGRADE_IRR;
import static dev.netroi.calc.Measures.UPGRADE_NET_BENEFIT;
import static dev.netroi.calc.Measures.UPGRADE_NPV;
import static dev.netroi.calc.Measures.UPGRADE_PAYBACK_MONTHS;
import static dev.netroi.testkit.PropertyChecks.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.netroi.CurrencyAmount;
import dev.netroi.InputPath;
import dev.netroi.InputPaths;
import dev.netroi.Lifetime;
import dev.netroi.NetworkOption;
import dev.netroi.OptionRole;
import dev.netroi.PricingModel;
import dev.netroi.Scenario;
import dev.netroi.calc.CalculationResults;
import dev.netroi.calc.Measure;
import dev.netroi.calc.Measures;
import dev.netroi.engine.CalculationEngine;
import dev.netroi.engine.CalculatorRegistry;
import dev.netroi.testkit.BatchEquivalence;
import dev.netroi.testkit.Coverage;
import dev.netroi.testkit.NetroiDomain;
import dev.netroi.testkit.PropertyChecks;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties of the lifetime calculators over generated scenarios with lifetime terms ({@link
 * NetroiDomain#scenariosWithLifetimes()}).
 *
 * <p><b>Tolerance of the break-evens.</b> A break-even put back into the scenario gives an upgrade
 * NPV (or net benefit) of zero within a cent, or within 1e-9 of the size of the fleet's flows when
 * a cent is below what doubles resolve at that size: tolerance = max(USD 0.01, 1e-9 x size), size =
 * (1 + rate)^-n if above 1, else 1, x (both options' lifetime TCO of the fleet + the fleet's GPU
 * and fabric capex + n x both options' realised annual value of the fleet). That bounds the sum of
 * the absolute discounted flows of both options, from which the upgrade's flows are differences.
 * Fleets of up to 100,000 GPUs of up to USD 60,000, selling up to USD 600 per GPU-hour, have flows
 * of up to about 5e11 a year, whose doubles are 1e-4 apart: a cent is then still resolved, except
 * at strongly negative rates over long horizons.
 */
class LifetimeCalculatorsProperties {

  private static final CalculationEngine ENGINE =
      CalculationEngine.of(CalculatorRegistry.builtIns());

  private static final double RELATIVE = 1e-9;

  private static Gen<Scenario> scenarios() {
    return NetroiDomain.scenariosWithLifetimes();
  }

  private static CalculationResults analyse(Scenario scenario) {
    return ENGINE.calculateAll(scenario);
  }

  private static double amount(CalculationResults results, Measure<CurrencyAmount> measure) {
    return results.value(measure).amount();
  }

  private static Lifetime lifetime(Scenario scenario) {
    return scenario.lifetime().orElseThrow();
  }

  /** The size of the fleet's flows, as the class Javadoc defines it. */
  private static double size(Scenario scenario, CalculationResults results) {
    Lifetime lifetime = lifetime(scenario);
    double growth = Math.pow(1 + lifetime.discountRate(), -lifetime.horizonYears());
    double gpus = scenario.fleet().count();
    double capex = scenario.fleet().unitPrice().amount();
    for (Measure<CurrencyAmount> fabric :
        List.of(FABRIC_CAPEX_PER_GPU_CANDIDATE, FABRIC_CAPEX_PER_GPU_BASELINE)) {
      if (results.get(fabric).isSuccess()) {
        capex += amount(results, fabric);
      }
    }
    return Math.max(1, growth)
        * (amount(results, LIFETIME_TCO_FLEET_CANDIDATE)
            + amount(results, LIFETIME_TCO_FLEET_BASELINE)
            + gpus * capex
            + lifetime.horizonYears()
                * (amount(results, REALISED_ANNUAL_VALUE_FLEET_CANDIDATE)
                    + amount(results, REALISED_ANNUAL_VALUE_FLEET_BASELINE)));
  }

  /**
   * Whether the discounting of a scenario's terms stays within 1e12 (1 / (1 + rate)^horizon): a
   * tolerance of 1e-9 of the discounted flows means something only then. At a rate near -100 % over
   * a long horizon the discounted figures overflow and fail as undefined, which {@code
   * LifetimeOverflowTest} and the batch equivalence check; the identities here skip such terms.
   */
  private static boolean discountsWithinRange(Scenario scenario) {
    Lifetime lifetime = lifetime(scenario);
    return Math.pow(1 + lifetime.discountRate(), -lifetime.horizonYears()) <= 1e12;
  }

  /** max(a cent, 1e-9 x the size of the flows of both scenarios' fleets). */
  private static double tolerance(
      Scenario before, CalculationResults was, Scenario after, CalculationResults is) {
    return Math.max(0.01, RELATIVE * Math.max(size(before, was), size(after, is)));
  }

  /** Sum of |flow| x (1 + rate)^-t over the years: the scale of an NPV at that rate. */
  private static double discountedSize(double[] flows, double rate) {
    double sum = 0;
    for (int year = 0; year < flows.length; year++) {
      sum += Math.abs(flows[year]) / Math.pow(1 + rate, year);
    }
    return sum;
  }

  /** The scenario with another candidate, every other part kept. */
  static Scenario withStatedCandidate(Scenario scenario, NetworkOption candidate) {
    return scenario.toBuilder().candidate(candidate).build();
  }

  /**
   * Upgrades that are investments: scenarios with lifetime terms whose candidate, the option with
   * the higher effective fraction, is built as a fabric of radix 64 or 128 (which most fleets fit)
   * over a baseline that states its cost. The upgrade pays the fabric today, so its flows start
   * with an outflow (unless the fabric is free), and the extra value often earns it back. An option
   * of the scenario built as a fabric states instead the cost of the same role in a scenario with
   * stated costs.
   */
  static Gen<Scenario> investments() {
    return NetroiDomain.scenariosWithLifetimes()
        .zip(
            NetroiDomain.scenariosWithFabrics(),
            NetroiDomain.scenariosWithStatedCosts(),
            (scenario, withFabrics, stated) -> {
              NetworkOption a = stated(scenario.candidate(), stated.candidate());
              NetworkOption b = stated(scenario.baseline(), stated.baseline());
              boolean candidateBetter = a.effectiveFraction() >= b.effectiveFraction();
              return scenario.toBuilder()
                  .candidate(
                      NetroiDomain.builtAs(
                          candidateBetter ? a : b, withFabrics.fabric(OptionRole.CANDIDATE)))
                  .baseline(candidateBetter ? b : a)
                  .build();
            })
        .describedAs(Scenario::toString);
  }

  /** The option, or, if it is built as a fabric, the option stating the other's cost instead. */
  private static NetworkOption stated(NetworkOption option, NetworkOption other) {
    return option.fabric().isEmpty()
        ? option
        : option.withAnnualCostPerGpu(other.statedAnnualCostPerGpu().orElseThrow());
  }

  /** Edge cases every break-even property must meet. */
  private static Coverage<Scenario> breakEvenEdges() {
    return Coverage.<Scenario>of("scenarios with a break-even")
        .require("a candidate fabric", s -> s.fabric(OptionRole.CANDIDATE).isPresent())
        .require("a baseline fabric", s -> s.fabric(OptionRole.BASELINE).isPresent())
        .require("a zero discount rate", s -> lifetime(s).discountRate() == 0)
        .require("a negative discount rate", s -> lifetime(s).discountRate() < 0)
        .require("a one-year horizon", s -> lifetime(s).horizonYears() == 1)
        .require(
            "a GPU life below the horizon",
            s -> lifetime(s).gpuLifeYears() < lifetime(s).horizonYears())
        .require("a first-year ramp of 0", s -> lifetime(s).firstYearRamp() == 0);
  }

  // ------------------------------------------------------------------ break-evens

  /**
   * Paying the break-even network cost per GPU each year, all in, in place of the candidate's
   * network (its stated cost or its fabric) gives an upgrade NPV of zero.
   */
  @Test
  void theBreakEvenNetworkCostGivesAZeroUpgradeNpv() {
    Coverage<Scenario> edges = breakEvenEdges();
    qt().forAll(scenarios())
        .assuming(
            s ->
                discountsWithinRange(s)
                    && analyse(s).get(BREAK_EVEN_NETWORK_COST_PER_GPU).isSuccess())
        .checkAssert(
            scenario -> {
              edges.record(scenario);
              CalculationResults was = analyse(scenario);
              CurrencyAmount cost = was.value(BREAK_EVEN_NETWORK_COST_PER_GPU);
              Scenario breakEven =
                  withStatedCandidate(scenario, scenario.candidate().withAnnualCostPerGpu(cost));
              CalculationResults is = analyse(breakEven);

              assertThat(amount(is, UPGRADE_NPV))
                  .as("UpgradeNpv at a network cost of %s", cost)
                  .isCloseTo(0, within(tolerance(scenario, was, breakEven, is)));
            });
    edges.check();
  }

  /** The copy of {@link #withStatedCandidate} keeps every other part of the scenario. */
  @Test
  void aScenarioRebuiltWithItsOwnCandidateAndFabricIsEqual() {
    qt().forAll(scenarios())
        .checkAssert(
            scenario -> {
              assertThat(withStatedCandidate(scenario, scenario.candidate())).isEqualTo(scenario);
            });
  }

  /**
   * Selling at the break-even GPU-hour price, converted back to the pricing's unit of GPU time,
   * gives an upgrade net benefit of zero.
   */
  @Test
  void theBreakEvenGpuHourPriceGivesAZeroNetBenefit() {
    Coverage<Scenario> edges =
        breakEvenEdges()
            .require(
                "a price per GPU-minute",
                s -> s.pricing() instanceof PricingModel.PerGpuTime t && t.unit().seconds() == 60);
    qt().forAll(scenarios())
        .assuming(
            s -> discountsWithinRange(s) && analyse(s).get(BREAK_EVEN_GPU_HOUR_PRICE).isSuccess())
        .checkAssert(
            scenario -> {
              edges.record(scenario);
              CalculationResults was = analyse(scenario);
              PricingModel.PerGpuTime pricing = (PricingModel.PerGpuTime) scenario.pricing();
              double perHour = amount(was, BREAK_EVEN_GPU_HOUR_PRICE);
              double price = perHour * pricing.unit().seconds() / 3600;
              Scenario breakEven = scenario.with(InputPaths.PRICING_PRICE, price);
              CalculationResults is = analyse(breakEven);

              assertThat(amount(is, UPGRADE_NET_BENEFIT))
                  .as("UpgradeNetBenefit at %s per GPU-hour", perHour)
                  .isCloseTo(0, within(tolerance(scenario, was, breakEven, is)));
            });
    edges.check();
  }

  /**
   * Setting the candidate's effective fraction to the break-even one gives an upgrade NPV of zero,
   * whatever the throughput model (the collective model included).
   */
  @Test
  void theBreakEvenEffectiveFractionGivesAZeroUpgradeNpv() {
    Coverage<Scenario> edges =
        breakEvenEdges()
            .require("no throughput model", s -> s.throughputModel().isEmpty())
            .require(
                "an Amdahl model",
                s -> s.throughputModel().filter(m -> m.name().startsWith("amdahl")).isPresent())
            .require(
                "a collective model",
                s ->
                    s.throughputModel().filter(m -> m.name().startsWith("collective")).isPresent());
    qt().forAll(scenarios())
        .assuming(
            s ->
                discountsWithinRange(s)
                    && analyse(s).get(BREAK_EVEN_EFFECTIVE_FRACTION).isSuccess())
        .checkAssert(
            scenario -> {
              edges.record(scenario);
              CalculationResults was = analyse(scenario);
              double fraction = was.value(BREAK_EVEN_EFFECTIVE_FRACTION);
              Scenario breakEven = scenario.with(InputPaths.CANDIDATE_EFFECTIVE_FRACTION, fraction);
              CalculationResults is = analyse(breakEven);

              assertThat(amount(is, UPGRADE_NPV))
                  .as("UpgradeNpv at an effective fraction of %s", fraction)
                  .isCloseTo(0, within(tolerance(scenario, was, breakEven, is)));
            });
    edges.check();
  }

  // ------------------------------------------------------------------ NPV

  @Test
  void atARateOfZeroTheUpgradeNpvIsTheNetBenefit() {
    qt().forAll(scenarios())
        .checkAssert(
            scenario -> {
              Scenario undiscounted = scenario.with(InputPaths.LIFETIME_DISCOUNT_RATE, 0);
              CalculationResults results = analyse(undiscounted);
              if (!results.get(UPGRADE_NPV).isSuccess()) {
                return; // a fabric the fleet does not fit
              }
              double[] flows = results.value(UPGRADE_CASH_FLOWS).amounts();

              assertThat(amount(results, UPGRADE_NPV))
                  .isCloseTo(
                      amount(results, UPGRADE_NET_BENEFIT),
                      within(RELATIVE * discountedSize(flows, 0)));
            });
  }

  @Test
  void theUpgradeNpvIsTheDifferenceOfTheOptionsNpvs() {
    qt().forAll(scenarios())
        .assuming(LifetimeCalculatorsProperties::discountsWithinRange)
        .checkAssert(
            scenario -> {
              CalculationResults results = analyse(scenario);
              if (!results.get(UPGRADE_NPV).isSuccess()) {
                return; // a fabric the fleet does not fit
              }
              assertThat(amount(results, UPGRADE_NPV))
                  .isCloseTo(
                      amount(results, LIFETIME_NPV_CANDIDATE)
                          - amount(results, LIFETIME_NPV_BASELINE),
                      within(tolerance(scenario, results, scenario, results)));
            });
  }

  /** Whether the flows are a conventional investment: an outflow today, then inflows only. */
  private static boolean isConventional(double[] flows) {
    boolean inflow = false;
    for (int year = 1; year < flows.length; year++) {
      if (flows[year] < 0) {
        return false;
      }
      inflow |= flows[year] > 0;
    }
    return flows[0] < 0 && inflow;
  }

  /**
   * For a conventional investment (an outflow today, then inflows only) a higher rate discounts the
   * inflows more: the upgrade's NPV is strictly lower at a rate 0.01 to 1 higher. Strictly when the
   * difference expected from the flows exceeds rounding (1e-9 of their size), else not higher.
   */
  @Test
  void theUpgradeNpvOfAConventionalInvestmentFallsAsTheRateRises() {
    Coverage<Scenario> edges =
        Coverage.<Scenario>of("conventional upgrades")
            .require("a negative rate", s -> lifetime(s).discountRate() < 0)
            .require("a positive rate", s -> lifetime(s).discountRate() > 0);
    qt().forAll(investments(), NetroiDomain.decimals("0.01", "1", 2))
        .assuming(
            (s, step) -> {
              if (!discountsWithinRange(s)
                  || lifetime(s).discountRate() + step > Lifetime.MAX_DISCOUNT_RATE) {
                return false; // the higher rate must be a valid one
              }
              CalculationResults results = analyse(s);
              return results.get(UPGRADE_CASH_FLOWS).isSuccess()
                  && isConventional(results.value(UPGRADE_CASH_FLOWS).amounts());
            })
        .checkAssert(
            (scenario, step) -> {
              edges.record(scenario);
              double rate = lifetime(scenario).discountRate();
              CalculationResults low = analyse(scenario);
              CalculationResults high =
                  analyse(scenario.with(InputPaths.LIFETIME_DISCOUNT_RATE, rate + step));
              double[] flows = low.value(UPGRADE_CASH_FLOWS).amounts();
              double expectedDrop = 0;
              for (int year = 1; year < flows.length; year++) {
                expectedDrop +=
                    flows[year] * (Math.pow(1 + rate, -year) - Math.pow(1 + rate + step, -year));
              }
              double npvLow = amount(low, UPGRADE_NPV);
              double npvHigh = amount(high, UPGRADE_NPV);

              if (expectedDrop > RELATIVE * discountedSize(flows, rate)) {
                assertThat(npvHigh).as("NPV at %s + %s", rate, step).isLessThan(npvLow);
              } else {
                assertThat(npvHigh).as("NPV at %s + %s", rate, step).isLessThanOrEqualTo(npvLow);
              }
            });
    edges.check();
  }

  /** With the IRR as the discount rate the upgrade's NPV is zero, to 1e-9 of its flows. */
  @Test
  void atTheIrrTheUpgradeNpvIsZero() {
    Coverage<Scenario> edges =
        Coverage.<Scenario>of("upgrades with an IRR")
            .require("a negative IRR", s -> analyse(s).value(UPGRADE_IRR) < 0)
            .require("a positive IRR", s -> analyse(s).value(UPGRADE_IRR) > 0);
    qt().forAll(investments())
        .assuming(
            s -> {
              CalculationResults results = analyse(s);
              return results.get(UPGRADE_IRR).isSuccess()
                  && results.value(UPGRADE_IRR) <= Lifetime.MAX_DISCOUNT_RATE;
            })
        .checkAssert(
            scenario -> {
              edges.record(scenario);
              double irr = analyse(scenario).value(UPGRADE_IRR);
              CalculationResults atIrr =
                  analyse(scenario.with(InputPaths.LIFETIME_DISCOUNT_RATE, irr));
              double[] flows = atIrr.value(UPGRADE_CASH_FLOWS).amounts();

              // the flows do not depend on the rate; their NPV at the IRR is zero
              assertThat(flows).isEqualTo(analyse(scenario).value(UPGRADE_CASH_FLOWS).amounts());
              assertThat(amount(atIrr, UPGRADE_NPV))
                  .as("UpgradeNpv at the IRR %s", irr)
                  .isCloseTo(0, within(RELATIVE * discountedSize(flows, irr)));
            });
    edges.check();
  }

  // ------------------------------------------------------------------ TCO

  private static final List<List<Measure<CurrencyAmount>>> TCO_OF_EACH_OPTION =
      List.of(
          List.of(
              LIFETIME_GPU_COST_PER_GPU_CANDIDATE,
              LIFETIME_NETWORK_COST_PER_GPU_CANDIDATE,
              LIFETIME_POWER_COST_PER_GPU_CANDIDATE,
              LIFETIME_HOSTING_COST_PER_GPU_CANDIDATE,
              LIFETIME_TCO_PER_GPU_CANDIDATE,
              LIFETIME_TCO_FLEET_CANDIDATE,
              ANNUAL_TCO_PER_GPU_CANDIDATE,
              ANNUAL_TCO_FLEET_CANDIDATE),
          List.of(
              LIFETIME_GPU_COST_PER_GPU_BASELINE,
              LIFETIME_NETWORK_COST_PER_GPU_BASELINE,
              LIFETIME_POWER_COST_PER_GPU_BASELINE,
              LIFETIME_HOSTING_COST_PER_GPU_BASELINE,
              LIFETIME_TCO_PER_GPU_BASELINE,
              LIFETIME_TCO_FLEET_BASELINE,
              ANNUAL_TCO_PER_GPU_BASELINE,
              ANNUAL_TCO_FLEET_BASELINE));

  /**
   * The TCO per GPU is the sum of its four parts; the annual TCO times the horizon is the lifetime
   * TCO; a fleet figure is the per-GPU figure times the GPU count; each to 1e-12 relative.
   */
  @Test
  void theTcoAddsUpItsPartsOverTheYearsAndTheFleet() {
    qt().forAll(scenarios())
        .checkAssert(
            scenario -> {
              CalculationResults results = analyse(scenario);
              int horizon = lifetime(scenario).horizonYears();
              long gpus = scenario.fleet().count();
              for (List<Measure<CurrencyAmount>> m : TCO_OF_EACH_OPTION) {
                if (!results.get(m.get(4)).isSuccess()) {
                  continue; // a fabric the fleet does not fit
                }
                double gpu = amount(results, m.get(0));
                double network = amount(results, m.get(1));
                double power = amount(results, m.get(2));
                double hosting = amount(results, m.get(3));
                double perGpu = amount(results, m.get(4));

                assertThat(List.of(gpu, network, power, hosting)).allMatch(part -> part >= 0);
                assertThat(perGpu)
                    .as("%s", m.get(4))
                    .isCloseTo(gpu + network + power + hosting, within(1e-12 * perGpu));
                assertThat(amount(results, m.get(6)) * horizon)
                    .as("%s x %s years", m.get(6), horizon)
                    .isCloseTo(perGpu, within(1e-12 * perGpu));
                assertThat(amount(results, m.get(5)))
                    .as("%s", m.get(5))
                    .isCloseTo(perGpu * gpus, within(1e-12 * perGpu * gpus));
                assertThat(amount(results, m.get(7)))
                    .as("%s", m.get(7))
                    .isCloseTo(amount(results, m.get(6)) * gpus, within(1e-12 * perGpu * gpus));
              }
            });
  }

  /**
   * Energy and hosting are paid whatever is sold: a higher electricity price never lowers a TCO.
   */
  @Test
  void aHigherElectricityPriceNeverLowersTheTco() {
    qt().forAll(
            scenarios(), NetroiDomain.decimals("0", "0.5", 4), NetroiDomain.decimals("0", "0.5", 4))
        .checkAssert(
            (scenario, a, b) -> {
              InputPath price = InputPaths.LIFETIME_ELECTRICITY_PRICE_PER_KWH;
              CalculationResults cheap = analyse(scenario.with(price, Math.min(a, b)));
              CalculationResults dear = analyse(scenario.with(price, Math.max(a, b)));
              for (List<Measure<CurrencyAmount>> m : TCO_OF_EACH_OPTION) {
                for (Measure<CurrencyAmount> measure : m) {
                  if (cheap.get(measure).isSuccess()) {
                    assertThat(amount(dear, measure))
                        .as("%s at USD %s and %s per kWh", measure, a, b)
                        .isGreaterThanOrEqualTo(amount(cheap, measure));
                  }
                }
              }
            });
  }

  /**
   * The TCO does not depend on what is sold: selling more never raises a delivered GPU-hour's cost.
   */
  @Test
  void moreSoldUtilisationNeverRaisesTheCostPerDeliveredGpuHour() {
    Coverage<Double> utilisations =
        Coverage.<Double>of("lower utilisations")
            .require("zero", u -> u == 0)
            .require("one", u -> u == 1);
    qt().forAll(scenarios(), utilisations(), utilisations())
        .checkAssert(
            (scenario, a, b) -> {
              double low = Math.min(a, b);
              double high = Math.max(a, b);
              utilisations.record(low);
              CalculationResults less = analyse(withUtilisation(scenario, low));
              CalculationResults more = analyse(withUtilisation(scenario, high));
              for (Measure<CurrencyAmount> cost :
                  List.of(
                      COST_PER_DELIVERED_GPU_HOUR_CANDIDATE,
                      COST_PER_DELIVERED_GPU_HOUR_BASELINE)) {
                if (less.get(cost).isSuccess()) {
                  assertThat(amount(more, cost))
                      .as("%s at a utilisation of %s and %s", cost, low, high)
                      .isLessThanOrEqualTo(amount(less, cost));
                }
              }
            });
  }

  /** Utilisations of exactly 0 and exactly 1 (each one try in six), else in [0, 1]. */
  private static Gen<Double> utilisations() {
    return NetroiDomain.weighted(
        1,
        NetroiDomain.weighted(1, Generate.constant(0.0), 1, Generate.constant(1.0)),
        2,
        NetroiDomain.decimals("0", "1", 4));
  }

  private static Scenario withUtilisation(Scenario scenario, double utilisation) {
    return scenario.toBuilder().fleet(scenario.fleet().withSoldUtilisation(utilisation)).build();
  }

  // ------------------------------------------------------------------ paybacks

  /**
   * For a conventional investment at a rate of zero or more, the discounted payback is never
   * earlier than the simple one: discounting shrinks the later inflows.
   */
  @Test
  void theDiscountedPaybackOfAConventionalInvestmentIsNotEarlier() {
    qt().forAll(investments())
        .assuming(
            s -> {
              CalculationResults results = analyse(s);
              return lifetime(s).discountRate() >= 0
                  && results.get(UPGRADE_PAYBACK_MONTHS).isSuccess()
                  && results.get(UPGRADE_DISCOUNTED_PAYBACK_MONTHS).isSuccess()
                  && isConventional(results.value(UPGRADE_CASH_FLOWS).amounts());
            })
        .checkAssert(
            scenario -> {
              CalculationResults results = analyse(scenario);
              assertThat(results.value(UPGRADE_DISCOUNTED_PAYBACK_MONTHS))
                  .isGreaterThanOrEqualTo(results.value(UPGRADE_PAYBACK_MONTHS));
            });
  }

  /**
   * At the payback, interpolated linearly within its year, the cumulative flow is zero (to 1e-9 of
   * the flows), it is negative at the end of the year before and never negative after: the same for
   * the discounted payback on the present values.
   */
  @Test
  void atThePaybackTheCumulativeFlowIsZeroAndStaysNonNegative() {
    Coverage<Double> paybacks =
        Coverage.<Double>of("paybacks in years")
            .require("zero", years -> years == 0)
            .require("within year 1", years -> years > 0 && years <= 1)
            .require("after year 1", years -> years > 1);
    qt().forAll(NetroiDomain.weighted(1, scenarios(), 1, investments()))
        .checkAssert(
            scenario -> {
              CalculationResults results = analyse(scenario);
              if (!results.get(UPGRADE_CASH_FLOWS).isSuccess()) {
                return; // a fabric the fleet does not fit
              }
              double[] flows = results.value(UPGRADE_CASH_FLOWS).amounts();
              double rate = lifetime(scenario).discountRate();
              double[] present = new double[flows.length];
              for (int year = 0; year < flows.length; year++) {
                present[year] = flows[year] / Math.pow(1 + rate, year);
              }
              checkPayback(results, UPGRADE_PAYBACK_MONTHS, flows, paybacks);
              if (discountsWithinRange(scenario)) { // else (1 + rate)^year underflows to 0
                checkPayback(results, UPGRADE_DISCOUNTED_PAYBACK_MONTHS, present, paybacks);
              }
            });
    paybacks.check();
  }

  private static void checkPayback(
      CalculationResults results,
      Measure<Double> measure,
      double[] flows,
      Coverage<Double> paybacks) {
    double tolerance = RELATIVE * discountedSize(flows, 0);
    double[] cumulative = new double[flows.length];
    double sum = 0;
    for (int year = 0; year < flows.length; year++) {
      sum += flows[year];
      cumulative[year] = sum;
    }
    if (!results.get(measure).isSuccess()) {
      // no payback: the cumulative flow is negative at the end
      assertThat(cumulative[flows.length - 1]).as("%s", measure).isLessThan(tolerance);
      return;
    }
    double years = results.value(measure) / 12;
    paybacks.record(years);
    if (years == 0) {
      for (double c : cumulative) {
        assertThat(c)
            .as("%s of 0: cumulative flows %s", measure, cumulative)
            .isGreaterThan(-tolerance);
      }
      return;
    }
    int before = (int) Math.ceil(years) - 1; // the year whose end the payback follows
    double share = years - before; // of the next year, in (0, 1]
    assertThat(before).isBetween(0, flows.length - 2);
    assertThat(cumulative[before] + share * flows[before + 1])
        .as("%s: cumulative flow at %s years", measure, years)
        .isCloseTo(0, within(tolerance));
    assertThat(cumulative[before]).as("%s: cumulative flow before", measure).isLessThan(tolerance);
    for (int year = before + 1; year < flows.length; year++) {
      assertThat(cumulative[year])
          .as("%s: cumulative flow of year %s after", measure, year)
          .isGreaterThan(-tolerance);
    }
  }

  // ------------------------------------------------------------------ batch path

  /** The lifetime measures the batch path computes: all but the UpgradeCashFlows series. */
  private static final List<Measure<?>> LIFETIME_SCALAR_MEASURES =
      BatchEquivalence.scalar(
          Measures.all()
              .subList(
                  Measures.all().indexOf(LIFETIME_GPU_COST_PER_GPU_CANDIDATE),
                  Measures.all().size()));

  /**
   * On scenarios that all have lifetime terms, the batch path gives every lifetime measure the
   * audited value to the bit, or its failure reason, computing every row in blocks.
   */
  @Test
  void theBatchPathGivesTheAuditedLifetimeFigures() {
    PropertyChecks.qtOverBatches(300)
        .forAll(scenarios(), BatchEquivalence.seeds())
        .checkAssert(
            (scenario, seed) ->
                BatchEquivalence.check(
                    ENGINE.withBlockSize(BatchEquivalence.blockSize(seed)),
                    scenario,
                    BatchEquivalence.columns(scenario, seed),
                    LIFETIME_SCALAR_MEASURES,
                    2,
                    true));
  }
}
