package dev.netroi.benchmarks;

import dev.netroi.PricingModel;
import dev.netroi.Scenario;
import dev.netroi.calc.CalculationResults;
import dev.netroi.calc.Measure;
import dev.netroi.calc.Measures;
import dev.netroi.calc.Result;
import dev.netroi.engine.CalculationEngine;
import dev.netroi.engine.CalculatorRegistry;
import dev.netroi.reference.ReferenceArgument;
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
 *   <li>{@link #calculateAll()}: every built-in measure, as {@code Netroi.analyse} computes them;
 *   <li>{@link #calculateBenefitCostRatio()}: the benefit-cost ratio and the calculators it needs;
 *   <li>{@link #handWrittenBenefitCostRatio()}: price per GPU-minute x minutes per year x
 *       (candidate fraction - baseline fraction) / network cost per GPU-year, from the scenario's
 *       inputs.
 * </ul>
 *
 * <p>{@link #calculateAll()} includes five failed results: the reference scenario's options cost
 * the same, so its ROI is undefined, and it describes no fabric, so the four fabric measures are
 * missing input. {@link #setUp()} fails the run unless the engine fails exactly those and the
 * hand-written ratio equals the engine's within one ulp, so that every run measures the same work
 * and the baseline computes what the engine computes.
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
    annualCostPerGpu = scenario.candidate().annualCostPerGpu().amount();

    CalculationResults all = calculateAll();
    List<Measure<?>> failed = all.failures().stream().<Measure<?>>map(Result::measure).toList();
    List<Measure<?>> expected =
        List.of(
            Measures.ROI,
            Measures.FABRIC_CAPEX_PER_GPU_CANDIDATE,
            Measures.FABRIC_CAPEX_PER_GPU_BASELINE,
            Measures.FABRIC_POWER_PER_GPU_CANDIDATE,
            Measures.FABRIC_POWER_PER_GPU_BASELINE);
    if (!failed.equals(expected)) {
      throw new IllegalStateException(
          "the engine should fail "
              + expected
              + " (Roi undefined: both options cost the same; no fabric) but failed "
              + all.failures());
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
