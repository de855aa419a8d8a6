package dev.netroi.engine;

import static dev.netroi.engine.TestCalculator.ALPHA;
import static dev.netroi.engine.TestCalculator.BETA;
import static dev.netroi.engine.TestCalculator.DELTA;
import static dev.netroi.engine.TestCalculator.EPSILON;
import static dev.netroi.engine.TestCalculator.GAMMA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.netroi.Bandwidth;
import dev.netroi.CurrencyAmount;
import dev.netroi.InputPath;
import dev.netroi.InputPaths;
import dev.netroi.Scenario;
import dev.netroi.calc.CalculationException;
import dev.netroi.calc.Calculator;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Measure;
import dev.netroi.calc.Measures;
import dev.netroi.calc.Result;
import dev.netroi.calc.Row;
import dev.netroi.calc.RowCalculator;
import dev.netroi.calc.StandardUnit;
import dev.netroi.reference.ReferenceArgument;
import dev.netroi.testkit.DeclaredInputsContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * What a row calculator's {@link Row} gives on each path (the batch path's block rows, the audited
 * path's rows and the rows of {@link Calculators#calculate}): its display form, its scratch array,
 * the largest values each kind accepts, outputs left unset by a calculator with many outputs, and
 * the engine's handling of refusals (for the structure, with one message for two reasons, reasons
 * only the engine gives), explanations that throw and calculators that throw row by row.
 */
class RowCalculatorRowsTest {

  private static final Scenario MIXTRAL = ReferenceArgument.mixtral();
  private static final InputPath FRACTION = InputPaths.CANDIDATE_EFFECTIVE_FRACTION;

  private static final Measure<CurrencyAmount> MONEY =
      Measure.of("RowMoney", CurrencyAmount.class, StandardUnit.MONEY_PER_GPU, "A test amount.");
  private static final Measure<Bandwidth> RATE =
      Measure.of("RowRate", Bandwidth.class, StandardUnit.BANDWIDTH, "A test bandwidth.");

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

