package dev.netroi.benchmarks;

import dev.netroi.InputPath;
import dev.netroi.InputPaths;
import dev.netroi.PricingModel;
import dev.netroi.Scenario;
import dev.netroi.calc.Measure;
import dev.netroi.calc.Measures;
import dev.netroi.engine.BatchResults;
import dev.netroi.engine.CalculationEngine;
import dev.netroi.engine.CalculatorRegistry;
import dev.netroi.reference.ReferenceArgument;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine's batch path against a hand-written loop over the same primitive arrays: the
 * benefit-cost ratio of the reference scenario ({@link ReferenceArgument#mixtral()}) for ten
 * million variants with four inputs varied (price per GPU-hour, both effective fractions, the
 * candidate's annual network cost per GPU), and a 1,000 x 1,000 grid of price x candidate effective
 * fraction.
 *
 * <ul>
 *   <li>{@link #batchOneThread()} and {@link #batchAllCores()}: {@code CalculationEngine.batch}
 *       with parallelism 1 and with every available processor;
 *   <li>{@link #handWrittenLoop()}: one thread, one pass, the engine's arithmetic written out:
 *       (price x hours per year x candidate fraction - price x hours per year x baseline fraction)
 *       / candidate cost, each row checked for a zero cost, into a new array, as the batch returns
 *       a new column;
 *   <li>{@link #readColumnsInBlocks()}: the least any engine that works in blocks must do before it
 *       computes anything: read the four columns block by block, as {@code batch} does (4,096 rows,
 *       one column after the other), and check each value against its input rule's bounds. It
 *       measures the floor under {@link #batchOneThread()}, in the same run;
 *   <li>{@link #gridAllCores()}: the grid's million rows on every core.
 * </ul>
 *
 * <p>The heap is touched when the JVM starts ({@code -XX:+AlwaysPreTouch}): without it, the first
 * writes into the ten-million-row result columns fault pages in, and the scores of the first
 * iterations vary by a factor of three on a virtual machine.
 *
 * <p>{@link #setUp()} fails the run unless the batch and the loop agree on every row to the bit and
 * no row fails, so that both sides do the same work.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class BatchBenchmark {

  /** The rows of a block of the batch path (its {@code BatchRun.BLOCK_SIZE}). */
  private static final int BLOCK = 4096;

  /** Rows of the four-column batch. */
  @Param("10000000")
  public int rows;

  private CalculationEngine engine;
  private Scenario base;
  private List<Measure<?>> ratio;
  private int cores;

  private double unitsPerYear;
  private double[] price;
  private double[] candidateFraction;
  private double[] baselineFraction;
  private double[] candidateCost;
  private double[] lowests;
  private double[] highests;
  private Map<InputPath, double[]> columns;
  private Map<InputPath, double[]> grid;

  /** Draws the columns and checks that the batch and the loop agree. */
  @Setup
  public void setUp() {
    engine = CalculationEngine.of(CalculatorRegistry.builtIns());
    base = ReferenceArgument.mixtral();
    if (!(base.pricing() instanceof PricingModel.PerGpuTime)
        || base.yearBasis().days() != 365
        || base.fleet().soldUtilisation().isPresent()
        || base.throughputModel().isPresent()) {
      throw new IllegalStateException("the hand-written loop assumes " + base);
    }
    ratio = List.of(Measures.BENEFIT_COST_RATIO);
    unitsPerYear = 365 * 86_400.0 / ((PricingModel.PerGpuTime) base.pricing()).unit().seconds();
    double basePrice = base.valueAt(InputPaths.PRICING_PRICE);
    cores = Runtime.getRuntime().availableProcessors();
    SplittableRandom random = new SplittableRandom(20240228);
    price = new double[rows];
    candidateFraction = new double[rows];
    baselineFraction = new double[rows];
    candidateCost = new double[rows];
    for (int row = 0; row < rows; row++) {
      price[row] = basePrice * (0.5 + random.nextDouble());
      candidateFraction[row] = 0.80 + 0.20 * random.nextDouble();
      baselineFraction[row] = 0.40 + 0.40 * random.nextDouble();
      candidateCost[row] = 2000 + 8000 * random.nextDouble();
    }
    columns =
        Map.of(
            InputPaths.PRICING_PRICE, price,
            InputPaths.CANDIDATE_EFFECTIVE_FRACTION, candidateFraction,
            InputPaths.BASELINE_EFFECTIVE_FRACTION, baselineFraction,
            InputPaths.CANDIDATE_ANNUAL_COST_PER_GPU, candidateCost);
    InputPath[] read = {
      InputPaths.PRICING_PRICE,
      InputPaths.CANDIDATE_EFFECTIVE_FRACTION,
      InputPaths.BASELINE_EFFECTIVE_FRACTION,
      InputPaths.CANDIDATE_ANNUAL_COST_PER_GPU
    };
    lowests = new double[read.length];
    highests = new double[read.length];
    for (int i = 0; i < read.length; i++) {
      lowests[i] = base.inputRule(read[i]).lowest();
      highests[i] = base.inputRule(read[i]).highest();
    }
    int side = 1000;
    double[] gridPrice = new double[side * side];
    double[] gridFraction = new double[side * side];
    for (int i = 0; i < side; i++) {
      for (int j = 0; j < side; j++) {
        gridPrice[i * side + j] = basePrice * (0.25 + 1.75 * i / (side - 1));
        gridFraction[i * side + j] = 0.5 + 0.5 * j / (side - 1);
      }
    }
    grid =
        Map.of(
            InputPaths.PRICING_PRICE, gridPrice,
            InputPaths.CANDIDATE_EFFECTIVE_FRACTION, gridFraction);

    double[] byEngine = batchAllCores().values(Measures.BENEFIT_COST_RATIO);
    double[] byHand = handWrittenLoop();
    for (int row = 0; row < rows; row++) {
      if (Double.compare(byEngine[row], byHand[row]) != 0) {
        throw new IllegalStateException(
            "row " + row + ": engine " + byEngine[row] + ", hand-written " + byHand[row]);
      }
    }
    if (readColumnsInBlocks() != 0) {
      throw new IllegalStateException("a column has values outside their bounds");
    }
    if (gridAllCores().failureCount(Measures.BENEFIT_COST_RATIO) != 0) {
      throw new IllegalStateException("the grid has failed rows");
    }
  }

  /**
   * The batch on the calling thread only.
   *
   * @return the results
   */
  @Benchmark
  public BatchResults batchOneThread() {
    return engine.batch(base, columns, ratio, 1);
  }

  /**
   * The batch on every available processor.
   *
   * @return the results
   */
  @Benchmark
  public BatchResults batchAllCores() {
    return engine.batch(base, columns, ratio, cores);
  }

  /**
   * The same ratios by hand, on one thread.
   *
   * @return the ratios
   */
  @Benchmark
  public double[] handWrittenLoop() {
    double[] out = new double[rows];
    for (int row = 0; row < rows; row++) {
      double cost = candidateCost[row];
      if (cost == 0) {
        throw new IllegalStateException("row " + row + " has no cost");
      }
      double theoretical = price[row] * unitsPerYear;
      double uplift = theoretical * candidateFraction[row] - theoretical * baselineFraction[row];
      out[row] = uplift / cost;
    }
    return out;
  }

  /**
   * The four columns read block by block and checked against the bounds of their input rules, as
   * the batch path reads them; nothing computed.
   *
   * @return the number of values outside their bounds (zero: the columns are valid)
   */
  @Benchmark
  @SuppressWarnings("ShortCircuitBoolean") // & as the engine writes it: no branch in the row loop
  public int readColumnsInBlocks() {
    double[][] read = {price, candidateFraction, baselineFraction, candidateCost};
    double[] block = new double[BLOCK];
    int outside = 0;
    for (int start = 0; start < rows; start += BLOCK) {
      int end = Math.min(rows, start + BLOCK);
      for (int i = 0; i < read.length; i++) {
        double[] column = read[i];
        double lowest = lowests[i];
        double highest = highests[i];
        for (int row = start; row < end; row++) {
          double value = column[row] + 0.0;
          block[row - start] = value;
          outside += value >= lowest & value <= highest ? 0 : 1;
        }
      }
    }
    return outside;
  }

  /**
   * The 1,000 x 1,000 grid of price x candidate effective fraction, on every core.
   *
   * @return the results
   */
  @Benchmark
  public BatchResults gridAllCores() {
    return engine.batch(base, grid, ratio, cores);
  }
}
