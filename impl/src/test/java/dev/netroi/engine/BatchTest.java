package dev.netroi.engine;

import static dev.netroi.calc.Measures.BENEFIT_COST_RATIO;
import static dev.netroi.calc.Measures.NETWORK_SHARE_OF_BLENDED_ASP;
import static dev.netroi.calc.Measures.THROUGHPUT_FACTOR_CANDIDATE;
import static dev.netroi.calc.Measures.THROUGHPUT_SPEEDUP;
import static dev.netroi.calc.Measures.VALUE_UPLIFT_PER_GPU;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.netroi.CurrencyAmount;
import dev.netroi.InputPath;
import dev.netroi.InputPaths;
import dev.netroi.Lifetime;
import dev.netroi.NetworkOption;
import dev.netroi.Scenario;
import dev.netroi.ThroughputModel;
import dev.netroi.UnknownInputPathException;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Measure;
import dev.netroi.calc.Measures;
import dev.netroi.calc.Result;
import dev.netroi.calc.Row;
import dev.netroi.reference.ReferenceArgument;
import dev.netroi.testkit.BatchEquivalence;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Examples of the batch path: values, failures as data, the audited row on demand, bad calls. */
class BatchTest {

  private static final CalculationEngine ENGINE = Netroi.engine();
  private static final Scenario MIXTRAL = ReferenceArgument.mixtral();
  private static final List<Measure<?>> RATIO = List.of(BENEFIT_COST_RATIO);

  private static BatchResults fractions(double... candidateFractions) {
    return ENGINE.batch(
        MIXTRAL, Map.of(InputPaths.CANDIDATE_EFFECTIVE_FRACTION, candidateFractions), RATIO);
  }

  @Test
  void rowsAreTheBaseScenarioWithTheirInputsSet() {
    BatchResults results = fractions(0.95, 0.80, 1.3);

    // the reference ratio, the report's what-if at 0.80, and a fraction the option refuses
    assertThat(results.value(BENEFIT_COST_RATIO, 0))
        .isEqualTo(ENGINE.calculate(MIXTRAL, RATIO).value(BENEFIT_COST_RATIO));
    assertThat(results.value(BENEFIT_COST_RATIO, 1)).isCloseTo(7.2775, within(0.00005));
    assertThat(results.failureReason(BENEFIT_COST_RATIO, 2)).contains(FailureReason.INVALID_INPUT);
    assertThat(results.size()).isEqualTo(3);
    assertThat(results.base()).isSameAs(MIXTRAL);
    assertThat(results.currency()).isEqualTo(Currency.getInstance("USD"));
    assertThat(results.measures()).containsExactly(BENEFIT_COST_RATIO);
    assertThat(results.inputPaths()).containsExactly(InputPaths.CANDIDATE_EFFECTIVE_FRACTION);
    assertThat(results.rowByRowEvaluations()).isZero();
    assertThat(results)
        .hasToString(
            "BatchResults[3 rows of '"
                + MIXTRAL.name()
                + "' varying [candidate.effectiveFraction], BenefitCostRatio: 1 failed]");
  }

