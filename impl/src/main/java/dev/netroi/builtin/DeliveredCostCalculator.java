package dev.netroi.builtin;

import static dev.netroi.calc.Measures.COST_PER_DELIVERED_GPU_HOUR_BASELINE;
import static dev.netroi.calc.Measures.COST_PER_DELIVERED_GPU_HOUR_CANDIDATE;
import static dev.netroi.calc.Measures.LIFETIME_TCO_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.LIFETIME_TCO_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.THROUGHPUT_FACTOR_BASELINE;
import static dev.netroi.calc.Measures.THROUGHPUT_FACTOR_CANDIDATE;

import dev.netroi.calc.Explanation;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Row;
import dev.netroi.lifetime.LifetimeFormulas;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Cost per delivered GPU-hour of each option = lifetime TCO per GPU (the measure, as the TCO
 * calculators or a plug-in provide it) / GPU-hours one GPU delivers over the horizon, where
 * delivered hours = hours a year x sold utilisation x throughput factor x (first-year ramp +
 * horizon - 1) ({@link LifetimeFormulas#deliveredHours}): a GPU-hour on a network that realises 60
 * % of the ideal work delivers 0.6 of an ideal GPU-hour. The TCO measures are used, not required: a
 * scenario without lifetime terms fails here as a missing input, as they do. Undefined when the
 * fleet delivers no hours.
 */
public final class DeliveredCostCalculator extends LifetimeCalculator {

  private static final String CANDIDATE =
      COST_PER_DELIVERED_GPU_HOUR_CANDIDATE
          + " = "
          + LIFETIME_TCO_PER_GPU_CANDIDATE
          + " / (hours a year x fleet.soldUtilisation x "
          + THROUGHPUT_FACTOR_CANDIDATE
          + " x (lifetime.firstYearRamp + lifetime.horizonYears - 1))";
  private static final String BASELINE =
      COST_PER_DELIVERED_GPU_HOUR_BASELINE
          + " = "
          + LIFETIME_TCO_PER_GPU_BASELINE
          + " / (hours a year x fleet.soldUtilisation x "
          + THROUGHPUT_FACTOR_BASELINE
          + " x (lifetime.firstYearRamp + lifetime.horizonYears - 1))";

  private static final String NO_TCO =
      "no calculator provides "
          + LIFETIME_TCO_PER_GPU_CANDIDATE
          + " and "
          + LIFETIME_TCO_PER_GPU_BASELINE
          + ", which a cost per delivered GPU-hour needs";

  private static final int TCO = 2;

  /** Creates the calculator. */
  public DeliveredCostCalculator() {
    super(
        List.of(COST_PER_DELIVERED_GPU_HOUR_CANDIDATE, COST_PER_DELIVERED_GPU_HOUR_BASELINE),
        List.of(THROUGHPUT_FACTOR_CANDIDATE, THROUGHPUT_FACTOR_BASELINE),
        List.of(LIFETIME_TCO_PER_GPU_CANDIDATE, LIFETIME_TCO_PER_GPU_BASELINE));
  }

  /** The delivered hours per GPU of an option with a throughput factor. */
  static double hours(double[] s, double factor) {
    return LifetimeFormulas.deliveredHours(
        s[LifetimeRows.HOURS],
        s[LifetimeRows.UTILISATION],
        factor,
        s[LifetimeRows.RAMP],
        LifetimeRows.horizon(s));
  }

  @Override
  @Nullable FailureReason compute(Row row, double[] s) {
    if (!row.isPresent(TCO) || !row.isPresent(TCO + 1)) {
      return FailureReason.MISSING_INPUT;
    }
    double candidateHours = hours(s, row.value(0));
    double baselineHours = hours(s, row.value(1));
    if (!(candidateHours > 0 && baselineHours > 0)) {
      return FailureReason.UNDEFINED;
    }
    row.set(0, LifetimeFormulas.costPerDeliveredHour(row.value(TCO), candidateHours));
    row.set(1, LifetimeFormulas.costPerDeliveredHour(row.value(TCO + 1), baselineHours));
    return null;
  }

  @Override
  String refusal(Row row, double[] s, FailureReason reason) {
    return reason == FailureReason.MISSING_INPUT ? NO_TCO : noHours(s);
  }

  /** The message of a fleet that delivers no GPU-hours. */
  static String noHours(double[] s) {
    return "an option delivers no GPU-hours over the horizon (sold utilisation "
        + s[LifetimeRows.UTILISATION]
        + ", first-year ramp "
        + s[LifetimeRows.RAMP]
        + ", "
        + LifetimeRows.horizon(s)
        + " years): a cost per delivered GPU-hour is undefined";
  }

  @Override
  Explanation explain(Row row, double[] s, int output) {
    return Explanation.of(output == 0 ? CANDIDATE : BASELINE)
        .withInput(
            output == 0 ? LIFETIME_TCO_PER_GPU_CANDIDATE : LIFETIME_TCO_PER_GPU_BASELINE,
            money(row, row.value(TCO + output)))
        .withInput("hours a year", s[LifetimeRows.HOURS])
        .withInput("fleet.soldUtilisation", s[LifetimeRows.UTILISATION])
        .withInput(
            output == 0 ? THROUGHPUT_FACTOR_CANDIDATE : THROUGHPUT_FACTOR_BASELINE,
            row.value(output))
        .withInput("lifetime.firstYearRamp", s[LifetimeRows.RAMP])
        .withInput("lifetime.horizonYears", LifetimeRows.horizon(s));
  }
}
