package dev.netroi.builtin;

import static dev.netroi.calc.Measures.BREAK_EVEN_EFFECTIVE_FRACTION;

import dev.netroi.InputPath;
import dev.netroi.InputPaths;
import dev.netroi.InputRow;
import dev.netroi.OptionRole;
import dev.netroi.Scenario;
import dev.netroi.ThroughputModel;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Row;
import dev.netroi.finance.Discounting;
import dev.netroi.lifetime.LifetimeFormulas;
import dev.netroi.throughput.ThroughputModels;
import java.util.ArrayList;
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

  @Override
  public List<InputPath> inputPaths(Scenario structure) {
    List<InputPath> lifetime = LifetimeRows.inputPaths(structure);
    List<InputPath> model = model(structure).factorInputs();
    if (lifetime.isEmpty() || model.indexOf(InputPaths.CANDIDATE_EFFECTIVE_FRACTION) < 0) {
      return lifetime;
    }
    List<InputPath> all = new ArrayList<>(lifetime);
    all.addAll(model);
    return List.copyOf(all);
  }

  private static ThroughputModel model(Scenario structure) {
    return structure.throughputModel().orElse(ThroughputModels.linear());
  }

  /**
   * The candidate's throughput factor at other effective fractions: through the model's row form
   * ({@link ThroughputModel#throughputFactor(InputRow, OptionRole)}) on a view of the row whose
   * candidate fraction is set, where the model declares its inputs; else (a plug-in model without a
   * row form) on the row's scenario rebuilt with the fraction, as the model's contract promises.
   */
  private static final class Factors implements InputRow {
    private final Row row;
    private final ThroughputModel model;
    private final int first;
    private final int fraction;
    private double e;
    private double[] scratch = new double[0];

    Factors(Row row, ThroughputModel model) {
      this.row = row;
      this.model = model;
      List<InputPath> own = model.factorInputs();
      int index = own.indexOf(InputPaths.CANDIDATE_EFFECTIVE_FRACTION);
      this.first = index < 0 ? -1 : LifetimeRows.inputPaths(row.scenario()).size();
      this.fraction = index;
    }

    /** The candidate's factor at the effective fraction e. */
    double at(double e) {
      if (first < 0) {
        Scenario changed = row.rowScenario().with(InputPaths.CANDIDATE_EFFECTIVE_FRACTION, e);
        ThroughputModel changedModel = model(changed);
        return changedModel.throughputFactor(changed.candidate(), changed);
      }
      this.e = e;
      return model.throughputFactor(this, OptionRole.CANDIDATE);
    }

    @Override
    public Scenario scenario() {
      return row.scenario();
    }

    @Override
    public double input(int index) {
      return index == fraction ? e : row.input(first + index);
    }

    @Override
    public Scenario rowScenario() {
      return row.rowScenario().with(InputPaths.CANDIDATE_EFFECTIVE_FRACTION, e);
    }

    @Override
    public double[] scratch(int length) {
      if (scratch.length < length) {
        scratch = new double[length]; // not the row's: the lifetime terms are in that one
      }
      return scratch;
    }
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
    Factors factors = new Factors(row, model(row.scenario()));
    double today =
        factors.first < 0
            ? row.rowScenario().candidate().effectiveFraction()
            : row.input(factors.first + factors.fraction);
    double target = factors.at(today) * (needed / revenue);
    if (!Double.isFinite(target)) {
      return FailureReason.UNDEFINED;
    }
    double lo = LOWEST;
    double hi = 1;
    if (factors.at(hi) < target || factors.at(lo) >= target) {
      return FailureReason.UNDEFINED;
    }
    // a bound that any bracket of doubles meets, so the cap never stops the search early
    for (int step = 0; step < Discounting.MAX_BISECTIONS; step++) {
      double mid = lo + (hi - lo) / 2;
      if (mid <= lo || mid >= hi) {
        break;
      }
      if (factors.at(mid) >= target) {
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