  @Test
  void aFailedRowHasAReasonAndTheAuditedMessageOnDemand() {
    double[] costs = {5345.39, 0};
    BatchResults results =
        ENGINE.batch(MIXTRAL, Map.of(InputPaths.CANDIDATE_ANNUAL_COST_PER_GPU, costs), RATIO);

    assertThat(results.isSuccess(BENEFIT_COST_RATIO, 0)).isTrue();
    assertThat(results.isSuccess(BENEFIT_COST_RATIO, 1)).isFalse();
    assertThat(results.failureReason(BENEFIT_COST_RATIO, 0)).isEmpty();
    assertThat(results.failureReason(BENEFIT_COST_RATIO, 1)).contains(FailureReason.UNDEFINED);
    assertThat(results.failureCount(BENEFIT_COST_RATIO)).isEqualTo(1);
    assertThat(results.failureCounts(BENEFIT_COST_RATIO))
        .isEqualTo(Map.of(FailureReason.UNDEFINED, 1));
    Result<Double> failure = results.result(BENEFIT_COST_RATIO, 1);
    assertThat(failure.isSuccess()).isFalse();
    assertThat(((Result.Failure<Double>) failure).message())
        .startsWith("BenefitCostRatio is undefined: the candidate's annual network cost per GPU");
    Result<Double> success = results.result(BENEFIT_COST_RATIO, 0);
    assertThat(success.figure().value()).isEqualTo(results.value(BENEFIT_COST_RATIO, 0));
    assertThat(success.figure().explanation().toString()).contains("ValueUpliftPerGpu");
    assertThat(results.scenario(1).candidate().statedAnnualCostPerGpu().orElseThrow().isZero())
        .isTrue();

    assertThatThrownBy(() -> results.value(BENEFIT_COST_RATIO, 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "BenefitCostRatio failed in row 1 (UNDEFINED); result(BenefitCostRatio, 1) tells why");
    assertThatThrownBy(() -> results.values(BENEFIT_COST_RATIO))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("BenefitCostRatio failed in 1 of 2 rows, first in row 1");
    assertThat(results.values(BENEFIT_COST_RATIO, -1)[1]).isEqualTo(-1);
    assertThat(results.values(BENEFIT_COST_RATIO, Double.NaN)[1]).isNaN();
    assertThat(results.successfulValues(BENEFIT_COST_RATIO))
        .containsExactly(results.value(BENEFIT_COST_RATIO, 0));
  }

  @Test
  void anInvalidRowFailsEveryMeasureAndItsResultNamesTheRule() {
    BatchResults results =
        ENGINE.batch(
            MIXTRAL,
            Map.of(InputPaths.CANDIDATE_EFFECTIVE_FRACTION, new double[] {1.3}),
            List.of(BENEFIT_COST_RATIO, VALUE_UPLIFT_PER_GPU));

    assertThat(results.failureReason(VALUE_UPLIFT_PER_GPU, 0))
        .contains(FailureReason.INVALID_INPUT);
    Result.Failure<Double> failure = (Result.Failure<Double>) results.result(BENEFIT_COST_RATIO, 0);
    assertThat(failure.reason()).isEqualTo(FailureReason.INVALID_INPUT);
    assertThat(failure.message())
        .isEqualTo("row 0: candidate.effectiveFraction must be in (0, 1] but was 1.3");
    assertThat(failure.cause()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> results.scenario(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("candidate.effectiveFraction must be in (0, 1] but was 1.3");
  }

  @Test
  void aMeasureThatRequiresAFailedOneFailsAsADependency() {
    // without market facts the run rate per GPU fails (MISSING_INPUT), and the share needs it
    Scenario noMarket =
        Scenario.builder()
            .name("no market")
            .fleet(MIXTRAL.fleet())
            .candidate(MIXTRAL.candidate())
            .baseline(MIXTRAL.baseline())
            .pricing(MIXTRAL.pricing())
            .build();
    BatchResults results =
        ENGINE.batch(
            noMarket,
            Map.of(InputPaths.PRICING_PRICE, new double[] {1, 2}),
            List.of(NETWORK_SHARE_OF_BLENDED_ASP));

    assertThat(results.failureCounts(NETWORK_SHARE_OF_BLENDED_ASP))
        .isEqualTo(Map.of(FailureReason.DEPENDENCY_FAILED, 2));
  }

  @Test
  void blocksAreComputedAlikeOnOneThreadAndOnMany() {
    int rows = 3 * CalculationEngine.DEFAULT_BLOCK_SIZE + 17;
    double[] prices = new double[rows];
    double[] fractions = new double[rows];
    for (int row = 0; row < rows; row++) {
      prices[row] = row % 7 == 0 ? 0 : 0.01 * row;
      fractions[row] = row % 101 == 0 ? 1.5 : 0.5 + 0.5 * row / rows;
    }
    Map<InputPath, double[]> columns =
        Map.of(
            InputPaths.PRICING_PRICE, prices, InputPaths.CANDIDATE_EFFECTIVE_FRACTION, fractions);
    // every built-in measure the batch path computes: all but the UpgradeCashFlows series
    List<Measure<?>> measures = BatchEquivalence.scalar(ENGINE.registry().measures());

    // with lifetime terms, so that the lifetime calculators' blocks are shared out too
    Scenario base =
        MIXTRAL.toBuilder()
            .lifetime(
                Lifetime.builder()
                    .horizonYears(5)
                    .discountRate(0.08)
                    .gpuWatts(1275)
                    .electricityPricePerKwh(CurrencyAmount.of("USD", "0.08"))
                    .pue(1.3)
                    .firstYearRamp(0.8)
                    .build())
            .build();

    BatchResults one = ENGINE.batch(base, columns, measures, 1);
    BatchResults many = ENGINE.batch(base, columns, measures, 3);

    for (Measure<?> measure : measures) {
      assertThat(many.values(measure, -1)).isEqualTo(one.values(measure, -1));
      assertThat(many.failureCounts(measure)).isEqualTo(one.failureCounts(measure));
    }
    assertThat(one.failureCount(VALUE_UPLIFT_PER_GPU)).isEqualTo((rows + 100) / 101);
    assertThat(one.successfulValues(VALUE_UPLIFT_PER_GPU)).hasSize(rows - (rows + 100) / 101);
    assertThat(one.successfulValues(Measures.UPGRADE_NPV)).hasSize(rows - (rows + 100) / 101);
    assertThat(one.rowByRowEvaluations()).isZero();
    assertThat(many.rowByRowEvaluations()).isZero();
  }

  @Test
  void theBlockSizeChangesNoValueAndNoFailure() {
    // 23 rows: one block of the default size, 23 blocks of one row, blocks of 7, 7, 7 and 2
    int rows = 23;
    double[] prices = new double[rows];
    double[] fractions = new double[rows];
    for (int row = 0; row < rows; row++) {
      prices[row] = row % 5 == 0 ? -1 : 0.05 * row; // rows 0, 5, 10, 15, 20 are refused
      fractions[row] = row % 4 == 0 ? 0.6 : 0.6 + 0.4 * row / rows; // uplift 0 in rows 0, 4, ...
    }
    Map<InputPath, double[]> columns =
        Map.of(
            InputPaths.PRICING_PRICE, prices, InputPaths.CANDIDATE_EFFECTIVE_FRACTION, fractions);
    List<Measure<?>> measures = BatchEquivalence.scalar(ENGINE.registry().measures());

    BatchResults whole = ENGINE.batch(MIXTRAL, columns, measures, 1);
    for (int size : new int[] {1, 7}) {
      BatchResults cut = ENGINE.withBlockSize(size).batch(MIXTRAL, columns, measures, 2);
      for (Measure<?> measure : measures) {
        assertThat(cut.values(measure, -1))
            .as("%s, blocks of %d", measure, size)
            .isEqualTo(whole.values(measure, -1));
        assertThat(cut.failureCounts(measure)).isEqualTo(whole.failureCounts(measure));
      }
      assertThat(cut.failureReason(VALUE_UPLIFT_PER_GPU, 15)).contains(FailureReason.INVALID_INPUT);
    }
    assertThat(whole.failureCount(VALUE_UPLIFT_PER_GPU)).isEqualTo(5);
  }

  @Test
  void aBlockSizeIsOneToAMillionRows() {
    assertThat(ENGINE.blockSize()).isEqualTo(4096);
    assertThat(ENGINE.withBlockSize(4096)).isSameAs(ENGINE);
    assertThat(ENGINE.withBlockSize(1).blockSize()).isEqualTo(1);
    assertThat(ENGINE.withBlockSize(1 << 20).blockSize()).isEqualTo(1_048_576);
    assertThat(ENGINE.withBlockSize(8).registry()).isSameAs(ENGINE.registry());
    assertThatThrownBy(() -> ENGINE.withBlockSize(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rows (the block size) must be in [1, 1048576] but was 0");
    assertThatThrownBy(() -> ENGINE.withBlockSize((1 << 20) + 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rows (the block size) must be in [1, 1048576] but was 1048577");
  }

  @Test
  void anEmptyBatchHasNoRows() {
    BatchResults results = fractions();

    assertThat(results.size()).isZero();
    assertThat(results.values(BENEFIT_COST_RATIO)).isEmpty();
    assertThat(results.failureCount(BENEFIT_COST_RATIO)).isZero();
  }

  @Test
  void badCallsAreRefusedWithTheirReason() {
    double[] three = {0.9, 0.9, 0.9};
    assertThatThrownBy(() -> ENGINE.batch(MIXTRAL, Map.of(), RATIO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "columns must vary at least one input of [baseline.annualCostPerGpu");
    assertThatThrownBy(
            () ->
                ENGINE.batch(
                    MIXTRAL,
                    Map.of(
                        InputPaths.CANDIDATE_EFFECTIVE_FRACTION,
                        three,
                        InputPaths.PRICING_PRICE,
                        new double[] {1, 2}),
                    RATIO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "columns must have one length but candidate.effectiveFraction has 3 rows and"
                + " pricing.price has 2");
    assertThatThrownBy(
            () -> ENGINE.batch(MIXTRAL, Map.of(InputPaths.FLEET_SOLD_UTILISATION, three), RATIO))
        .isInstanceOf(UnknownInputPathException.class)
        .hasMessageContaining("fleet.soldUtilisation");
    assertThatThrownBy(
            () ->
                ENGINE.batch(
                    MIXTRAL, Map.of(InputPaths.CANDIDATE_EFFECTIVE_FRACTION, three), RATIO, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("parallelism must be at least 1 but was 0");
    assertThatThrownBy(
            () ->
                ENGINE.batch(
                    MIXTRAL,
                    Map.of(InputPaths.CANDIDATE_EFFECTIVE_FRACTION, three),
                    List.of(BENEFIT_COST_RATIO, BENEFIT_COST_RATIO)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not repeat a measure");

    BatchResults results = fractions(three);
    assertThatThrownBy(() -> results.value(VALUE_UPLIFT_PER_GPU, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "measure must be one of the requested [BenefitCostRatio] but was ValueUpliftPerGpu");
    assertThatThrownBy(() -> results.value(BENEFIT_COST_RATIO, 3))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("row must be in [0, 3) but was 3");
    assertThatThrownBy(() -> results.isSuccess(BENEFIT_COST_RATIO, -1))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> results.result(BENEFIT_COST_RATIO, 3))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  // ------------------------------------------------------------------ plug-ins on the batch path

  private static final Measure<Double> DOUBLED = TestCalculator.measure("DoubledSpeedup");

  /**
   * A plug-in row calculator, "doubler": provides DoubledSpeedup, requires ThroughputSpeedup, reads
   * the candidate's effective fraction (input 0) and the fleet's count (input 1); its body is given
   * by each test.
   */
  private static RowProbe doubler(RowProbe.Body body) {
    return RowProbe.named("doubler")
        .providing(DOUBLED)
        .requiring(THROUGHPUT_SPEEDUP)
        .reading(InputPaths.CANDIDATE_EFFECTIVE_FRACTION, InputPaths.FLEET_COUNT)
        .computing(body);
  }

  private static BatchResults doubled(RowProbe.Body body, double... fractions) {
    CalculationEngine engine =
        CalculationEngine.of(CalculatorRegistry.builtIns().with(doubler(body)));
    return engine.batch(
        MIXTRAL,
        Map.of(InputPaths.CANDIDATE_EFFECTIVE_FRACTION, fractions),
        List.of(DOUBLED, THROUGHPUT_SPEEDUP));
  }

  private static @Nullable FailureReason doubleTheSpeedup(Row row) {
    row.set(0, 2 * row.value(0));
    return null;
  }

  @Test
  void aRowPlugInComputesOnTheBatchPathWithoutRowByRowEvaluations() {
    BatchResults results = doubled(BatchTest::doubleTheSpeedup, 0.95, 0.6, 2);

    assertThat(results.value(DOUBLED, 0)).isEqualTo(2 * results.value(THROUGHPUT_SPEEDUP, 0));
    assertThat(results.value(DOUBLED, 1)).isEqualTo(2 * results.value(THROUGHPUT_SPEEDUP, 1));
    assertThat(results.failureReason(DOUBLED, 2)).contains(FailureReason.INVALID_INPUT);
    assertThat(results.rowByRowEvaluations()).isZero();
    assertThat(results.errors()).isEmpty();
  }

  /**
   * A row refused with MISSING_INPUT or UNDEFINED fails with that reason; the other row of the
   * batch is computed.
   */
  @Test
  void aRowPlugInFailsRowsWithTheReasonsItReturns() {
    BatchResults results =
        doubled(
            row -> {
              double x = row.input(0);
              if (x == 0.95) {
                return FailureReason.UNDEFINED;
              }
              if (x == 0.9) {
                return FailureReason.MISSING_INPUT;
              }
              return doubleTheSpeedup(row);
            },
            0.95,
            0.9,
            0.6);

    assertThat(results.failureReason(DOUBLED, 0)).contains(FailureReason.UNDEFINED);
    assertThat(results.failureReason(DOUBLED, 1)).contains(FailureReason.MISSING_INPUT);
    assertThat(results.isSuccess(DOUBLED, 2)).isTrue();
    assertThat(results.isSuccess(THROUGHPUT_SPEEDUP, 0)).isTrue();
  }

  @Test
  void aRowValueThatIsNotFiniteFailsItsRowAsACalculationError() {
    BatchResults results =
        doubled(
            row -> {
              row.set(0, row.input(0) == 0.6 ? Double.POSITIVE_INFINITY : 2 * row.value(0));
              return null;
            },
            0.95,
            0.6);

    assertThat(results.isSuccess(DOUBLED, 0)).isTrue();
    assertThat(results.failureReason(DOUBLED, 1)).contains(FailureReason.CALCULATION_ERROR);
    assertThat(results.errors()).isEmpty();
  }

  /**
   * On the batch path a row sees the base scenario as its structure, its own scenario on demand,
   * its declared inputs (the varied fraction, 0.9, and the base's fleet count, 1,024, as the
   * reference states it), its required measure as present; it refuses a measure or an output it
   * does not declare, a figure (audited path only) and a negative scratch length. The row whose
   * fraction (1.5) is invalid is never computed, so only row 0 is seen.
   */
  @Test
  void aRowSeesOnlyWhatItDeclares() {
    List<String> seen = new ArrayList<>();
    doubled(
        row -> {
          seen.add("base " + row.scenario().equals(MIXTRAL));
          seen.add("row " + row.rowScenario().candidate().effectiveFraction());
          seen.add("inputs " + row.input(0) + " " + row.input(1));
          seen.add("present " + row.isPresent(0));
          for (Runnable bad :
              List.<Runnable>of(
                  () -> row.value(1),
                  () -> row.set(1, 1),
                  () -> row.output(1),
                  () -> row.figure(0),
                  () -> row.scratch(-1))) {
            try {
              bad.run();
              seen.add("accepted");
            } catch (RuntimeException e) {
              seen.add(e.getClass().getSimpleName() + ": " + e.getMessage());
            }
          }
          return doubleTheSpeedup(row);
        },
        0.9,
        1.5);

    assertThat(seen)
        .containsExactly(
            "base true",
            "row 0.9",
            "inputs 0.9 1024.0",
            "present true",
            "ArrayIndexOutOfBoundsException: Index 1 out of bounds for length 1",
            "ArrayIndexOutOfBoundsException: Index 1 out of bounds for length 1",
            "ArrayIndexOutOfBoundsException: Index 1 out of bounds for length 1",
            "IllegalStateException: figures and explanations are on the audited path only, not on"
                + " the batch path",
            "IllegalArgumentException: length must not be negative but was -1");
  }

  @Test
  void aRowKeptAfterComputeIsRefused() {
    List<Row> kept = new ArrayList<>();
    doubled(
        row -> {
          kept.add(row);
          return doubleTheSpeedup(row);
        },
        0.9);

    assertThatThrownBy(() -> kept.get(0).set(0, 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the row is used after compute returned");
    assertThatThrownBy(() -> kept.get(0).output(0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the row is used after compute returned");
  }

  @Test
  void aProvidedMeasureThePlanDoesNotNeedIsWrittenAndDropped() {
    // the network-cost calculator provides three measures; the ratio needs one of them
    BatchResults results = fractions(0.9, 0.8);

    assertThat(results.measures()).containsExactly(BENEFIT_COST_RATIO);
    assertThat(results.rowByRowEvaluations()).isZero();
    assertThat(Optional.of(results.value(BENEFIT_COST_RATIO, 0))).isPresent();
  }

  @Test
  void aMeasureThePlanDropsIsStillCheckedAsTheAuditedPathChecksIt() {
    // the model ASP share is infinite, so the audited calculator fails both of its figures
    Scenario tinyModelAsp = MIXTRAL.with(InputPaths.MARKET_MODEL_ASP, 1);
    BatchResults results =
        BatchEquivalence.check(
            ENGINE,
            tinyModelAsp,
            Map.of(InputPaths.MARKET_MODEL_ASP, new double[] {1, Double.MIN_VALUE}),
            List.of(NETWORK_SHARE_OF_BLENDED_ASP),
            1);

    assertThat(results.isSuccess(NETWORK_SHARE_OF_BLENDED_ASP, 0)).isTrue();
    assertThat(results.failureReason(NETWORK_SHARE_OF_BLENDED_ASP, 1))
        .contains(FailureReason.CALCULATION_ERROR);
  }

  @Test
  void aRowThatLeavesItsOutputUnsetFailsAsTheAuditedPathWould() {
    BatchResults rowLeft =
        doubled(
            row -> {
              if (row.input(0) == 0.95) {
                row.set(0, 2 * row.value(0)); // the row at 0.6 is left unset
              }
              return null;
            },
            0.95,
            0.6);
    assertThat(rowLeft.isSuccess(DOUBLED, 0)).isTrue();
    assertThat(rowLeft.failureReason(DOUBLED, 1)).contains(FailureReason.CALCULATION_ERROR);

    BatchResults nothing = doubled(row -> null, 0.95, 0.6);
    assertThat(nothing.failureCounts(DOUBLED))
        .isEqualTo(Map.of(FailureReason.CALCULATION_ERROR, 2));
    assertThat(nothing.errors()).isEmpty();
  }

  /** A plug-in model with a parameter and no row body: factor = e^k. */
  private record Power(double k) implements ThroughputModel {
    @Override
    public String name() {
      return "power " + k;
    }

    @Override
    public String formula() {
      return "throughput factor = e^k";
    }

    @Override
    public double throughputFactor(NetworkOption option, Scenario scenario) {
      return Math.pow(option.effectiveFraction(), k);
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
    public ThroughputModel withInput(String name, double value) {
      if (!(value >= 1 && value <= 4)) {
        throw new IllegalArgumentException("k must be in [1, 4] but was " + value);
      }
      return new Power(value);
    }
  }

  @Test
  void aPlugInModelIsComputedWithEachRowsParameters() {
    Scenario powered = MIXTRAL.toBuilder().throughputModel(new Power(1)).build();
    InputPath k = InputPath.of("throughputModel.k");

    BatchResults results =
        BatchEquivalence.check(
            ENGINE,
            powered,
            Map.of(k, new double[] {1, 2, 3, 5}),
            List.of(THROUGHPUT_FACTOR_CANDIDATE, VALUE_UPLIFT_PER_GPU),
            2);

    assertThat(results.value(THROUGHPUT_FACTOR_CANDIDATE, 1)).isEqualTo(Math.pow(0.95, 2));
    assertThat(results.failureReason(VALUE_UPLIFT_PER_GPU, 3))
        .contains(FailureReason.INVALID_INPUT);
    assertThat(powered.inputRule(k).toString()).endsWith("Power.withInput");
  }
}
