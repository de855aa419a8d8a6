package dev.netroi.engine;

import static dev.netroi.calc.Measures.BENEFIT_COST_RATIO;
import static dev.netroi.calc.Measures.THROUGHPUT_SPEEDUP;
import static dev.netroi.calc.Measures.VALUE_UPLIFT_PER_GPU;
import static dev.netroi.engine.TestCalculator.ALPHA;
import static dev.netroi.engine.TestCalculator.BETA;
import static dev.netroi.engine.TestCalculator.GAMMA;
import static org.assertj.core.api.Assertions.assertThat;

import dev.netroi.InputPath;
import dev.netroi.InputPaths;
import dev.netroi.Scenario;
import dev.netroi.builtin.BuiltInCalculators;
import dev.netroi.calc.CalculationContext;
import dev.netroi.calc.Calculator;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Figure;
import dev.netroi.calc.Measure;
import dev.netroi.calc.Result;
import dev.netroi.calc.RowCalculator;
import dev.netroi.reference.ReferenceArgument;
import dev.netroi.testkit.BatchEquivalence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What the engine does around a row calculator's one body, on both paths: used measures (absent,
 * present or failed), outputs the plan does not keep, and the batch path's loops (one hidden class
 * per calculator of a registry).
 */
class RowCalculatorEngineTest {

  private static final Scenario MIXTRAL = ReferenceArgument.mixtral();
  private static final InputPath FRACTION = InputPaths.CANDIDATE_EFFECTIVE_FRACTION;

  /**
   * Provides Alpha = 10 x for the candidate's fraction x, except x = 0.2 (MISSING_INPUT) and x =
   * 0.3 (UNDEFINED, refused as "alpha refused: UNDEFINED").
   */
  private static final RowProbe ALPHA_PROVIDER =
      RowProbe.named("alpha")
          .providing(ALPHA)
          .reading(FRACTION)
          .computing(
              row -> {
                double x = row.input(0);
                if (x == 0.2) {
                  return FailureReason.MISSING_INPUT;
                }
                if (x == 0.3) {
                  return FailureReason.UNDEFINED;
                }
                row.set(0, 10 * x);
                return null;
              });

  /** A row calculator that uses Alpha: Beta = Alpha + 1 when Alpha is present, else -1. */
  private static RowProbe betaUser(List<String> seen) {
    return RowProbe.named("user")
        .providing(BETA)
        .using(ALPHA)
        .computing(
            row -> {
              seen.add(row.isPresent(0) + " " + row.value(0));
              row.set(0, row.isPresent(0) ? row.value(0) + 1 : -1);
              return null;
            });
  }

  /** A plain audited calculator that uses Alpha: Gamma = Alpha + 1 when it finds Alpha, else -1. */
  private record GammaUser() implements Calculator {
    @Override
    public Set<Measure<?>> provides() {
      return Set.of(GAMMA);
    }

    @Override
    public Set<Measure<?>> uses() {
      return Set.of(ALPHA);
    }

    @Override
    public List<Figure<?>> calculate(CalculationContext context) {
      double gamma = context.find(ALPHA).map(alpha -> alpha.value() + 1).orElse(-1.0);
      return List.of(TestCalculator.figure(GAMMA, gamma));
    }

    @Override
    public String name() {
      return "plain";
    }
  }

  private static CalculationEngine engine(List<Calculator> calculators, int blockSize) {
    return CalculationEngine.of(CalculatorRegistry.of(calculators)).withBlockSize(blockSize);
  }

  private static String audited(CalculationEngine engine, double x, Measure<?> measure) {
    Result<?> result = engine.calculate(MIXTRAL.with(FRACTION, x), measure).get(measure);
    if (result.isSuccess()) {
      return String.valueOf(result.figure().value());
    }
    Result.Failure<?> failure = (Result.Failure<?>) result;
    return failure.reason() + ": " + failure.message();
  }

  // -------------------------------------------------------------------------- used measures

