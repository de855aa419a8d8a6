package dev.netroi.engine;

import static dev.netroi.engine.TestCalculator.ALPHA;
import static dev.netroi.engine.TestCalculator.BETA;
import static dev.netroi.engine.TestCalculator.DELTA;
import static dev.netroi.engine.TestCalculator.EPSILON;
import static dev.netroi.engine.TestCalculator.GAMMA;
import static dev.netroi.engine.TestCalculator.figure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.netroi.Bandwidth;
import dev.netroi.CurrencyAmount;
import dev.netroi.InputPath;
import dev.netroi.InputPaths;
import dev.netroi.InputRule;
import dev.netroi.NetworkOption;
import dev.netroi.Scenario;
import dev.netroi.ThroughputModel;
import dev.netroi.calc.CalculationContext;
import dev.netroi.calc.CalculationException;
import dev.netroi.calc.Calculator;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Figure;
import dev.netroi.calc.Measure;
import dev.netroi.calc.Result;
import dev.netroi.calc.StandardUnit;
import dev.netroi.reference.ReferenceArgument;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.DoubleConsumer;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The batch path at block boundaries (blocks of 1, 2 or 3 rows), with plug-in row calculators whose
 * body throws, refuses rows, returns reasons only the engine gives or sets values their type
 * refuses (each compared with the audited path's message); the threads that share the blocks and a
 * failure that escapes one of them; and the audited path's context and contract checks.
 */
class BatchRunEdgesTest {

  private static final Scenario MIXTRAL = ReferenceArgument.mixtral();
  private static final InputPath FRACTION = InputPaths.CANDIDATE_EFFECTIVE_FRACTION;

  private static final Measure<Double> PLAIN = TestCalculator.measure("EdgeProbe");
  private static final Measure<CurrencyAmount> MONEY =
      Measure.of("EdgeMoney", CurrencyAmount.class, StandardUnit.MONEY_PER_GPU, "A test amount.");
  private static final Measure<Bandwidth> RATE =
      Measure.of("EdgeRate", Bandwidth.class, StandardUnit.BANDWIDTH, "A test bandwidth.");

  /** A plug-in row calculator named "probe" that provides {@code out} from the given body. */
  private static RowProbe probe(Measure<?> out, RowProbe.Body body) {
    return RowProbe.named("probe").providing(out).reading(FRACTION).computing(body);
  }

  private static CalculationEngine engine(Calculator calculator, int blockSize) {
    return CalculationEngine.of(CalculatorRegistry.of(calculator)).withBlockSize(blockSize);
  }

  /** A body that sets {@code f(x)} for the row's candidate effective fraction x. */
  private static RowProbe.Body eachFraction(DoubleUnaryOperator f) {
    return row -> {
      row.set(0, f.applyAsDouble(row.input(0)));
      return null;
    };
  }

  /** The audited result of {@code measure} for MIXTRAL with the candidate's fraction set to x. */
  private static Result<?> audited(Calculator calculator, double x, Measure<?> measure) {
    return engine(calculator, 1).calculate(MIXTRAL.with(FRACTION, x), measure).get(measure);
  }

  private static String auditedFailure(Calculator calculator, double x, Measure<?> measure) {
    Result<?> result = audited(calculator, x, measure);
    assertThat(result.isSuccess()).as("audited at %s", x).isFalse();
    Result.Failure<?> failure = (Result.Failure<?>) result;
    return failure.reason() + ": " + failure.message();
  }

  // ------------------------------------------------------------------------ blocks and rows

  /**
   * Blocks of 2 over 5 rows: [0, 1], [2, 3], [4]. The body throws on rows 1 and 3 (fractions 0.2
   * and 0.4, one in each of two blocks): those two rows fail as a calculation error, the others are
   * 10 x their fraction, and {@code errors()} reports the probe with 2 rows and the first exception
   * (parallelism 1: row 1's). No row is computed one by one. The audited path gives the scenario at
   * 0.2 the message "calculator probe threw java.lang.IllegalStateException: a bug at 0.2".
   */
  @Test
  void aRowThatThrowsFailsAsACalculationErrorAndIsReportedInTheErrors() {
    double[] fractions = {0.1, 0.2, 0.3, 0.4, 0.5};
    RowProbe probe =
        probe(
            PLAIN,
            row -> {
              double x = row.input(0);
              if (x == 0.2 || x == 0.4) {
                throw new IllegalStateException("a bug at " + x);
              }
              row.set(0, 10 * x);
              return null;
            });

    BatchResults results =
        engine(probe, 2).batch(MIXTRAL, Map.of(FRACTION, fractions), List.of(PLAIN), 1);

    assertThat(results.failureCounts(PLAIN)).isEqualTo(Map.of(FailureReason.CALCULATION_ERROR, 2));
    assertThat(results.failureReason(PLAIN, 1)).contains(FailureReason.CALCULATION_ERROR);
    assertThat(results.failureReason(PLAIN, 3)).contains(FailureReason.CALCULATION_ERROR);
    for (int row : new int[] {0, 2, 4}) {
      assertThat(results.value(PLAIN, row)).as("row %d", row).isEqualTo(10 * fractions[row]);
    }
    assertThat(results.errors()).hasSize(1);
    CalculatorError error = results.errors().get(0);
    assertThat(error.calculator()).isEqualTo("probe");
    assertThat(error.rows()).isEqualTo(2);
    assertThat(error.firstException())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("a bug at 0.2");
    assertThat(error)
        .hasToString("probe threw in 2 rows, first: java.lang.IllegalStateException: a bug at 0.2");
    assertThat(results.rowByRowEvaluations()).isZero();
    assertThat(auditedFailure(probe, 0.2, PLAIN))
        .isEqualTo(
            "CALCULATION_ERROR: calculator probe threw java.lang.IllegalStateException: a bug at"
                + " 0.2");
    assertThat(audited(probe, 0.3, PLAIN).figure().value()).isEqualTo(10 * 0.3);
  }

  /**
   * One row throws: {@code errors()} says "1 row" (singular). The row's failure is the only one.
   */
  @Test
  void oneRowThatThrowsIsReportedAsOneRow() {
    RowProbe probe =
        probe(
            PLAIN,
            row -> {
              if (row.input(0) == 0.5) {
                throw new ArithmeticException("/ by zero");
              }
              row.set(0, 1);
              return null;
            });

    BatchResults results =
        engine(probe, 4)
            .batch(MIXTRAL, Map.of(FRACTION, new double[] {0.5, 0.6, 0.7}), List.of(PLAIN), 1);

    assertThat(results.errors())
        .singleElement()
        .hasToString("probe threw in 1 row, first: java.lang.ArithmeticException: / by zero");
    assertThat(results.failureCounts(PLAIN)).isEqualTo(Map.of(FailureReason.CALCULATION_ERROR, 1));
  }

  /**
   * A {@code CalculationException} thrown by {@code compute} is a refusal with its own reason (and,
   * on the audited path, its own message), not an error: the rows fail as UNDEFINED and {@code
   * errors()} stays empty.
   */
  @Test
  void aCalculationExceptionThrownByComputeIsARefusalNotAnError() {
    RowProbe probe =
        probe(
            PLAIN,
            row -> {
              double x = row.input(0);
              if (x == 0.2) {
                throw new CalculationException(FailureReason.UNDEFINED, "x is 0.2");
              }
              row.set(0, 10 * x);
              return null;
            });

    BatchResults results =
        engine(probe, 2)
            .batch(MIXTRAL, Map.of(FRACTION, new double[] {0.1, 0.2, 0.3}), List.of(PLAIN), 1);

    assertThat(results.failureCounts(PLAIN)).isEqualTo(Map.of(FailureReason.UNDEFINED, 1));
    assertThat(results.failureReason(PLAIN, 1)).contains(FailureReason.UNDEFINED);
    assertThat(results.values(PLAIN, -1)).containsExactly(10 * 0.1, -1, 10 * 0.3);
    assertThat(results.errors()).isEmpty();
    assertThat(auditedFailure(probe, 0.2, PLAIN)).isEqualTo("UNDEFINED: x is 0.2");
  }

  /**
   * A reason returned by {@code compute} fails the row with that reason and the calculator's
   * refusal; DEPENDENCY_FAILED and INVALID_INPUT are the engine's reasons, so a calculator that
   * returns them breaks its contract: a calculation error on both paths, with the audited message
   * "calculator probe returned DEPENDENCY_FAILED, a reason only the engine gives". Fractions 0.1,
   * 0.2, 0.3, 0.4 return null after setting 1, UNDEFINED, DEPENDENCY_FAILED, INVALID_INPUT.
   */
  @Test
  void aReasonOnlyTheEngineGivesReturnedByComputeIsACalculationError() {
    Map<Double, FailureReason> reasons =
        Map.of(
            0.2,
            FailureReason.UNDEFINED,
            0.3,
            FailureReason.DEPENDENCY_FAILED,
            0.4,
            FailureReason.INVALID_INPUT);
    RowProbe probe =
        probe(
            PLAIN,
            row -> {
              row.set(0, 1);
              return reasons.get(row.input(0));
            });

    BatchResults results =
        engine(probe, 3)
            .batch(MIXTRAL, Map.of(FRACTION, new double[] {0.1, 0.2, 0.3, 0.4}), List.of(PLAIN), 1);

    assertThat(results.value(PLAIN, 0)).isEqualTo(1.0);
    assertThat(results.failureReason(PLAIN, 1)).contains(FailureReason.UNDEFINED);
    assertThat(results.failureReason(PLAIN, 2)).contains(FailureReason.CALCULATION_ERROR);
    assertThat(results.failureReason(PLAIN, 3)).contains(FailureReason.CALCULATION_ERROR);
    assertThat(auditedFailure(probe, 0.2, PLAIN)).isEqualTo("UNDEFINED: probe refused: UNDEFINED");
    assertThat(auditedFailure(probe, 0.3, PLAIN))
        .isEqualTo(
            "CALCULATION_ERROR: calculator probe returned DEPENDENCY_FAILED, a reason only the"
                + " engine gives");
    assertThat(auditedFailure(probe, 0.4, PLAIN))
        .isEqualTo(
            "CALCULATION_ERROR: calculator probe returned INVALID_INPUT, a reason only the engine"
                + " gives");
  }

  /**
   * Blocks of 3 over 5 rows: [0, 1, 2] and [3, 4]. Rows 2 and 3 (the last of the first block and
   * the first of the second) have a fraction of 1.5, outside (0, 1]: they fail as invalid input and
   * {@code compute} never sees them, so it sees exactly the fractions 0.1, 0.2 and 0.5, in order.
   */
  @Test
  void invalidRowsAtABlockBoundaryAreNeverComputed() {
    double[] fractions = {0.1, 0.2, 1.5, 1.5, 0.5};
    List<Double> seen = Collections.synchronizedList(new ArrayList<>());
    RowProbe probe =
        probe(
            PLAIN,
            row -> {
              seen.add(row.input(0));
              row.set(0, 10 * row.input(0));
              return null;
            });

    BatchResults results =
        engine(probe, 3).batch(MIXTRAL, Map.of(FRACTION, fractions), List.of(PLAIN), 1);

    assertThat(seen).containsExactly(0.1, 0.2, 0.5);
    assertThat(results.failureReason(PLAIN, 2)).contains(FailureReason.INVALID_INPUT);
    assertThat(results.failureReason(PLAIN, 3)).contains(FailureReason.INVALID_INPUT);
    assertThat(results.value(PLAIN, 0)).isEqualTo(10 * 0.1);
    assertThat(results.value(PLAIN, 1)).isEqualTo(10 * 0.2);
    assertThat(results.value(PLAIN, 4)).isEqualTo(10 * 0.5);
  }

  /**
   * Blocks of one row, so that a block can hold nothing but a refused value: an amount of money
   * must be finite, so +infinity, NaN and -infinity each fail their row as a calculation error;
   * 12.5 is kept. The audited path says the same, naming the value ("set EdgeMoney to Infinity,
   * which its type refuses"; a NaN is "set no value for EdgeMoney").
   */
  @Test
  void aBlockOfOnlyANonFiniteAmountFailsItsRow() {
    Map<Double, Double> byFraction =
        Map.of(
            0.1,
            Double.POSITIVE_INFINITY,
            0.2,
            Double.NaN,
            0.3,
            Double.NEGATIVE_INFINITY,
            0.4,
            12.5);
    RowProbe probe = probe(MONEY, eachFraction(byFraction::get));

    BatchResults results =
        engine(probe, 1)
            .batch(MIXTRAL, Map.of(FRACTION, new double[] {0.1, 0.2, 0.3, 0.4}), List.of(MONEY), 1);

    assertThat(results.failureCounts(MONEY)).isEqualTo(Map.of(FailureReason.CALCULATION_ERROR, 3));
    for (int row = 0; row < 3; row++) {
      assertThat(results.failureReason(MONEY, row))
          .as("row %d", row)
          .contains(FailureReason.CALCULATION_ERROR);
    }
    assertThat(results.value(MONEY, 3)).isEqualTo(12.5);
    assertThat(results.rowByRowEvaluations()).isZero();
    assertThat(results.errors()).isEmpty();
    assertThat(auditedFailure(probe, 0.1, MONEY))
        .isEqualTo(
            "CALCULATION_ERROR: calculator probe set EdgeMoney to Infinity, which its type refuses");
    assertThat(auditedFailure(probe, 0.2, MONEY))
        .isEqualTo("CALCULATION_ERROR: calculator probe set no value for EdgeMoney");
    assertThat(auditedFailure(probe, 0.3, MONEY))
        .isEqualTo(
            "CALCULATION_ERROR: calculator probe set EdgeMoney to -Infinity, which its type"
                + " refuses");
    assertThat(audited(probe, 0.4, MONEY).figure().value())
        .isEqualTo(CurrencyAmount.of("USD", "12.5"));
  }

  /**
   * Blocks of one row: a bandwidth must be positive and finite, so 0, +infinity, NaN and -400 Gb/s
   * each fail their row as a calculation error; 400 Gb/s is kept. The audited path names 0.0 and
   * -400.0.
   */
  @Test
  void aBlockOfOnlyABandwidthThatIsNotPositiveAndFiniteFailsItsRow() {
    Map<Double, Double> byFraction =
        Map.of(0.1, 0.0, 0.2, Double.POSITIVE_INFINITY, 0.3, Double.NaN, 0.4, -400.0, 0.5, 400.0);
    RowProbe probe = probe(RATE, eachFraction(byFraction::get));

    BatchResults results =
        engine(probe, 1)
            .batch(
                MIXTRAL,
                Map.of(FRACTION, new double[] {0.1, 0.2, 0.3, 0.4, 0.5}),
                List.of(RATE),
                1);

    for (int row = 0; row < 4; row++) {
      assertThat(results.failureReason(RATE, row))
          .as("row %d", row)
          .contains(FailureReason.CALCULATION_ERROR);
    }
    assertThat(results.value(RATE, 4)).isEqualTo(400.0);
    assertThat(results.rowByRowEvaluations()).isZero();
    assertThat(auditedFailure(probe, 0.1, RATE))
        .isEqualTo(
            "CALCULATION_ERROR: calculator probe set EdgeRate to 0.0, which its type refuses");
    assertThat(auditedFailure(probe, 0.4, RATE))
        .isEqualTo(
            "CALCULATION_ERROR: calculator probe set EdgeRate to -400.0, which its type refuses");
    assertThat(audited(probe, 0.5, RATE).figure().value()).isEqualTo(Bandwidth.ofGbps(400));
  }

  /**
   * An output left unset fails the row as a calculation error on both paths, even where it was set
   * in the row before (the engine clears the outputs): the body sets the value for 0.1 and 0.3 and
   * returns without setting it for 0.2. The audited message is "calculator probe set no value for
   * EdgeProbe".
   */
  @Test
  void anOutputLeftUnsetFailsTheRowOnBothPaths() {
    RowProbe probe =
        probe(
            PLAIN,
            row -> {
              if (row.input(0) != 0.2) {
                row.set(0, 7);
              }
              return null;
            });

    BatchResults results =
        engine(probe, 3)
            .batch(MIXTRAL, Map.of(FRACTION, new double[] {0.1, 0.2, 0.3}), List.of(PLAIN), 1);

    assertThat(results.values(PLAIN, -1)).containsExactly(7, -1, 7);
    assertThat(results.failureReason(PLAIN, 1)).contains(FailureReason.CALCULATION_ERROR);
    assertThat(auditedFailure(probe, 0.2, PLAIN))
        .isEqualTo("CALCULATION_ERROR: calculator probe set no value for EdgeProbe");
  }

  /**
   * The batch path reads a value as the built-in values store it, -0.0 as 0.0 (the Javadoc of
   * {@code batch}): a row sees +0.0 for a price of -0.0, so the sign it copies is +1 in both rows.
   */
  @Test
  void aNegativeZeroIsReadAsZero() {
    RowProbe probe =
        RowProbe.named("probe")
            .providing(PLAIN)
            .reading(InputPaths.PRICING_PRICE)
            .computing(
                row -> {
                  row.set(0, Math.copySign(1.0, row.input(0)));
                  return null;
                });

    BatchResults results =
        engine(probe, 2)
            .batch(
                MIXTRAL,
                Map.of(InputPaths.PRICING_PRICE, new double[] {-0.0, 0.0}),
                List.of(PLAIN),
                1);

    assertThat(results.values(PLAIN)).containsExactly(1.0, 1.0);
  }

  // ------------------------------------------------------------------------------- threads

  private static void await(CountDownLatch latch, long millis, List<Boolean> met) {
    try {
      met.add(latch.await(millis, TimeUnit.MILLISECONDS));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Parallelism 1 is the calling thread only (the Javadoc of {@code batch}): with 2 blocks of one
   * row, the first waits 100 ms for someone to enter the second, and no one does.
   */
  @Test
  void parallelismOneComputesEveryBlockOnTheCallingThread() {
    Set<Thread> threads = ConcurrentHashMap.newKeySet();
    CountDownLatch entered = new CountDownLatch(2);
    List<Boolean> met = Collections.synchronizedList(new ArrayList<>());
    RowProbe probe =
        probe(
            PLAIN,
            row -> {
              threads.add(Thread.currentThread());
              entered.countDown();
              await(entered, 100, met);
              row.set(0, 10 * row.input(0));
              return null;
            });

    BatchResults results =
        engine(probe, 1)
            .batch(MIXTRAL, Map.of(FRACTION, new double[] {0.1, 0.2}), List.of(PLAIN), 1);

    assertThat(threads).containsExactly(Thread.currentThread());
    assertThat(met).containsExactly(false, true);
    assertThat(results.values(PLAIN)).containsExactly(10 * 0.1, 10 * 0.2);
  }

  /**
   * Parallelism 8 over 2 blocks of one row: 2 threads, the calling one and a task of the common
   * pool, each enter one block and wait there for the other, so both blocks are entered at once.
   */
  @Test
  void parallelismAboveTheBlockCountSharesTheBlocksAmongAsManyThreadsAsBlocks() {
    Set<Thread> threads = ConcurrentHashMap.newKeySet();
    CountDownLatch entered = new CountDownLatch(2);
    List<Boolean> met = Collections.synchronizedList(new ArrayList<>());
    RowProbe probe =
        probe(
            PLAIN,
            row -> {
              threads.add(Thread.currentThread());
              entered.countDown();
              await(entered, 5_000, met);
              row.set(0, 10 * row.input(0));
              return null;
            });

    BatchResults results =
        engine(probe, 1)
            .batch(MIXTRAL, Map.of(FRACTION, new double[] {0.1, 0.2}), List.of(PLAIN), 8);

    assertThat(met).containsExactly(true, true);
    assertThat(threads).hasSize(2).contains(Thread.currentThread());
    assertThat(results.values(PLAIN)).containsExactly(10 * 0.1, 10 * 0.2);
  }

  /** Called by {@link Hooked#withInput}, that is, whenever a row's scenario is built. */
  private static final AtomicReference<DoubleConsumer> HOOK = new AtomicReference<>(k -> {});

  @AfterEach
  void unhook() {
    HOOK.set(k -> {});
  }

  /**
   * A plug-in model whose rule says it accepts k in (0, 100] while its {@code withInput} runs the
   * test's hook, which may throw: a model that breaks its contract, so that building a row's
   * scenario throws out of a worker (the batch path builds one for each row of a calculator that
   * has no row body). An {@code IllegalArgumentException} there is a refused row (see {@link
   * #aRowWhoseInputsAreRefusedTogetherFailsAsInvalidInput}); any other exception is a bug and
   * leaves the batch.
   */
  private record Hooked(double k) implements ThroughputModel {
    @Override
    public String name() {
      return "hooked";
    }

    @Override
    public String formula() {
      return "throughput factor = effective fraction";
    }

    @Override
    public double throughputFactor(NetworkOption option, Scenario scenario) {
      return option.effectiveFraction();
    }

    @Override
    public Set<String> inputNames() {
      return Set.of("k");
    }

    @Override
    public double input(String name) {
      return k;
    }

    @Override
    public InputRule inputRule(String name) {
      return InputRule.range(0, 100);
    }

    @Override
    public ThroughputModel withInput(String name, double value) {
      HOOK.get().accept(value);
      return new Hooked(value);
    }
  }

  /** One row per k = 1, 2, ..., n, each its own block, on a calculator that runs row by row. */
  private static Throwable batchOfHookedRows(int n, int parallelism) {
    Scenario hooked = MIXTRAL.toBuilder().throughputModel(new Hooked(1)).build();
    double[] ks = new double[n];
    for (int row = 0; row < n; row++) {
      ks[row] = row + 1;
    }
    CalculationEngine engine = engine(TestCalculator.named("rows").providing(PLAIN), 1);
    return catchThrowable(
        () ->
            engine.batch(
                hooked,
                Map.of(InputPath.of("throughputModel.k"), ks),
                List.of(PLAIN),
                parallelism));
  }

  private static Throwable root(Throwable thrown) {
    Throwable root = thrown;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root;
  }

  /**
   * The calling thread fails on its first block; the pool's task, which takes 20 ms a block, stops
   * after its current block instead of computing the other 19 or so of the 20.
   */
  @Test
  void aFailureOnTheCallingThreadStopsTheOtherWorkersAndIsThrown() {
    Thread caller = Thread.currentThread();
    AtomicInteger poolRows = new AtomicInteger();
    HOOK.set(
        k -> {
          if (Thread.currentThread() == caller) {
            throw new IllegalStateException("refused on the calling thread");
          }
          poolRows.incrementAndGet();
          sleep(20);
        });

    Throwable thrown = batchOfHookedRows(20, 2);

    assertThat(thrown)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("refused on the calling thread")
        .hasNoSuppressedExceptions();
    assertThat(poolRows.get()).isLessThan(10);
  }

  /** Only the pool's task fails; the calling thread waits for that, then computes the rest. */
  @Test
  void aFailureOnlyInAPoolTaskIsThrownAfterTheCallingThreadsBlocks() {
    Thread caller = Thread.currentThread();
    CountDownLatch poolFailed = new CountDownLatch(1);
    List<Boolean> met = Collections.synchronizedList(new ArrayList<>());
    HOOK.set(
        k -> {
          if (Thread.currentThread() == caller) {
            await(poolFailed, 5_000, met);
            return;
          }
          poolFailed.countDown();
          throw new IllegalStateException("refused on a pool thread");
        });

    Throwable thrown = batchOfHookedRows(4, 2);

    assertThat(thrown).isInstanceOf(IllegalStateException.class);
    assertThat(root(thrown)).hasMessage("refused on a pool thread");
    assertThat(met).isNotEmpty().containsOnly(true);
  }

  /**
   * Both threads enter a block, wait for each other and fail: the calling thread's failure is
   * thrown, with the task's as a suppressed exception.
   */
  @Test
  void failuresOnTwoThreadsAreThrownAsOneWithTheOtherSuppressed() {
    Thread caller = Thread.currentThread();
    CountDownLatch entered = new CountDownLatch(2);
    List<Boolean> met = Collections.synchronizedList(new ArrayList<>());
    HOOK.set(
        k -> {
          entered.countDown();
          await(entered, 5_000, met);
          throw new IllegalStateException(
              Thread.currentThread() == caller
                  ? "refused on the calling thread"
                  : "refused on a pool thread");
        });

    Throwable thrown = batchOfHookedRows(4, 2);

    assertThat(met).containsExactly(true, true);
    assertThat(thrown)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("refused on the calling thread");
    assertThat(thrown.getSuppressed()).hasSize(1);
    assertThat(root(thrown.getSuppressed()[0])).hasMessage("refused on a pool thread");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  // ----------------------------------------------------------------------- the audited path

  private static TestCalculator keeper(
      AtomicReference<CalculationContext> kept, RuntimeException e) {
    return TestCalculator.named("keeper")
        .providing(BETA)
        .requiring(ALPHA)
        .calculating(
            context -> {
              kept.set(context);
              throw e;
            });
  }

  private static Result.Failure<Double> betaOfKeeper(TestCalculator keeper) {
    CalculationEngine engine =
        CalculationEngine.of(
            CalculatorRegistry.of(List.of(TestCalculator.named("alpha").providing(ALPHA), keeper)));
    return (Result.Failure<Double>) engine.calculate(MIXTRAL, BETA).get(BETA);
  }

  private static final String CLOSED =
      "a calculator read Alpha from its context after its calculate returned; a context is valid"
          + " during calculate only";

  /** The last calculator of a run keeps its context and throws a calculation exception. */
  @Test
  void aContextKeptByACalculatorThatFailsIsClosed() {
    AtomicReference<CalculationContext> kept = new AtomicReference<>();

    Result.Failure<Double> beta =
        betaOfKeeper(
            keeper(kept, new CalculationException(FailureReason.UNDEFINED, "Beta is undefined")));

    assertThat(beta.reason()).isEqualTo(FailureReason.UNDEFINED);
    assertThat(beta.message()).isEqualTo("Beta is undefined");
    assertThatIllegalStateException().isThrownBy(() -> kept.get().value(ALPHA)).withMessage(CLOSED);
  }

  /** The last calculator of a run keeps its context and throws another exception. */
  @Test
  void aContextKeptByACalculatorThatThrowsIsClosed() {
    AtomicReference<CalculationContext> kept = new AtomicReference<>();

    Result.Failure<Double> beta =
        betaOfKeeper(keeper(kept, new IllegalStateException("a bug in keeper")));

    assertThat(beta.reason()).isEqualTo(FailureReason.CALCULATION_ERROR);
    assertThat(beta.message())
        .isEqualTo("calculator keeper threw java.lang.IllegalStateException: a bug in keeper");
    assertThatIllegalStateException().isThrownBy(() -> kept.get().value(ALPHA)).withMessage(CLOSED);
  }

  /** Five provided measures, no figure: the missing ones are named in the order of their names. */
  @Test
  void theMissingFiguresAreNamedInTheOrderOfTheirNames() {
    TestCalculator quiet =
        TestCalculator.named("quiet")
            .providing(EPSILON, DELTA, GAMMA, BETA, ALPHA)
            .calculating(context -> List.of());

    Result.Failure<Double> alpha =
        (Result.Failure<Double>)
            CalculationEngine.of(CalculatorRegistry.of(quiet)).calculate(MIXTRAL, ALPHA).get(ALPHA);

    assertThat(alpha.reason()).isEqualTo(FailureReason.CALCULATION_ERROR);
    assertThat(alpha.message())
        .isEqualTo("calculator quiet returned no figure for [Alpha, Beta, Delta, Epsilon, Gamma]");
  }

  /** Requires its measures in the reverse order of their names, as a set that keeps that order. */
  private record Sink(List<String> calls) implements Calculator {
    @Override
    public Set<Measure<?>> provides() {
      return Set.of(PLAIN);
    }

    @Override
    public Set<Measure<?>> requires() {
      return new LinkedHashSet<>(List.of(GAMMA, EPSILON, DELTA, BETA, ALPHA));
    }

    @Override
    public List<Figure<?>> calculate(CalculationContext context) {
      calls.add("sink");
      return List.of(figure(PLAIN, 1));
    }
  }

  /**
   * The plan visits a calculator's requirements in the order of their names, whatever order its
   * {@code requires()} iterates in, so independent calculators run in that order on every run.
   */
  @Test
  void independentRequirementsRunInTheOrderOfTheirNames() {
    List<String> calls = new ArrayList<>();
    List<Calculator> calculators = new ArrayList<>();
    for (Measure<Double> measure : List.of(GAMMA, EPSILON, DELTA, BETA, ALPHA)) {
      calculators.add(
          TestCalculator.named(measure.name())
              .providing(measure)
              .calculating(
                  context -> {
                    calls.add(measure.name());
                    return List.of(figure(measure, 1));
                  }));
    }
    calculators.add(new Sink(calls));

    CalculationEngine.of(CalculatorRegistry.of(calculators)).calculate(MIXTRAL, PLAIN);

    assertThat(calls).containsExactly("Alpha", "Beta", "Delta", "Epsilon", "Gamma", "sink");
  }

  /**
   * Each input passes its own rule, but the value refuses them together (found by the mutation
   * tests' reviewer: the whole batch threw). Rows 0 and 2 compute on the row-by-row calculator; row
   * 1, whose scenario is refused, fails as the audited path would refuse to build it.
   */
  @Test
  void aRowWhoseInputsAreRefusedTogetherFailsAsInvalidInput() {
    HOOK.set(
        k -> {
          if (k == 2) {
            throw new IllegalArgumentException("k must not be 2 (tied to another input)");
          }
        });
    Scenario hooked = MIXTRAL.toBuilder().throughputModel(new Hooked(1)).build();
    CalculationEngine engine = engine(TestCalculator.named("rows").providing(PLAIN), 1);

    BatchResults results =
        engine.batch(
            hooked,
            Map.of(InputPath.of("throughputModel.k"), new double[] {1, 2, 3}),
            List.of(PLAIN),
            1);

    assertThat(results.isSuccess(PLAIN, 0)).isTrue();
    assertThat(results.failureReason(PLAIN, 1)).contains(FailureReason.INVALID_INPUT);
    assertThat(results.isSuccess(PLAIN, 2)).isTrue();
  }
}
