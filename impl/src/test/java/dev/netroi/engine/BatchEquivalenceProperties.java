package dev.netroi.engine;

import static dev.netroi.testkit.PropertyChecks.qtOverBatches;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netroi.InputPath;
import dev.netroi.InputPaths;
import dev.netroi.builtin.BuiltInCalculators;
import dev.netroi.builtin.UpgradeCashFlowsCalculator;
import dev.netroi.calc.CalculationContext;
import dev.netroi.calc.Calculator;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Figure;
import dev.netroi.calc.Measure;
import dev.netroi.calc.Measures;
import dev.netroi.calc.RowCalculator;
import dev.netroi.reference.ReferenceArgument;
import dev.netroi.testkit.BatchEquivalence;
import dev.netroi.testkit.Coverage;
import dev.netroi.testkit.NetroiDomain;
import dev.netroi.testkit.PropertyChecks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * The batch path against the audited path, over generated scenarios and input columns: every row
 * and measure has the same value to the bit and the same failure reason, whatever the parallelism.
 */
class BatchEquivalenceProperties {

  private static final CalculationEngine ENGINE =
      CalculationEngine.of(CalculatorRegistry.builtIns());

  @Test
  void everyRowOfABatchEqualsTheAuditedResultOfItsScenario() {
    Coverage<BatchResults> coverage = Coverage.of("batches");
    // the block size of a batch is not in BatchResults: each run records it beside the batch
    Coverage<Integer> blocks = Coverage.of("rows per block");
    blocks.require("more rows than a block", spans -> spans > 1);
    blocks.require("blocks of one row", spans -> spans == -1);
    blocks.require("the default block size", spans -> spans == 0);
    for (FailureReason reason : FailureReason.values()) {
      coverage.require(
          "a row failing as " + reason,
          batch ->
              batch.measures().stream()
                  .anyMatch(measure -> batch.failureCounts(measure).containsKey(reason)));
    }
    coverage.require(
        "a row with every measure computed",
        batch -> {
          for (int row = 0; row < batch.size(); row++) {
            int computed = 0;
            for (Measure<?> measure : batch.measures()) {
              computed += batch.isSuccess(measure, row) ? 1 : 0;
            }
            if (computed == batch.measures().size()) {
              return true;
            }
          }
          return false;
        });
    // the batch path computes the scalar measures: every built-in one but UpgradeCashFlows
    List<Measure<?>> measures = BatchEquivalence.scalar(ENGINE.registry().measures());

    qtOverBatches(PropertyChecks.DEFAULT_EXAMPLES)
        .forAll(NetroiDomain.scenarios(), BatchEquivalence.seeds(), Generate.range(1, 3))
        .checkAssert(
            (base, seed, parallelism) -> {
              Map<InputPath, double[]> columns = BatchEquivalence.columns(base, seed);
              // half the runs ask for some measures only: the plan then drops the others
              int blockSize = BatchEquivalence.blockSize(seed);
              BatchResults batch =
                  // every built-in computes its blocks on columns: none may fall back to rows
                  BatchEquivalence.check(
                      ENGINE.withBlockSize(blockSize),
                      base,
                      columns,
                      someOf(measures, seed),
                      parallelism,
                      true);
              coverage.record(batch);
              int rows = batch.size();
              blocks.record(
                  blockSize == CalculationEngine.DEFAULT_BLOCK_SIZE
                      ? 0
                      : blockSize == 1 ? -1 : (rows + blockSize - 1) / blockSize);
            });

    coverage.check();
    blocks.check();
  }

  @Test
  void theRowByRowFallbackEqualsTheAuditedPathToo() {
    List<Calculator> plain = new ArrayList<>();
    for (Calculator calculator : BuiltInCalculators.all()) {
      plain.add(new RowByRowOnly(calculator));
    }
    CalculationEngine engine = CalculationEngine.of(CalculatorRegistry.of(plain));
    List<Measure<?>> measures = BatchEquivalence.scalar(engine.registry().measures());

    qtOverBatches(200)
        .forAll(NetroiDomain.scenarios(), BatchEquivalence.seeds())
        .checkAssert(
            (base, seed) -> {
              BatchResults batch =
                  BatchEquivalence.check(
                      engine.withBlockSize(BatchEquivalence.blockSize(seed)),
                      base,
                      BatchEquivalence.columns(base, seed),
                      measures,
                      2);
              assertThat(batch.rowByRowEvaluations()).isPositive();
            });
  }