  /**
   * No calculator provides Alpha: the row calculator still computes, with Alpha absent ({@code
   * isPresent} false, {@code value} NaN), so Beta = -1 in each row; the plain calculator finds no
   * Alpha, so Gamma = -1. The same on the audited path.
   */
  @Test
  void aUsedMeasureThatNoCalculatorProvidesIsAbsentAndTheRowStillComputes() {
    List<String> seen = Collections.synchronizedList(new ArrayList<>());
    CalculationEngine engine = engine(List.of(betaUser(seen), new GammaUser()), 2);

    BatchResults results =
        engine.batch(MIXTRAL, Map.of(FRACTION, new double[] {0.1, 0.2}), List.of(BETA, GAMMA), 1);

    assertThat(results.values(BETA)).containsExactly(-1, -1);
    assertThat(results.values(GAMMA)).containsExactly(-1, -1);
    assertThat(seen).containsExactly("false NaN", "false NaN");
    assertThat(audited(engine, 0.1, BETA)).isEqualTo("-1.0");
    assertThat(audited(engine, 0.1, GAMMA)).isEqualTo("-1.0");
    assertThat(results.errors()).isEmpty();
  }

  /**
   * Alpha is 10 x 0.1 = 1 in row 0, MISSING_INPUT in row 1 (absent: Beta and Gamma are -1) and
   * UNDEFINED in row 2, which fails Beta and Gamma as DEPENDENCY_FAILED, with the audited message
   * "uses Alpha, which failed (UNDEFINED): alpha refused: UNDEFINED". Row 0: Beta = Gamma = 1 + 1 =
   * 2. The row calculator never sees row 2. Blocks of 2, so rows 1 and 2 are in different blocks.
   */
  @Test
  void aUsedMeasureMissingIsAbsentAndAnyOtherFailureOfItFailsItsUsers() {
    List<String> seen = Collections.synchronizedList(new ArrayList<>());
    CalculationEngine engine = engine(List.of(ALPHA_PROVIDER, betaUser(seen), new GammaUser()), 2);

    BatchResults results =
        engine.batch(
            MIXTRAL, Map.of(FRACTION, new double[] {0.1, 0.2, 0.3}), List.of(BETA, GAMMA), 1);

    for (Measure<?> user : List.of(BETA, GAMMA)) {
      assertThat(results.value(user, 0)).as("%s", user).isEqualTo(10 * 0.1 + 1);
      assertThat(results.value(user, 1)).as("%s", user).isEqualTo(-1);
      assertThat(results.failureReason(user, 2))
          .as("%s", user)
          .contains(FailureReason.DEPENDENCY_FAILED);
      assertThat(audited(engine, 0.1, user)).isEqualTo(String.valueOf(10 * 0.1 + 1));
      assertThat(audited(engine, 0.2, user)).isEqualTo("-1.0");
      assertThat(audited(engine, 0.3, user))
          .isEqualTo(
              "DEPENDENCY_FAILED: uses Alpha, which failed (UNDEFINED): alpha refused: UNDEFINED");
    }
    assertThat(seen.subList(0, 2)).containsExactly("true " + 10 * 0.1, "false NaN");
    assertThat(results.errors()).isEmpty();
    BatchEquivalence.check(
        engine, MIXTRAL, Map.of(FRACTION, new double[] {0.1, 0.2, 0.3}), List.of(BETA, GAMMA), 1);
  }

  // --------------------------------------------------------------- outputs the plan drops

