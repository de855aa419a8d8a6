package dev.netroi.builtin;

import static dev.netroi.calc.Measures.REALISED_ANNUAL_VALUE_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE;

import dev.netroi.CashFlows;
import dev.netroi.Scenario;
import dev.netroi.calc.Block;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Measure;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The common part of the calculators of the upgrade: each row's yearly cash flows of choosing the
 * candidate over the baseline ({@link LifetimeTerms#upgradeFlows}, from the realised annual values
 * of both options) are computed once, and the subclass derives its figures from them.
 */
abstract class UpgradeCalculator extends LifetimeCalculator {

  private final String[] formulas;

  UpgradeCalculator(List<Measure<?>> outputs, String... formulas) {
    this(outputs, List.of(), formulas);
  }

  /**
   * @param outputs the provided measures
   * @param more required measures after the two realised values, in {@code required[2..]}
   * @param formulas one formula per provided measure
   */
  UpgradeCalculator(List<Measure<?>> outputs, List<Measure<?>> more, String... formulas) {
    super(outputs, inputs(more), true, true);
    this.formulas = formulas.clone();
  }

  private static List<Measure<?>> inputs(List<Measure<?>> more) {
    List<Measure<?>> inputs = new ArrayList<>();
    inputs.add(REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE);
    inputs.add(REALISED_ANNUAL_VALUE_PER_GPU_BASELINE);
    inputs.addAll(more);
    return inputs;
  }

  @Override
  final @Nullable FailureReason compute(
      LifetimeTerms t,
      double[] required,
      double[] out,
      Scenario scenario,
      @Nullable Block block,
      int row) {
    t.upgradeFlows(required[0], required[1], t.flows);
    if (!LifetimeTerms.allFinite(t.flows, t.horizon + 1)) {
      // inputs so extreme that a flow overflows: the base class fails the row as UNDEFINED
      java.util.Arrays.fill(out, Double.NaN);
      return null;
    }
    return compute(t, t.flows, t.horizon + 1, required, out, scenario, block, row);
  }

  /**
   * Computes the figures from the upgrade's flows.
   *
   * @param t the row's terms
   * @param flows the upgrade's fleet cash flows, years 0 to n in {@code [0, length)}
   * @param length n + 1
   * @param required the realised annual values per GPU of the candidate and the baseline
   * @param out the values to fill
   * @param scenario the (base) scenario
   * @param block the block on the batch path, null on the audited path
   * @param row the row on the batch path
   * @return null when the figures are computed, else why the row fails
   */
  abstract @Nullable FailureReason compute(
      LifetimeTerms t,
      double[] flows,
      int length,
      double[] required,
      double[] out,
      Scenario scenario,
      @Nullable Block block,
      int row);

  /** The upgrade's flows of the audited path as a series, for explanations and messages. */
  static CashFlows series(LifetimeTerms t, Scenario s) {
    return CashFlows.of(s.currency(), Arrays.copyOf(t.flows, t.horizon + 1));
  }

  @Override
  Explanation explain(int index, LifetimeTerms t, double[] required, double[] out, Scenario s) {
    return Explanation.of(formulas[index])
        .withInput("upgrade cash flows", series(t, s).toDisplayString())
        .withInput("lifetime.discountRate", t.rate)
        .withInput("lifetime.horizonYears", t.horizon);
  }
}