  /** A row calculator whose refusals and explanations each test gives. */
  private record Refuser(
      String name,
      List<Measure<?>> outputs,
      @Nullable FailureReason forStructure,
      RowProbe.Body body,
      String refusal,
      boolean explainThrows)
      implements RowCalculator {

    @Override
    public List<InputPath> inputPaths(Scenario structure) {
      return List.of(FRACTION);
    }

    @Override
    public @Nullable FailureReason refuses(Scenario structure) {
      return forStructure;
    }

    @Override
    public @Nullable FailureReason compute(Row row) {
      return body.compute(row);
    }

    @Override
    public Explanation explain(Row row, int output) {
      if (explainThrows) {
        throw new IllegalStateException("no words for " + output);
      }
      return Explanation.of(name + " by hand");
    }

    @Override
    public String refusal(Row row, FailureReason reason) {
      return refusal;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  // ---------------------------------------------------------------------- display and scratch

  /**
   * Blocks of 2 over 3 rows: a block row shows the row's index in the whole batch, so rows 0, 1 (of
   * block 0) and 2 (row 0 of block 1) show "BlockRow[0]", "BlockRow[1]" and "BlockRow[2]". The
   * audited row shows the scenario's name: "AuditedRow[" + name + "]".
   */
  @Test
  void aRowShowsWhichRowItIs() {
    List<String> seen = Collections.synchronizedList(new ArrayList<>());
    RowProbe probe =
        RowProbe.named("shown")
            .providing(ALPHA)
            .reading(FRACTION)
            .computing(
                row -> {
                  seen.add(row.toString());
                  row.set(0, 1);
                  return null;
                });
    CalculationEngine engine = engine(List.of(probe), 2);

    engine.batch(MIXTRAL, Map.of(FRACTION, new double[] {0.1, 0.2, 0.3}), List.of(ALPHA), 1);
    assertThat(seen).containsExactly("BlockRow[0]", "BlockRow[1]", "BlockRow[2]");

    seen.clear();
    Scenario scenario = MIXTRAL.with(FRACTION, 0.1);
    engine.calculate(scenario, ALPHA);
    assertThat(seen).containsExactly("AuditedRow[" + scenario.name() + "]");
  }

  /**
   * The scratch array is reused (the SPI: "a work array reused from row to row"): asking twice for
   * the same length, or for a shorter one, gives the same array, in every row of a block; likewise
   * within one audited computation and one {@link Calculators#calculate}.
   */
  @Test
  void theScratchArrayIsReusedForTheSameOrAShorterLength() {
    List<double[]> arrays = Collections.synchronizedList(new ArrayList<>());
    List<String> seen = Collections.synchronizedList(new ArrayList<>());
    RowProbe probe =
        RowProbe.named("scratcher")
            .providing(ALPHA)
            .reading(FRACTION)
            .computing(
                row -> {
                  double[] first = row.scratch(3);
                  seen.add(
                      first.length
                          + " "
                          + (row.scratch(3) == first)
                          + " "
                          + (row.scratch(2) == first));
                  arrays.add(first);
                  row.set(0, 1);
                  return null;
                });
    CalculationEngine engine = engine(List.of(probe), 3);

    engine.batch(MIXTRAL, Map.of(FRACTION, new double[] {0.1, 0.2, 0.3}), List.of(ALPHA), 1);
    assertThat(seen).containsExactly("3 true true", "3 true true", "3 true true");
    assertThat(arrays.get(1)).isSameAs(arrays.get(0));
    assertThat(arrays.get(2)).isSameAs(arrays.get(0));

    seen.clear();
    engine.calculate(MIXTRAL.with(FRACTION, 0.1), ALPHA);
    assertThat(seen).containsExactly("3 true true");

    seen.clear();
    Calculators.calculate(probe, DeclaredInputsContext.withInputs(probe, MIXTRAL, List.of()));
    assertThat(seen).containsExactly("3 true true");
  }

  // ------------------------------------------------------------------ values each kind accepts

  /**
   * Double.MAX_VALUE is finite (and a positive bandwidth): a plain number, an amount and a
   * bandwidth of Double.MAX_VALUE are accepted on both paths.
   */
  @Test
  void theLargestFiniteValueIsAcceptedForEveryKind() {
    RowProbe probe =
        RowProbe.named("largest")
            .providing(ALPHA, MONEY, RATE)
            .computing(
                row -> {
                  row.set(0, Double.MAX_VALUE);
                  row.set(1, Double.MAX_VALUE);
                  row.set(2, Double.MAX_VALUE);
                  return null;
                });
    CalculationEngine engine = engine(List.of(probe), 2);

    BatchResults results =
        engine.batch(
            MIXTRAL, Map.of(FRACTION, new double[] {0.1, 0.2}), List.of(ALPHA, MONEY, RATE), 1);

    for (Measure<?> measure : List.of(ALPHA, MONEY, RATE)) {
      assertThat(results.values(measure))
          .as("%s", measure)
          .containsExactly(Double.MAX_VALUE, Double.MAX_VALUE);
    }
    dev.netroi.calc.CalculationResults one =
        engine.calculate(MIXTRAL.with(FRACTION, 0.1), List.of(ALPHA, MONEY, RATE));
    assertThat(one.value(ALPHA)).isEqualTo(Double.MAX_VALUE);
    assertThat(one.value(MONEY).amount()).isEqualTo(Double.MAX_VALUE);
    assertThat(one.value(RATE).gbps()).isEqualTo(Double.MAX_VALUE);
  }

  /**
   * A required bandwidth is read as its Gb/s: the reference candidate's effective bandwidth is 800
   * Gb/s x 0.95 = 760 Gb/s, so Alpha = 760 on the audited path and through {@link
   * Calculators#calculate}.
   */
  @Test
  void aRequiredBandwidthIsReadInGbps() {
    RowProbe reader =
        RowProbe.named("reader")
            .providing(ALPHA)
            .requiring(Measures.EFFECTIVE_BANDWIDTH_CANDIDATE)
            .computing(
                row -> {
                  row.set(0, row.value(0));
                  return null;
                });
    CalculationEngine engine =
        engine(List.of(new dev.netroi.builtin.EffectiveBandwidthCalculator(), reader), 1);

    assertThat(engine.calculate(MIXTRAL, ALPHA).value(ALPHA)).isCloseTo(760, within(1e-9));
    List<dev.netroi.calc.Figure<?>> figures =
        Calculators.calculate(
            reader,
            DeclaredInputsContext.withInputs(
                reader,
                MIXTRAL,
                List.of(
                    dev.netroi.calc.Figure.of(
                        Measures.EFFECTIVE_BANDWIDTH_CANDIDATE,
                        Bandwidth.ofGbps(760),
                        Explanation.of("given")))));
    assertThat((Double) figures.get(0).value()).isCloseTo(760, within(1e-9));
  }

  // ------------------------------------------------------------- many outputs, one left unset

  private static List<Measure<?>> outputs(int count) {
    List<Measure<?>> measures = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      measures.add(TestCalculator.measure("Wide" + (i < 10 ? "0" : "") + i));
    }
    return measures;
  }

  /**
   * A row calculator with {@code count} outputs sets them all to 1, except the last one in the row
   * whose fraction is 0.2. Asked for the last one: row 0 is 1, row 1 fails as a calculation error,
   * as the audited path says "calculator wide set no value for Wide(count - 1)".
   */
  private static void lastOutputLeftUnsetFailsItsRow(int count) {
    List<Measure<?>> measures = outputs(count);
    RowProbe wide =
        new RowProbe(
            "wide",
            measures,
            List.of(),
            List.of(),
            List.of(FRACTION),
            row -> {
              int set = row.input(0) == 0.2 ? count - 1 : count;
              for (int i = 0; i < set; i++) {
                row.set(i, 1);
              }
              return null;
            });
    Measure<?> last = measures.get(count - 1);
    CalculationEngine engine = engine(List.of(wide), 2);

    BatchResults results =
        engine.batch(MIXTRAL, Map.of(FRACTION, new double[] {0.1, 0.2}), List.of(last), 1);

    assertThat(results.value(last, 0)).isEqualTo(1);
    assertThat(results.failureReason(last, 1)).contains(FailureReason.CALCULATION_ERROR);
    assertThat(audited(engine, 0.2, last))
        .isEqualTo("CALCULATION_ERROR: calculator wide set no value for " + last);
  }

  /** 65 outputs: more than the 64 the batch path tracks one bit each. */
  @Test
  void anOutputLeftUnsetFailsItsRowWithMoreOutputsThanBitsInALong() {
    lastOutputLeftUnsetFailsItsRow(65);
  }

  /** 63 outputs: all tracked one bit each. */
  @Test
  void anOutputLeftUnsetFailsItsRowWithFewerOutputsThanBitsInALong() {
    lastOutputLeftUnsetFailsItsRow(63);
  }

  /** 64 outputs, exactly the bits in a long. */
  @Test
  void anOutputLeftUnsetFailsItsRowWithAsManyOutputsAsBitsInALong() {
    lastOutputLeftUnsetFailsItsRow(64);
  }

  // ------------------------------------------------------------------------------ refusals

  /** Beta = Alpha + 1 when Alpha is present, else -1. */
  private static final RowProbe BETA_USER =
      RowProbe.named("user")
          .providing(BETA)
          .using(ALPHA)
          .computing(
              row -> {
                row.set(0, row.isPresent(0) ? row.value(0) + 1 : -1);
                return null;
              });

  private static Refuser structureRefuser(FailureReason reason) {
    return new Refuser(
        "refuser",
        List.of(ALPHA),
        reason,
        row -> {
          row.set(0, 1);
          return null;
        },
        "refuser refused the structure",
        false);
  }

  /**
   * Alpha is refused for the whole structure: as MISSING_INPUT it is absent for its user, so Beta =
   * -1 in both rows; as UNDEFINED it fails Beta as DEPENDENCY_FAILED in both rows, as on the
   * audited path ("uses Alpha, which failed (UNDEFINED): refuser refused the structure").
   */
  @Test
  void aStructureRefusedAsMissingLeavesItsUsersWithoutItAndAnyOtherFailsThem() {
    CalculationEngine missing =
        engine(List.of(structureRefuser(FailureReason.MISSING_INPUT), BETA_USER), 2);
    BatchResults absent =
        missing.batch(MIXTRAL, Map.of(FRACTION, new double[] {0.1, 0.2}), List.of(BETA), 1);
    assertThat(absent.values(BETA)).containsExactly(-1, -1);
    assertThat(audited(missing, 0.1, BETA)).isEqualTo("-1.0");

    CalculationEngine undefined =
        engine(List.of(structureRefuser(FailureReason.UNDEFINED), BETA_USER), 2);
    BatchResults failed =
        undefined.batch(MIXTRAL, Map.of(FRACTION, new double[] {0.1, 0.2}), List.of(BETA), 1);
    assertThat(failed.failureCounts(BETA)).isEqualTo(Map.of(FailureReason.DEPENDENCY_FAILED, 2));
    assertThat(audited(undefined, 0.1, BETA))
        .isEqualTo(
            "DEPENDENCY_FAILED: uses Alpha, which failed (UNDEFINED): refuser refused the"
                + " structure");
  }

  /**
   * One constant message, "not this row", for two reasons: MISSING_INPUT at x = 0.2, UNDEFINED at x
   * = 0.3. The same refusal again reuses its failure (the same object); another reason with the
   * same message keeps its own reason.
   */
  @Test
  void aConstantRefusalIsReusedOnlyForItsOwnReason() {
    Refuser refuser =
        new Refuser(
            "refuser",
            List.of(ALPHA),
            null,
            row -> row.input(0) == 0.2 ? FailureReason.MISSING_INPUT : FailureReason.UNDEFINED,
            "not this row",
            false);
    CalculationEngine engine = engine(List.of(refuser), 1);

    Result<?> first = engine.calculate(MIXTRAL.with(FRACTION, 0.2), ALPHA).get(ALPHA);
    Result<?> again = engine.calculate(MIXTRAL.with(FRACTION, 0.2), ALPHA).get(ALPHA);
    assertThat(again).isSameAs(first);
    assertThat(audited(engine, 0.2, ALPHA)).isEqualTo("MISSING_INPUT: not this row");
    assertThat(audited(engine, 0.3, ALPHA)).isEqualTo("UNDEFINED: not this row");
    assertThat(audited(engine, 0.2, ALPHA)).isEqualTo("MISSING_INPUT: not this row");
  }

  /**
   * An explanation that throws fails the figures as a calculation error naming the exception:
   * "calculator explainer threw java.lang.IllegalStateException: no words for 0".
   */
  @Test
  void anExplanationThatThrowsFailsTheFiguresAsACalculationError() {
    Refuser explainer =
        new Refuser(
            "explainer",
            List.of(ALPHA),
            null,
            row -> {
              row.set(0, 1);
              return null;
            },
            "unused",
            true);

    assertThat(audited(engine(List.of(explainer), 1), 0.1, ALPHA))
        .isEqualTo(
            "CALCULATION_ERROR: calculator explainer threw java.lang.IllegalStateException: no"
                + " words for 0");
  }

  /**
   * Five required measures (Alpha, Beta, Delta, Epsilon, Gamma in name order) all fail: the message
   * names the first by name, Alpha, whatever the order they were declared in.
   */
  @Test
  void ofSeveralFailedRequiredMeasuresTheFirstByNameIsNamed() {
    List<Calculator> calculators = new ArrayList<>();
    for (Measure<?> measure : List.of(EPSILON, GAMMA, DELTA, BETA, ALPHA)) {
      calculators.add(
          RowProbe.named(measure.name().toLowerCase(java.util.Locale.ROOT))
              .providing(measure)
              .computing(row -> FailureReason.UNDEFINED));
    }
    Measure<Double> total = TestCalculator.measure("Total");
    calculators.add(
        RowProbe.named("total")
            .providing(total)
            .requiring(EPSILON, GAMMA, DELTA, BETA, ALPHA)
            .computing(
                row -> {
                  row.set(0, 1);
                  return null;
                }));

    assertThat(audited(engine(calculators, 1), 0.1, total))
        .isEqualTo(
            "DEPENDENCY_FAILED: requires Alpha, which failed (UNDEFINED): alpha refused:"
                + " UNDEFINED");
  }

  // ------------------------------------------------------------------ plain calculators, rows

  /**
   * A plain calculator (no row form) that throws is run row by row on the batch path: both rows
   * fail as calculation errors and the errors report it once, with 2 rows and its exception.
   */
  @Test
  void aPlainCalculatorThatThrowsRowByRowIsReportedInTheErrors() {
    IllegalStateException boom = new IllegalStateException("boom");
    TestCalculator plain = TestCalculator.named("plain").providing(ALPHA).throwing(boom);

    BatchResults results =
        engine(List.of(plain), 2)
            .batch(MIXTRAL, Map.of(FRACTION, new double[] {0.1, 0.2}), List.of(ALPHA), 1);

    assertThat(results.failureCounts(ALPHA)).isEqualTo(Map.of(FailureReason.CALCULATION_ERROR, 2));
    assertThat(results.errors()).hasSize(1);
    assertThat(results.errors().get(0).calculator()).isEqualTo("plain");
    assertThat(results.errors().get(0).rows()).isEqualTo(2);
    assertThat(results.errors().get(0).firstException()).isSameAs(boom);
  }

  // ------------------------------------------------------------------- Calculators.calculate

  /**
   * {@link Calculators#calculate} checks a row calculator's outputs as the engine does: Alpha set
   * to +infinity gives "calculator pair set Alpha to Infinity, which its type refuses"; Beta left
   * unset gives "calculator pair set no value for Beta"; both as calculation errors.
   */
  @Test
  void calculateRefusesAnOutputItsTypeRefusesOrLeftUnset() {
    RowProbe infinite =
        RowProbe.named("pair")
            .providing(ALPHA, BETA)
            .computing(
                row -> {
                  row.set(0, Double.POSITIVE_INFINITY);
                  row.set(1, 1);
                  return null;
                });
    RowProbe unset =
        RowProbe.named("pair")
            .providing(ALPHA, BETA)
            .computing(
                row -> {
                  row.set(0, 1);
                  return null;
                });

    assertThatThrownBy(
            () ->
                Calculators.calculate(
                    infinite, DeclaredInputsContext.withInputs(infinite, MIXTRAL, List.of())))
        .isInstanceOfSatisfying(
            CalculationException.class,
            e -> assertThat(e.getReason()).isEqualTo(FailureReason.CALCULATION_ERROR))
        .hasMessage("calculator pair set Alpha to Infinity, which its type refuses");
    assertThatThrownBy(
            () ->
                Calculators.calculate(
                    unset, DeclaredInputsContext.withInputs(unset, MIXTRAL, List.of())))
        .isInstanceOfSatisfying(
            CalculationException.class,
            e -> assertThat(e.getReason()).isEqualTo(FailureReason.CALCULATION_ERROR))
        .hasMessage("calculator pair set no value for Beta");
  }
}