  /**
   * A row calculator provides Alpha = 10 x and Beta (1, but NaN for x = 0.2 and +infinity for x =
   * 0.3); only Alpha is asked for, yet Beta is checked as on the audited path: rows 1 and 2 fail as
   * calculation errors, with the audited messages "set no value for Beta" and "set Beta to
   * Infinity, which its type refuses".
   */
  @Test
  void anOutputThePlanDropsIsStillChecked() {
    RowCalculator pair =
        RowProbe.named("pair")
            .providing(ALPHA, BETA)
            .reading(FRACTION)
            .computing(
                row -> {
                  double x = row.input(0);
                  row.set(0, 10 * x);
                  row.set(1, x == 0.2 ? Double.NaN : x == 0.3 ? Double.POSITIVE_INFINITY : 1);
                  return null;
                });
    CalculationEngine engine = engine(List.of(pair), 4);

    BatchResults results =
        engine.batch(MIXTRAL, Map.of(FRACTION, new double[] {0.1, 0.2, 0.3}), List.of(ALPHA), 1);

    assertThat(results.value(ALPHA, 0)).isEqualTo(10 * 0.1);
    assertThat(results.failureReason(ALPHA, 1)).contains(FailureReason.CALCULATION_ERROR);
    assertThat(results.failureReason(ALPHA, 2)).contains(FailureReason.CALCULATION_ERROR);
    assertThat(audited(engine, 0.2, ALPHA))
        .isEqualTo("CALCULATION_ERROR: calculator pair set no value for Beta");
    assertThat(audited(engine, 0.3, ALPHA))
        .isEqualTo(
            "CALCULATION_ERROR: calculator pair set Beta to Infinity, which its type refuses");
    assertThat(audited(engine, 0.1, ALPHA)).isEqualTo(String.valueOf(10 * 0.1));
  }

  // ------------------------------------------------------------------------- the row loops

  private static RowProbe constant(String name, Measure<?> out, double value) {
    return RowProbe.named(name)
        .providing(out)
        .computing(
            row -> {
              row.set(0, value);
              return null;
            });
  }

  /** Each call defines a new hidden class with the calculator as its constant. */
  @Test
  void theLoopOfARowCalculatorIsAHiddenClassOfItsOwn() {
    RowProbe one = constant("one", ALPHA, 1);
    RowProbe two = constant("two", BETA, 2);

    RowLoops.Loop loopOfOne = RowLoops.loopFor(one);
    RowLoops.Loop loopOfTwo = RowLoops.loopFor(two);

    assertThat(loopOfOne.getClass().isHidden()).isTrue();
    assertThat(loopOfTwo.getClass().isHidden()).isTrue();
    assertThat(loopOfOne.getClass()).isNotEqualTo(loopOfTwo.getClass());
    assertThat(RowLoops.loopFor(one).getClass()).isNotEqualTo(loopOfOne.getClass());
  }

  /**
   * A registry keeps one loop per row calculator: two plans of one registry share it, two
   * calculators have two; a plain calculator has none.
   */
  @Test
  void aRegistryKeepsOneLoopPerRowCalculatorForAllItsPlans() {
    RowProbe one = constant("one", ALPHA, 1);
    RowProbe two = constant("two", BETA, 2);
    CalculatorRegistry registry =
        CalculatorRegistry.of(List.of(one, two, TestCalculator.named("plain").providing(GAMMA)));

    CalculationEngine.Plan alpha = new CalculationEngine.Plan(registry, List.of(ALPHA));
    CalculationEngine.Plan all = new CalculationEngine.Plan(registry, List.of(GAMMA, BETA, ALPHA));

    RowLoops.Loop first = loop(alpha, one);
    assertThat(first).isNotNull();
    assertThat(first.getClass().isHidden()).isTrue();
    assertThat(loop(all, one)).isSameAs(first);
    assertThat(registry.loop(one)).isSameAs(first);
    assertThat(loop(all, two)).isNotNull().isNotSameAs(first);
    assertThat(loop(all, two).getClass()).isNotEqualTo(first.getClass());
    assertThat(all.steps)
        .filteredOn(step -> step.calculator.name().equals("plain"))
        .singleElement()
        .satisfies(step -> assertThat(step.rowCalculator).isNull());
  }

  private static RowLoops.Loop loop(CalculationEngine.Plan plan, Calculator calculator) {
    for (CalculationEngine.Step step : plan.steps) {
      if (step.calculator == calculator) {
        return step.loop();
      }
    }
    throw new AssertionError(calculator + " is not in the plan");
  }

