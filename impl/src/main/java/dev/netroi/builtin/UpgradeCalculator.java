package dev.netroi.builtin;

import static dev.netroi.calc.Measures.NETWORK_COST_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.NETWORK_COST_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.REALISED_ANNUAL_VALUE_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE;

import dev.netroi.calc.Explanation;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Measure;
import dev.netroi.calc.Row;
import dev.netroi.lifetime.LifetimeFormulas;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The common part of the calculators of the upgrade: each row's yearly cash flows of choosing the
 * candidate over the baseline ({@link LifetimeFormulas#upgradeFlowPerGpu}, from the realised annual
 * values and the network measures of both options) are computed once per row into the row's scratch
 * array, and the subclass derives its figures from them. Flows that overflow a double fail the row
 * as {@code UNDEFINED}.
 */
abstract class UpgradeCalculator extends LifetimeCalculator {

  /** The value index of the candidate's realised annual value per GPU. */
  static final int REVENUE_CANDIDATE = 0;

  /** The value index of the baseline's realised annual value per GPU. */
  static final int REVENUE_BASELINE = 1;

  /** The value index of the first of the measures a subclass requires besides. */
  static final int MORE = 4;

  private final String[] formulas;

  UpgradeCalculator(List<Measure<?>> outputs, String... formulas) {
    this(outputs, List.of(), formulas);
  }

  /**
   * @param outputs the provided measures
   * @param more required measures after the realised values and network costs, from value index
   *     {@link #MORE}
   * @param formulas one formula per provided measure
   */
  UpgradeCalculator(List<Measure<?>> outputs, List<Measure<?>> more, String... formulas) {
    super(outputs, required(more), fabricMeasures(true, true));
    this.formulas = formulas.clone();
  }

  private static List<Measure<?>> required(List<Measure<?>> more) {
    List<Measure<?>> required = new ArrayList<>();
    required.add(REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE);
    required.add(REALISED_ANNUAL_VALUE_PER_GPU_BASELINE);
    required.add(NETWORK_COST_PER_GPU_CANDIDATE);
    required.add(NETWORK_COST_PER_GPU_BASELINE);
    required.addAll(more);
    return required;
  }

  /** Fills the scratch array's flows with the upgrade's flows of the row. */
  static void flows(Row row, double[] s) {
    LifetimeRows.upgradeFlows(
        s,
        LifetimeRows.CANDIDATE,
        row.value(REVENUE_CANDIDATE),
        LifetimeRows.BASELINE,
        row.value(REVENUE_BASELINE),
        LifetimeRows.FLOWS);
  }

  @Override
  final @Nullable FailureReason compute(Row row, double[] s) {
    flows(row, s);
    int length = LifetimeRows.length(s);
    if (!LifetimeFormulas.allFinite(s, length)) {
      // inputs so extreme that a flow overflows: the base class fails the row as UNDEFINED
      for (int i = 0; i < outputs().size(); i++) {
        row.set(i, Double.NaN);
      }
      return null;
    }
    return compute(row, s, length);
  }

  /**
   * Computes the figures from the upgrade's flows.
   *
   * @param row the row
   * @param s the row's terms, the upgrade's fleet cash flows of years 0 to n in {@code s[0,
   *     length)}
   * @param length n + 1
   * @return null when the figures are computed, else why the row fails
   */
  abstract @Nullable FailureReason compute(Row row, double[] s, int length);

  /** The upgrade's flows of a row as a display string, for explanations and messages. */
  static String series(Row row, double[] s) {
    return series(row, s, LifetimeRows.FLOWS, LifetimeRows.length(s));
  }

  @Override
  Explanation explain(Row row, double[] s, int output) {
    flows(row, s);
    return withFlows(
            Explanation.of(formulas[output]),
            "upgrade cash flows",
            row,
            s,
            LifetimeRows.FLOWS,
            LifetimeRows.length(s))
        .withInput("lifetime.discountRate", s[LifetimeRows.RATE])
        .withInput("lifetime.horizonYears", LifetimeRows.horizon(s));
  }
}
