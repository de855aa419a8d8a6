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
import dev.netroi.calc.Block;
import dev.netroi.calc.BlockCalculator;
import dev.netroi.calc.CalculationContext;
import dev.netroi.calc.CalculationException;
import dev.netroi.calc.Calculator;
import dev.netroi.calc.Explanation;
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
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The batch path at block boundaries (blocks of 1, 2 or 3 rows), with plug-in calculators whose
 * blocks throw, fail rows or write values their type refuses; the threads that share the blocks and
 * a failure that escapes one of them; and the audited path's context and contract checks.
 */
class BatchRunEdgesTest {

  private static final Scenario MIXTRAL = ReferenceArgument.mixtral();
  private static final InputPath FRACTION = InputPaths.CANDIDATE_EFFECTIVE_FRACTION;

  private static final Measure<Double> PLAIN = TestCalculator.measure("EdgeProbe");
  private static final Measure<CurrencyAmount> MONEY =
      Measure.of("EdgeMoney", CurrencyAmount.class, StandardUnit.MONEY_PER_GPU, "A test amount.");
  private static final Measure<Bandwidth> RATE =
      Measure.of("EdgeRate", Bandwidth.class, StandardUnit.BANDWIDTH, "A test bandwidth.");

  /** A plug-in that opts in to blocks; its block body and its audited body are given by a test. */
  private record Probe(
      Measure<?> out, Consumer<Block> body, Function<CalculationContext, Figure<?>> audited)
      implements BlockCalculator {
    @Override
    public Set<Measure<?>> provides() {
      return Set.of(out);
    }

    @Override
    public List<Figure<?>> calculate(CalculationContext context) {
      return List.of(audited.apply(context));
    }

    @Override
    public void calculateBlock(Block block) {
      body.accept(block);
    }

    @Override
    public String name() {
      return "probe";
    }
  }

  private static CalculationEngine engine(Calculator calculator, int blockSize) {
    return CalculationEngine.of(CalculatorRegistry.of(calculator)).withBlockSize(blockSize);
  }

  /** A block body that writes {@code f(x)} for each row's candidate effective fraction x. */
  private static Consumer<Block> eachFraction(Measure<?> out, DoubleUnaryOperator f) {
    return block -> {
      double[] fractions = block.input(FRACTION);
      double[] values = block.output(out);
      for (int row = 0; row < block.size(); row++) {
        values[row] = f.applyAsDouble(fractions[row]);
      }
    };
  }

  private static Figure<Double> tenTimesTheFraction(CalculationContext context) {
    return figure(PLAIN, 10 * context.scenario().candidate().effectiveFraction());
  }

  // ------------------------------------------------------------------------ blocks and rows

  /**
   * Blocks of 2 over 5 rows: [0, 1], [2, 3], [4]. The middle block fails both its rows and then
   * throws, so it is computed again row by row, where both rows succeed: the failures the block set
   * before throwing must not survive into the audited rows. Each row is 10 x its fraction on either
   * path.
   */
  @Test
  void aBlockThatFailsRowsAndThenThrowsLeavesNoFailureForTheRowsComputedAgain() {
    double[] fractions = {0.1, 0.2, 0.3, 0.4, 0.5};
    Consumer<Block> tenTimes = eachFraction(PLAIN, x -> 10 * x);
    Probe probe =
        new Probe(
            PLAIN,
            block -> {
              if (block.input(FRACTION)[0] == 0.3) {
                block.fail(0, FailureReason.UNDEFINED);
                block.fail(1, FailureReason.CALCULATION_ERROR);
                throw new IllegalStateException("a block that throws after failing its rows");
              }
              tenTimes.accept(block);
            },
            BatchRunEdgesTest::tenTimesTheFraction);

    BatchResults results =
        engine(probe, 2).batch(MIXTRAL, Map.of(FRACTION, fractions), List.of(PLAIN), 1);

    assertThat(results.failureCount(PLAIN)).isZero();
    for (int row = 0; row < fractions.length; row++) {
      assertThat(results.value(PLAIN, row)).as("row %d", row).isEqualTo(10 * fractions[row]);
    }
    assertThat(results.rowByRowEvaluations()).isEqualTo(2);
  }

