package dev.netroi.builtin;

import static dev.netroi.calc.Measures.BREAK_EVEN_EFFECTIVE_FRACTION;

import dev.netroi.InputPaths;
import dev.netroi.Scenario;
import dev.netroi.ThroughputModel;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Row;
import dev.netroi.finance.Discounting;
import dev.netroi.lifetime.LifetimeFormulas;
import dev.netroi.throughput.ThroughputModels;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The lowest effective-bandwidth fraction of the candidate at which the upgrade's NPV is zero. The
 * NPV is linear in the candidate's realised value, so the realised value that matches the baseline
 * is today's less NPV / (GPUs x sum over years of ramp / (1 + rate)^t) ({@link
 * LifetimeFormulas#neededRevenue}); the scenario's throughput model turns it into a throughput
 * factor (realised value is proportional to it), and a bisection over the fraction in [{@value
 * #LOWEST}, 1] finds where the model's factor reaches it, to the precision of a double. Undefined
 * when even a fraction of 1 falls short, when the lowest fraction already matches, or when the
 * candidate realises no value.
 *
 * <p>Each row evaluates the throughput model about 60 times on scenarios with the candidate's
 * fraction changed, on both paths, so this figure costs more than the others.
 */
public final class BreakEvenEffectiveFractionCalculator extends UpgradeCalculator {

  /** The lowest fraction searched. */
  static final double LOWEST = 1e-6;

  /** Creates the calculator. */
  public BreakEvenEffectiveFractionCalculator() {
    super(
        List.of(BREAK_EVEN_EFFECTIVE_FRACTION),
        BREAK_EVEN_EFFECTIVE_FRACTION
            + " = the candidate.effectiveFraction at which the throughput model's factor x"
            + " realised value / today's factor gives an upgrade NPV of 0");
  }

  private static double rampAnnuity(double[] s) {
    return LifetimeFormulas.rampAnnuity(
        s[LifetimeRows.RAMP], s[LifetimeRows.RATE], LifetimeRows.horizon(s));
  }

  /**
   * The candidate's throughput factor in a row's scenario with its effective fraction set to e. A
   * built-in model ({@link ThroughputModels#isBuiltIn}, told apart by class) reads only the option
   * it is given and the scenario's baseline, so it gets the changed option and the row's scenario;
   * a plug-in model gets a scenario rebuilt with the changed fraction and its candidate, as its
   * contract promises.
   */
  static double factor(Scenario row, double e) {
    ThroughputModel model = row.throughputModel().orElse(ThroughputModels.linear());
    if (ThroughputModels.isBuiltIn(model)) {
      return model.throughputFactor(row.candidate().withEffectiveFraction(e), row);
    }
    Scenario changed = row.with(InputPaths.CANDIDATE_EFFECTIVE_FRACTION, e);
    ThroughputModel changedModel = changed.throughputModel().orElse(ThroughputModels.linear());
    return changedModel.throughputFactor(changed.candidate(), changed);
  }

  @Override
  @Nullable FailureReason compute(Row row, double[] s, int length) {
    double revenue = row.value(REVENUE_CANDIDATE);
    if (!(revenue > 0)) {
      return FailureReason.UNDEFINED;
    }
    double npv = Discounting.npv(s[LifetimeRows.RATE], s, length);
    double needed =
        LifetimeFormulas.neededRevenue(revenue, npv, s[LifetimeRows.COUNT], rampAnnuity(s));
    Scenario rowScenario = row.rowScenario();
    double today = rowScenario.candidate().effectiveFraction();
    double target = factor(rowScenario, today) * (needed / revenue);
    if (!Double.isFinite(target)) {
      return FailureReason.UNDEFINED;
    }
    double lo = LOWEST;
    double hi = 1;
    if (factor(rowScenario, hi) < target || factor(rowScenario, lo) >= target) {
      return FailureReason.UNDEFINED;
    }
    // a bound that any bracket of doubles meets, so the cap never stops the search early
    for (int step = 0; step < Discounting.MAX_BISECTIONS; step++) {
      double mid = lo + (hi - lo) / 2;
      if (mid <= lo || mid >= hi) {
        break;
      }
      if (factor(rowScenario, mid) >= target) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    row.set(0, hi);
    return null;
  }

  @Override
  String refusal(Row row, double[] s, FailureReason reason) {
    if (!(row.value(REVENUE_CANDIDATE) > 0)) {
      return "the candidate realises no value: no effective fraction matches the baseline";
    }
    int length = LifetimeRows.length(s);
    double npv = Discounting.npv(s[LifetimeRows.RATE], s, length);
    if (!Double.isFinite(npv / (s[LifetimeRows.COUNT] * rampAnnuity(s)))) {
      return "the candidate sells nothing that the discount rate values within the horizon"
          + " (first-year ramp "
          + s[LifetimeRows.RAMP]
          + " over "
          + LifetimeRows.horizon(s)
          + " years): no effective fraction changes the NPV";
    }
    return npv < 0
        ? "even an effective fraction of 1 does not give the candidate the baseline's NPV"
        : "the candidate matches the baseline at every effective fraction down to 0.000001";
  }
}