  /** Every built-in row calculator of the default registry runs in a hidden loop of its own. */
  @Test
  void everyBuiltInRowCalculatorHasAHiddenLoop() {
    List<Class<?>> classes = new ArrayList<>();
    for (Calculator calculator : BuiltInCalculators.all()) {
      if (calculator instanceof RowCalculator row) {
        RowLoops.Loop loop = RowLoops.loopFor(row);
        assertThat(loop.getClass().isHidden()).as(calculator.name()).isTrue();
        classes.add(loop.getClass());
      }
    }
    assertThat(classes).doesNotHaveDuplicates().hasSizeGreaterThan(1);
  }

  /**
   * A built-in is stateless and its class fixes what it computes, so two registries of built-ins
   * (new instances each) share each built-in's loop: a test or a tool that builds many registries
   * defines the hidden classes once. A plug-in's loop belongs to its registry.
   */
  @Test
  void registriesOfBuiltInsShareOneLoopPerBuiltInClass() {
    CalculatorRegistry first = CalculatorRegistry.builtIns();
    CalculatorRegistry second = CalculatorRegistry.builtIns();
    for (Calculator calculator : first.calculators()) {
      if (calculator instanceof RowCalculator row) {
        RowCalculator twin =
            (RowCalculator)
                second.calculators().stream()
                    .filter(c -> c.getClass() == calculator.getClass())
                    .findFirst()
                    .orElseThrow();
        assertThat(twin).isNotSameAs(row);
        assertThat(second.loop(twin)).as(calculator.name()).isSameAs(first.loop(row));
      }
    }
    RowProbe plugIn = constant("one", ALPHA, 1);
    assertThat(CalculatorRegistry.of(List.of(plugIn)).loop(plugIn))
        .isNotSameAs(CalculatorRegistry.of(List.of(plugIn)).loop(plugIn));
  }

  /**
   * Blocks of 1 to 16 rows over 17 rows (one of them, 1.5, invalid): each row of a row calculator
   * is 10 x its fraction and row 16 is INVALID_INPUT whatever the blocks, and the built-in ratio,
   * uplift and speedup equal the audited path row by row.
   */
  @Test
  void anyBlockSizeGivesTheAuditedFigures() {
    double[] fractions = new double[17];
    for (int row = 0; row < 16; row++) {
      fractions[row] = (row + 1) / 20.0; // 0.05, 0.1, ..., 0.8
    }
    fractions[16] = 1.5;
    Measure<Double> tenTimes = TestCalculator.measure("TenTimesTheFraction");
    RowProbe probe =
        RowProbe.named("ten")
            .providing(tenTimes)
            .reading(FRACTION)
            .computing(
                row -> {
                  row.set(0, 10 * row.input(0));
                  return null;
                });
    for (int blockSize = 1; blockSize <= 16; blockSize++) {
      CalculationEngine engine =
          CalculationEngine.of(CalculatorRegistry.builtIns().with(probe)).withBlockSize(blockSize);

      BatchResults results =
          BatchEquivalence.check(
              engine,
              MIXTRAL,
              Map.of(FRACTION, fractions),
              List.of(tenTimes, BENEFIT_COST_RATIO, VALUE_UPLIFT_PER_GPU, THROUGHPUT_SPEEDUP),
              2);

      for (int row = 0; row < 16; row++) {
        assertThat(results.value(tenTimes, row))
            .as("block size %d, row %d", blockSize, row)
            .isEqualTo(10 * ((row + 1) / 20.0));
      }
      assertThat(results.failureReason(BENEFIT_COST_RATIO, 16))
          .contains(FailureReason.INVALID_INPUT);
      assertThat(results.failureReason(tenTimes, 16)).contains(FailureReason.INVALID_INPUT);
      assertThat(results.errors()).isEmpty();
    }
  }
}
