package dev.netroi.testkit;

import static org.assertj.core.api.Assertions.fail;

import dev.netroi.Bandwidth;
import dev.netroi.CurrencyAmount;
import dev.netroi.InputPath;
import dev.netroi.InputRule;
import dev.netroi.Scenario;
import dev.netroi.calc.CalculationResults;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Measure;
import dev.netroi.calc.Result;
import dev.netroi.engine.BatchResults;
import dev.netroi.engine.CalculationEngine;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The equivalence of the engine's two paths: a batch gives, for every row and measure, the value
 * (bit for bit) and the failure reason that {@link CalculationEngine#calculate} gives for the row's
 * scenario; a row whose inputs break a rule fails every measure as {@link
 * FailureReason#INVALID_INPUT}, exactly when building its scenario fails.
 *
 * <pre>{@code
 * qt().forAll(NetroiDomain.scenarios(), BatchEquivalence.seeds())
 *     .checkAssert((base, seed) -> BatchEquivalence.check(
 *         engine.withBlockSize(BatchEquivalence.blockSize(seed)), base,
 *         BatchEquivalence.columns(base, seed),
 *         BatchEquivalence.scalar(engine.registry().measures()), 2));
 * }</pre>
 */
public final class BatchEquivalence {

  private BatchEquivalence() {}

  /**
   * Returns seeds for {@link #columns(Scenario, long)}: a property draws one per example, and a
   * failing example is reproduced from its seed.
   *
   * @return the generator
   */
  public static Gen<Long> seeds() {
    return Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE);
  }

  /**
   * Returns the rows per block for a batch drawn from a seed: 1, 2, 3, 7, 8 or 16 (five tries in
   * six), so that batches of {@link #columns(Scenario, long) 1 to 50 rows} span several blocks, or
   * the engine's default (one in six). Give it to the engine with {@link
   * CalculationEngine#withBlockSize(int)}; the results must not depend on it.
   *
   * @param seed the seed, the one given to {@link #columns(Scenario, long)}
   * @return the block size
   */
  public static int blockSize(long seed) {
    int[] small = {1, 2, 3, 7, 8, 16};
    // not the columns' stream: the same seed gives independent columns and block sizes
    Random random = new Random(~seed);
    return random.nextInt(6) == 0
        ? CalculationEngine.DEFAULT_BLOCK_SIZE
        : small[random.nextInt(small.length)];
  }

  /**
   * Builds input columns for a base scenario from a seed: one to four of its inputs, 1 to 50 rows
   * (with {@link #blockSize(long) small blocks}, such rows span blocks). A row's value is the base
   * value (40 %), the base value scaled by 0.5 to 1.5 (30 %), a bound of the input's rule (10 %),
   * zero (10 %, often invalid) or a value the rule refuses (10 %: beyond a bound, not whole for a
   * count, NaN or an infinity).
   *
   * @param base the scenario whose inputs vary
   * @param seed the seed
   * @return the columns, by path, all of one length
   */
  public static Map<InputPath, double[]> columns(Scenario base, long seed) {
    Random random = new Random(seed);
    List<InputPath> paths = new ArrayList<>(base.inputPaths());
    Collections.shuffle(paths, random);
    int varied = 1 + random.nextInt(Math.min(4, paths.size()));
    int rows = 1 + random.nextInt(50);
    Map<InputPath, double[]> columns = new LinkedHashMap<>();
    for (InputPath path : paths.subList(0, varied)) {
      InputRule rule = base.inputRule(path);
      double value = base.valueAt(path);
      double[] column = new double[rows];
      for (int row = 0; row < rows; row++) {
        column[row] = draw(random, rule, value);
      }
      columns.put(path, column);
    }
    return columns;
  }

  private static double draw(Random random, InputRule rule, double value) {
    int choice = random.nextInt(10);
    double drawn;
    if (choice < 4) {
      drawn = value;
    } else if (choice < 7) {
      drawn = value * (0.5 + random.nextDouble());
      if (rule.isWholeNumbers()) {
        drawn = Math.max(1, Math.rint(drawn));
      }
    } else if (choice == 7) {
      boolean low = random.nextBoolean();
      double bound = low ? rule.low() : rule.high();
      boolean inclusive = low ? rule.isLowInclusive() : rule.isHighInclusive();
      drawn = inclusive ? bound : low ? Math.nextUp(bound) : Math.nextDown(bound);
      if (rule.isWholeNumbers()) {
        drawn = low ? Math.ceil(drawn + (inclusive ? 0 : 1e-9)) : 1e15;
      }
    } else if (choice == 8) {
      drawn = 0;
    } else {
      double[] refused = {
        Double.NaN,
        Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY,
        rule.isLowInclusive() ? Math.nextDown(rule.low()) : rule.low(),
        rule.isWholeNumbers() ? value + 0.5 : Math.nextUp(rule.high()),
        -value
      };
      drawn = refused[random.nextInt(refused.length)];
    }
    return drawn;
  }

  /**
   * Runs a batch and checks every row and measure against the audited path, and the copies of its
   * columns ({@link BatchResults#values(Measure, double)}) against its cells.
   *
   * @param engine the engine
   * @param base the base scenario
   * @param columns the input columns
   * @param measures the measures
   * @param parallelism the batch's parallelism
   * @return the batch's results, for further checks
   * @throws AssertionError naming the row, the measure, the row's scenario and both outcomes, if
   *     the paths disagree
   */
  public static BatchResults check(
      CalculationEngine engine,
      Scenario base,
      Map<InputPath, double[]> columns,
      List<? extends Measure<?>> measures,
      int parallelism) {
    return check(engine, base, columns, measures, parallelism, false);
  }

  /**
   * Runs a batch and checks every row and measure against the audited path; first that no
   * calculator threw ({@code BatchResults.errors()}) and, with {@code blocksOnly}, that no row was
   * computed through the audited path (every calculator of the engine is a {@code RowCalculator}).
   * Those checks come first because they are cheap: a broken calculator fails at once.
   *
   * @param engine the engine
   * @param base the base scenario
   * @param columns the input columns
   * @param measures the measures
   * @param parallelism the batch's parallelism
   * @param blocksOnly whether every row must be computed in blocks
   * @return the batch's results, for further checks
   * @throws AssertionError if a row was computed one by one where none should be, or the paths
   *     disagree
   */
  public static BatchResults check(
      CalculationEngine engine,
      Scenario base,
      Map<InputPath, double[]> columns,
      List<? extends Measure<?>> measures,
      int parallelism,
      boolean blocksOnly) {
    BatchResults batch = engine.batch(base, columns, measures, parallelism);
    if (!batch.errors().isEmpty()) {
      fail("calculators threw on the batch path of %s: %s", base, batch.errors());
    }
    if (blocksOnly && batch.rowByRowEvaluations() != 0) {
      fail(
          "%d rows of %s were computed one by one, through the audited path",
          batch.rowByRowEvaluations(), base);
    }
    for (int row = 0; row < batch.size(); row++) {
      Optional<Scenario> scenario = scenarioOf(base, columns, row);
      if (scenario.isEmpty()) {
        for (Measure<?> measure : measures) {
          if (!batch.failureReason(measure, row).equals(Optional.of(FailureReason.INVALID_INPUT))) {
            fail(
                "row %d of %s breaks an input rule, but the batch gave %s for %s",
                row, describe(columns, row), batch.failureReason(measure, row), measure);
          }
        }
        continue;
      }
      CalculationResults audited = engine.calculate(scenario.get(), measures);
      for (Measure<?> measure : measures) {
        Result<?> expected = audited.get(measure);
        if (expected.isSuccess()) {
          double value = number(expected.figure().value());
          if (!batch.isSuccess(measure, row)
              || Double.doubleToLongBits(batch.value(measure, row))
                  != Double.doubleToLongBits(value)) {
            fail(
                "%s in row %d (%s): audited %s (%s), batch %s",
                measure,
                row,
                scenario.get(),
                value,
                Double.toHexString(value),
                batch.isSuccess(measure, row)
                    ? batch.value(measure, row)
                        + " ("
                        + Double.toHexString(batch.value(measure, row))
                        + ")"
                    : batch.failureReason(measure, row));
          }
        } else {
          FailureReason reason = ((Result.Failure<?>) expected).reason();
          if (!batch.failureReason(measure, row).equals(Optional.of(reason))) {
            fail(
                "%s in row %d (%s): audited failure %s, batch %s",
                measure,
                row,
                scenario.get(),
                expected,
                batch.isSuccess(measure, row)
                    ? batch.value(measure, row)
                    : batch.failureReason(measure, row));
          }
        }
      }
    }
    checkCopies(batch, measures);
    return batch;
  }

  /**
   * Checks the batch's copies of its columns against its cells: {@link BatchResults#values(Measure,
   * double)} has each computed row's {@link BatchResults#value(Measure, int) value} and the given
   * number in each failed row, in every block.
   */
  private static void checkCopies(BatchResults batch, List<? extends Measure<?>> measures) {
    double ifFailed = -0.125; // a number no figure is compared with: every row is checked
    for (Measure<?> measure : measures) {
      double[] copy = batch.values(measure, ifFailed);
      if (copy.length != batch.size()) {
        fail("values(%s, ifFailed) has %d rows, the batch %d", measure, copy.length, batch.size());
      }
      for (int row = 0; row < copy.length; row++) {
        double expected = batch.isSuccess(measure, row) ? batch.value(measure, row) : ifFailed;
        if (Double.doubleToLongBits(copy[row]) != Double.doubleToLongBits(expected)) {
          fail(
              "values(%s, %s) has %s in row %d of %d, the cell %s",
              measure,
              ifFailed,
              copy[row],
              row,
              copy.length,
              batch.isSuccess(measure, row) ? expected : batch.failureReason(measure, row));
        }
      }
    }
  }

  /**
   * Returns whether the batch path computes a measure: whether its values are numbers ({@link
   * CurrencyAmount}, {@link Bandwidth} or {@link Double}). The batch path refuses any other, such
   * as the {@code CashFlows} series of {@code UpgradeCashFlows}, so a batch that asks for "every
   * measure" asks for {@link #scalar(Collection) the scalar ones}.
   *
   * @param measure the measure
   * @return true if its unit's value type is a number the batch path holds as a double
   */
  public static boolean isScalar(Measure<?> measure) {
    Class<?> type = measure.unit().valueType();
    return type == CurrencyAmount.class || type == Bandwidth.class || type == Double.class;
  }

  /**
   * Returns the measures the batch path computes, in their order: those that {@link
   * #isScalar(Measure) are scalar}.
   *
   * @param measures the measures
   * @return the scalar ones
   */
  public static List<Measure<?>> scalar(Collection<? extends Measure<?>> measures) {
    List<Measure<?>> scalar = new ArrayList<>();
    for (Measure<?> measure : measures) {
      if (isScalar(measure)) {
        scalar.add(measure);
      }
    }
    return scalar;
  }

  /** The row's scenario built as a user would, or empty when an input breaks a rule. */
  private static Optional<Scenario> scenarioOf(
      Scenario base, Map<InputPath, double[]> columns, int row) {
    Scenario scenario = base;
    try {
      for (Map.Entry<InputPath, double[]> column : columns.entrySet()) {
        scenario = scenario.with(column.getKey(), column.getValue()[row]);
      }
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return Optional.of(scenario);
  }

  private static String describe(Map<InputPath, double[]> columns, int row) {
    StringBuilder text = new StringBuilder();
    for (Map.Entry<InputPath, double[]> column : columns.entrySet()) {
      text.append(column.getKey()).append('=').append(column.getValue()[row]).append(' ');
    }
    return text.toString().trim();
  }

  private static double number(Object value) {
    if (value instanceof CurrencyAmount amount) {
      return amount.amount();
    }
    if (value instanceof Bandwidth bandwidth) {
      return bandwidth.gbps();
    }
    return (Double) value;
  }
}