  /**
   * Blocks of 3 over 5 rows: [0, 1, 2] and [3, 4]. Rows 2 and 3 (the last of the first block and
   * the first of the second) have a fraction of 1.5, outside (0, 1]. A block marks exactly those
   * rows failed, and refuses a row index of {@code size()} (3, then 2 in the short last block) or
   * -1.
   */
  @Test
  void invalidRowsAtABlockBoundaryAreMarkedAndARowPastTheShortLastBlockIsRefused() {
    double[] fractions = {0.1, 0.2, 1.5, 1.5, 0.5};
    List<String> seen = Collections.synchronizedList(new ArrayList<>());
    Consumer<Block> tenTimes = eachFraction(PLAIN, x -> 10 * x);
    Probe probe =
        new Probe(
            PLAIN,
            block -> {
              StringBuilder failed = new StringBuilder("failed");
              for (int row = 0; row < block.size(); row++) {
                failed.append(' ').append(block.isRowFailed(row));
              }
              seen.add(failed.toString());
              for (int row : new int[] {block.size(), -1}) {
                try {
                  seen.add("accepted " + block.isRowFailed(row));
                } catch (IndexOutOfBoundsException e) {
                  seen.add(e.getMessage());
                }
              }
              tenTimes.accept(block);
            },
            BatchRunEdgesTest::tenTimesTheFraction);

    BatchResults results =
        engine(probe, 3).batch(MIXTRAL, Map.of(FRACTION, fractions), List.of(PLAIN), 1);

    assertThat(seen)
        .containsExactly(
            "failed false false true",
            "row must be in [0, 3) but was 3",
            "row must be in [0, 3) but was -1",
            "failed true false",
            "row must be in [0, 2) but was 2",
            "row must be in [0, 2) but was -1");
    assertThat(results.failureReason(PLAIN, 2)).contains(FailureReason.INVALID_INPUT);
    assertThat(results.failureReason(PLAIN, 3)).contains(FailureReason.INVALID_INPUT);
    assertThat(results.value(PLAIN, 0)).isEqualTo(10 * 0.1);
    assertThat(results.value(PLAIN, 1)).isEqualTo(10 * 0.2);
    assertThat(results.value(PLAIN, 4)).isEqualTo(10 * 0.5);
  }

  /**
   * Blocks of one row, so that a block can hold nothing but a refused value: an amount of money
   * must be finite, so +infinity, NaN and -infinity each fail their row as a calculation error;
   * 12.5 is kept.
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
    Probe probe =
        new Probe(
            MONEY,
            eachFraction(MONEY, byFraction::get),
            context -> Figure.of(MONEY, CurrencyAmount.of("USD", "1"), Explanation.of("one")));

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
  }

  /**
   * Blocks of one row: a bandwidth must be positive and finite, so 0, +infinity, NaN and -400 Gb/s
   * each fail their row as a calculation error; 400 Gb/s is kept.
   */
  @Test
  void aBlockOfOnlyABandwidthThatIsNotPositiveAndFiniteFailsItsRow() {
    Map<Double, Double> byFraction =
        Map.of(0.1, 0.0, 0.2, Double.POSITIVE_INFINITY, 0.3, Double.NaN, 0.4, -400.0, 0.5, 400.0);
    Probe probe =
        new Probe(
            RATE,
            eachFraction(RATE, byFraction::get),
            context -> Figure.of(RATE, Bandwidth.ofGbps(1), Explanation.of("one")));

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
  }

  /**
   * The batch path reads a value as the built-in values store it, -0.0 as 0.0 (the Javadoc of
   * {@code batch}): a block sees +0.0 for a price of -0.0, so the sign it copies is +1 in both
   * rows.
   */
  @Test
  void aNegativeZeroIsReadAsZero() {
    Probe probe =
        new Probe(
            PLAIN,
            block -> {
              double[] prices = block.input(InputPaths.PRICING_PRICE);
              double[] out = block.output(PLAIN);
              for (int row = 0; row < block.size(); row++) {
                out[row] = Math.copySign(1.0, prices[row]);
              }
            },
            context -> figure(PLAIN, 1));

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
    Consumer<Block> tenTimes = eachFraction(PLAIN, x -> 10 * x);
    Probe probe =
        new Probe(
            PLAIN,
            block -> {
              threads.add(Thread.currentThread());
              entered.countDown();
              await(entered, 100, met);
              tenTimes.accept(block);
            },
            BatchRunEdgesTest::tenTimesTheFraction);

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
    Consumer<Block> tenTimes = eachFraction(PLAIN, x -> 10 * x);
    Probe probe =
        new Probe(
            PLAIN,
            block -> {
              threads.add(Thread.currentThread());
              entered.countDown();
              await(entered, 5_000, met);
              tenTimes.accept(block);
            },
            BatchRunEdgesTest::tenTimesTheFraction);

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
   * does not opt in to blocks). An {@code IllegalArgumentException} there is a refused row (see
   * {@link #aRowWhoseInputsAreRefusedTogetherFailsAsInvalidInput}); any other exception is a bug
   * and leaves the batch.
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
