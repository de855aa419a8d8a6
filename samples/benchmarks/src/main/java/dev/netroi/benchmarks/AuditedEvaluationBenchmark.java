package dev.netroi.benchmarks;

import dev.netroi.CurrencyAmount;
import dev.netroi.Lifetime;
import dev.netroi.PricingModel;
import dev.netroi.Scenario;
import dev.netroi.calc.CalculationResults;
import dev.netroi.calc.Measure;
import dev.netroi.calc.Measures;
import dev.netroi.calc.Result;
import dev.netroi.engine.CalculationEngine;
import dev.netroi.engine.CalculatorRegistry;
import dev.netroi.reference.ReferenceArgument;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The audited evaluation of the reference scenario ({@link ReferenceArgument#mixtral()}) by the
 * engine over the built-in calculators, against the same benefit-cost ratio computed by hand over
 * doubles: the baseline shows what the engine's plan, figures and explanations cost.
 *
 * <ul>
 *   <li>{@link #calculateAll()}: every built-in measure, as {@code Netroi.calculateAll} computes
 *       them;
 *   <li>{@link #calculateBenefitCostRatio()}: the benefit-cost ratio and the calculators it needs;
 *   <li>{@link #handWrittenBenefitCostRatio()}: price per GPU-minute x minutes per year x
 *       (candidate fraction - baseline fraction) / network cost per GPU-year, from the scenario's
 *       inputs.
 * </ul>
 *
 * <p>{@link #calculateAll()} includes 36 failed results: the reference scenario's options cost the
 * same, so its ROI is undefined, it describes no fabric, so the four fabric measures are missing
 * input, and it has no lifetime terms, so the 31 lifetime measures are missing input. {@link
 * #calculateAllWithLifetime()} adds lifetime terms: then the token costs (GPU-time pricing) and the
 * IRR (no capex: every flow is zero or positive) fail too. {@link #setUp()} fails the run unless
 * the engine fails exactly those and the hand-written ratio equals the engine's within one ulp, so
 * that every run measures the same work and the baseline computes what the engine computes.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class AuditedEvaluationBenchmark {

  private static final double MINUTES_PER_DAY = 24 * 60;

  private CalculationEngine engine;
  private Scenario scenario;
  private Scenario withLifetime;
  private List<Measure<?>> benefitCostRatioOnly;

  // the hand-written baseline's inputs: fields, so that the JIT cannot fold the ratio to a constant
  private double pricePerGpuMinute;
  private double minutesPerYear;
  private double candidateFraction;
  private double baselineFraction;
  private double annualCostPerGpu;

  /**
   * Builds the engine and the scenario, reads the baseline's inputs from the scenario and checks
   * that the baseline computes what the engine computes.
   *
   * @throws IllegalStateException if the engine fails a measure other than ROI or the two ratios
   *     differ
   */
  @Setup
  public void setUp() {
    engine = CalculationEngine.of(CalculatorRegistry.builtIns());
    scenario = ReferenceArgument.mixtral();
    benefitCostRatioOnly = List.of(Measures.BENEFIT_COST_RATIO);

    pricePerGpuMinute = ((PricingModel.PerGpuTime) scenario.pricing()).price().amount();
    minutesPerYear = scenario.yearBasis().days() * MINUTES_PER_DAY;
    candidateFraction = scenario.candidate().effectiveFraction();
    baselineFraction = scenario.baseline().effectiveFraction();
    annualCostPerGpu = scenario.candidate().statedAnnualCostPerGpu().orElseThrow().amount();

    CalculationResults all = calculateAll();
    List<Measure<?>> failed = all.failures().stream().<Measure<?>>map(Result::measure).toList();
    List<Measure<?>> expected = new ArrayList<>();
    expected.addAll(
        List.of(
            Measures.ROI,
            Measures.FABRIC_CAPEX_PER_GPU_CANDIDATE,
            Measures.FABRIC_CAPEX_PER_GPU_BASELINE,
            Measures.FABRIC_POWER_PER_GPU_CANDIDATE,
            Measures.FABRIC_POWER_PER_GPU_BASELINE));
    expected.addAll(lifetimeMeasures());
    if (!failed.equals(expected)) {
      throw new IllegalStateException(
          "the engine should fail "
              + expected
              + " (Roi undefined: both options cost the same; no fabric; no lifetime terms) but"
              + " failed "
              + all.failures());
    }
    withLifetime =
        scenario.toBuilder()
            .lifetime(
                Lifetime.builder()
                    .horizonYears(5)
                    .discountRate(0.08)
                    .gpuWatts(1275)
                    .electricityPricePerKwh(CurrencyAmount.of("USD", "0.0806"))
                    .firstYearRamp(0.75)
                    .build())
            .build();
    List<Measure<?>> lifetimeFailed =
        engine.calculateAll(withLifetime).failures().stream()
            .<Measure<?>>map(Result::measure)
            .toList();
    List<Measure<?>> lifetimeExpected =
        List.of(
            Measures.ROI,
            Measures.FABRIC_CAPEX_PER_GPU_CANDIDATE,
            Measures.FABRIC_CAPEX_PER_GPU_BASELINE,
            Measures.FABRIC_POWER_PER_GPU_CANDIDATE,
            Measures.FABRIC_POWER_PER_GPU_BASELINE,
            Measures.COST_PER_MILLION_TOKENS_CANDIDATE,
            Measures.COST_PER_MILLION_TOKENS_BASELINE,
            Measures.UPGRADE_IRR);
    if (!lifetimeFailed.equals(lifetimeExpected)) {
      throw new IllegalStateException(
          "with lifetime terms the engine should fail "
              + lifetimeExpected
              + " but failed "
              + lifetimeFailed);
    }
    double byEngine = calculateBenefitCostRatio().value(Measures.BENEFIT_COST_RATIO);
    double byHand = handWrittenBenefitCostRatio();
    if (!(Math.abs(byHand - byEngine) <= Math.ulp(byEngine))) {
      throw new IllegalStateException(
          "the hand-written benefit-cost ratio "
              + byHand
              + " differs from the engine's "
              + byEngine
              + " by more than one ulp");
    }
  }

  /**
   * Calculates every built-in measure of the reference scenario.
   *
   * @return the results
   */
  @Benchmark
  public CalculationResults calculateAll() {
    return engine.calculateAll(scenario);
  }

  /** The lifetime measures: every built-in measure from the first lifetime one on. */
  private static List<Measure<?>> lifetimeMeasures() {
    List<Measure<?>> all = Measures.all();
    return all.subList(all.indexOf(Measures.LIFETIME_GPU_COST_PER_GPU_CANDIDATE), all.size());
  }

  /**
   * Calculates every built-in measure of the reference scenario with lifetime terms (5 years at 8
   * %, stated network costs): 61 measures, 53 figures, the break-even effective fraction's
   * bisection included.
   *
   * @return the results
   */
  @Benchmark
  public CalculationResults calculateAllWithLifetime() {
    return engine.calculateAll(withLifetime);
  }

  /**
   * Calculates the benefit-cost ratio of the reference scenario.
   *
   * @return the results, one measure
   */
  @Benchmark
  public CalculationResults calculateBenefitCostRatio() {
    return engine.calculate(scenario, benefitCostRatioOnly);
  }

  /**
   * Computes the benefit-cost ratio by hand: the baseline.
   *
   * @return the ratio
   */
  @Benchmark
  public double handWrittenBenefitCostRatio() {
    return pricePerGpuMinute
        * minutesPerYear
        * (candidateFraction - baselineFraction)
        / annualCostPerGpu;
  }
}
