package dev.netroi.builtin;

import static dev.netroi.calc.Measures.COST_PER_DELIVERED_GPU_HOUR_BASELINE;
import static dev.netroi.calc.Measures.COST_PER_DELIVERED_GPU_HOUR_CANDIDATE;
import static dev.netroi.calc.Measures.LIFETIME_TCO_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.LIFETIME_TCO_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.THROUGHPUT_FACTOR_BASELINE;
import static dev.netroi.calc.Measures.THROUGHPUT_FACTOR_CANDIDATE;

import dev.netroi.Scenario;
import dev.netroi.calc.Block;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.FailureReason;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Cost per delivered GPU-hour of each option = lifetime TCO per GPU (computed from the lifetime
 * terms by the formulas of {@link TcoCalculator}, so that a scenario without them fails here as a
 * missing input) / GPU-hours one GPU delivers over the horizon, where delivered hours = hours a
 * year x sold utilisation x throughput factor x (first-year ramp + horizon - 1): a GPU-hour on a
 * network that realises 60 % of the ideal work delivers 0.6 of an ideal GPU-hour. Undefined when
 * the fleet delivers no hours.
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

  /** Creates the calculator. */
  public DeliveredCostCalculator() {
    super(
        List.of(COST_PER_DELIVERED_GPU_HOUR_CANDIDATE, COST_PER_DELIVERED_GPU_HOUR_BASELINE),
        List.of(THROUGHPUT_FACTOR_CANDIDATE, THROUGHPUT_FACTOR_BASELINE),
        true,
        true);
  }

  /** Cost per delivered GPU-hour = lifetime TCO per GPU / delivered GPU-hours per GPU. */
  static double costPerHour(double lifetimeTco, double deliveredHours) {
    return lifetimeTco / deliveredHours;
  }

  @Override
  @Nullable FailureReason compute(
      LifetimeTerms t,
      double[] required,
      double[] out,
      Scenario scenario,
      @Nullable Block block,
      int row) {
    double candidateHours = t.deliveredHours(required[0]);
    double baselineHours = t.deliveredHours(required[1]);
    if (!(candidateHours > 0 && baselineHours > 0)) {
      return FailureReason.UNDEFINED;
    }
    out[0] = costPerHour(t.lifetimeTco(t.candidate), candidateHours);
    out[1] = costPerHour(t.lifetimeTco(t.baseline), baselineHours);
    return null;
  }

  @Override
  String refusal(LifetimeTerms t, double[] required, Scenario scenario, FailureReason reason) {
    return noHours(t);
  }

  /** The message of a fleet that delivers no GPU-hours. */
  static String noHours(LifetimeTerms t) {
    return "an option delivers no GPU-hours over the horizon (sold utilisation "
        + t.utilisation
        + ", first-year ramp "
        + t.ramp
        + ", "
        + t.horizon
        + " years): a cost per delivered GPU-hour is undefined";
  }

  @Override
  Explanation explain(int index, LifetimeTerms t, double[] required, double[] out, Scenario s) {
    return Explanation.of(index == 0 ? CANDIDATE : BASELINE)
        .withInput(
            index == 0 ? LIFETIME_TCO_PER_GPU_CANDIDATE : LIFETIME_TCO_PER_GPU_BASELINE,
            TcoCalculator.money(s, t.lifetimeTco(index == 0 ? t.candidate : t.baseline)))
        .withInput("hours a year", t.hoursPerYear)
        .withInput("fleet.soldUtilisation", t.utilisation)
        .withInput(
            index == 0 ? THROUGHPUT_FACTOR_CANDIDATE : THROUGHPUT_FACTOR_BASELINE, required[index])
        .withInput("lifetime.firstYearRamp", t.ramp)
        .withInput("lifetime.horizonYears", t.horizon);
  }
}
