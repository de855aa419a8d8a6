package dev.netroi.engine;

import static dev.netroi.testkit.PropertyChecks.qt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.netroi.InputPath;
import dev.netroi.builtin.BuiltInCalculators;
import dev.netroi.calc.CalculationContext;
import dev.netroi.calc.Calculator;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Figure;
import dev.netroi.calc.Measure;
import dev.netroi.testkit.BatchEquivalence;
import dev.netroi.testkit.Coverage;
import dev.netroi.testkit.NetroiDomain;
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
    coverage.require("rows spanning blocks", batch -> batch.size() > BatchRun.BLOCK_SIZE);
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
    List<Measure<?>> measures = ENGINE.registry().measures();

    qt().forAll(NetroiDomain.scenarios(), BatchEquivalence.seeds(), Generate.range(1, 3))
        .checkAssert(
            (base, seed, parallelism) -> {
              Map<InputPath, double[]> columns = BatchEquivalence.columns(base, seed);
              // half the runs ask for some measures only: the plan then drops the others
              BatchResults batch =
                  // every built-in computes its blocks on columns: none may fall back to rows
                  BatchEquivalence.check(
                      ENGINE, base, columns, someOf(measures, seed), parallelism, true);
              coverage.record(batch);
            });

    coverage.check();
  }

  @Test
  void theRowByRowFallbackEqualsTheAuditedPathToo() {
    List<Calculator> plain = new ArrayList<>();
    for (Calculator calculator : BuiltInCalculators.all()) {
      plain.add(new RowByRowOnly(calculator));
    }
    CalculationEngine engine = CalculationEngine.of(CalculatorRegistry.of(plain));
    List<Measure<?>> measures = engine.registry().measures();

    qt(200)
        .forAll(NetroiDomain.scenarios(), BatchEquivalence.seeds())
        .checkAssert(
            (base, seed) -> {
              BatchResults batch =
                  BatchEquivalence.check(
                      engine, base, BatchEquivalence.columns(base, seed), measures, 2);
              assertThat(batch.rowByRowEvaluations()).isPositive();
            });
  }

  /** A built-in without its block method: the engine must compute it row by row. */
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
    public String name() {
      return delegate.name();
    }

    @Override
    public List<Figure<?>> calculate(CalculationContext context) {
      return delegate.calculate(context);
    }
  }

  @Test
  void aBatchGivesTheSameColumnsOnOneThreadAndOnFour() {
    qt(100)
        .forAll(NetroiDomain.scenarios(), BatchEquivalence.seeds())
        .checkAssert(
            (base, seed) -> {
              Map<InputPath, double[]> columns = BatchEquivalence.columns(base, seed);
              List<Measure<?>> measures = ENGINE.registry().measures();
              BatchResults one = ENGINE.batch(base, columns, measures, 1);
              BatchResults four = ENGINE.batch(base, columns, measures, 4);
              for (Measure<?> measure : measures) {
                assertThat(four.values(measure, -1)).isEqualTo(one.values(measure, -1));
                assertThat(four.failureCounts(measure)).isEqualTo(one.failureCounts(measure));
              }
            });
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