  /**
   * A built-in seen as a plain audited calculator (no block method, no row body): the engine must
   * compute it row by row. A row calculator is run as the engine runs it on a context ({@link
   * Calculators#calculate}), with the measures it uses.
   */
  private record RowByRowOnly(Calculator delegate) implements Calculator {
    @Override
    public Set<Measure<?>> provides() {
      return delegate.provides();
    }

    @Override
    public Set<Measure<?>> requires() {
      return delegate.requires();
    }

    @Override
    public Set<Measure<?>> uses() {
      return delegate.uses();
    }

    @Override
    public String name() {
      return delegate.name();
    }

    @Override
    public List<Figure<?>> calculate(CalculationContext context) {
      return Calculators.calculate(delegate, context);
    }
  }

  @Test
  void aBatchGivesTheSameColumnsOnOneThreadAndOnFour() {
    qtOverBatches(100)
        .forAll(NetroiDomain.scenarios(), BatchEquivalence.seeds())
        .checkAssert(
            (base, seed) -> {
              Map<InputPath, double[]> columns = BatchEquivalence.columns(base, seed);
              List<Measure<?>> measures = BatchEquivalence.scalar(ENGINE.registry().measures());
              // small blocks, so that the four threads share them out
              CalculationEngine engine = ENGINE.withBlockSize(1 + (int) (seed & 7));
              BatchResults one = engine.batch(base, columns, measures, 1);
              BatchResults four = engine.batch(base, columns, measures, 4);
              for (Measure<?> measure : measures) {
                assertThat(four.values(measure, -1)).isEqualTo(one.values(measure, -1));
                assertThat(four.failureCounts(measure)).isEqualTo(one.failureCounts(measure));
              }
            });
  }

  /**
   * The batch path relies on every built-in computing its blocks on columns: each built-in whose
   * measures are all scalar is a {@link RowCalculator}, whose one body the engine runs over each
   * block's columns. The one exception is {@link UpgradeCashFlowsCalculator}, whose value is a
   * {@code CashFlows} series that the batch path refuses, with a message naming the measure and its
   * type.
   */
  @Test
  void everyBuiltInWithScalarMeasuresComputesBlocksAndTheSeriesIsRefused() {
    List<Calculator> notBlocks = new ArrayList<>();
    for (Calculator calculator : BuiltInCalculators.all()) {
      boolean scalar = calculator.provides().stream().allMatch(BatchEquivalence::isScalar);
      if (scalar) {
        assertThat(calculator).as(calculator.name()).isInstanceOf(RowCalculator.class);
      } else {
        notBlocks.add(calculator);
      }
    }
    assertThat(notBlocks).singleElement().isInstanceOf(UpgradeCashFlowsCalculator.class);
    assertThat(notBlocks.get(0)).isNotInstanceOf(RowCalculator.class);
    assertThat(notBlocks.get(0).provides()).containsExactly(Measures.UPGRADE_CASH_FLOWS);
    assertThat(BatchEquivalence.scalar(ENGINE.registry().measures()))
        .hasSize(ENGINE.registry().measures().size() - 1)
        .doesNotContain(Measures.UPGRADE_CASH_FLOWS);
    assertThatThrownBy(
            () ->
                ENGINE.batch(
                    ReferenceArgument.mixtral(),
                    Map.of(InputPaths.FLEET_COUNT, new double[] {1024}),
                    List.of(Measures.UPGRADE_CASH_FLOWS),
                    1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the batch path computes measures whose values are numbers, but UpgradeCashFlows has"
                + " values of type CashFlows");
  }

  /** All the measures for an even seed; one to three of them, drawn from the seed, for an odd. */
  private static List<Measure<?>> someOf(List<Measure<?>> measures, long seed) {
    if (seed % 2 == 0) {
      return measures;
    }
    List<Measure<?>> shuffled = new ArrayList<>(measures);
    Random random = new Random(seed);
    Collections.shuffle(shuffled, random);
    return List.copyOf(shuffled.subList(0, 1 + random.nextInt(3)));
  }
}
