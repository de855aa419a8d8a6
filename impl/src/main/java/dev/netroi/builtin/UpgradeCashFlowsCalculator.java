package dev.netroi.builtin;

import static dev.netroi.calc.Measures.FABRIC_CAPEX_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.FABRIC_CAPEX_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.FABRIC_POWER_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.FABRIC_POWER_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.NETWORK_COST_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.NETWORK_COST_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.REALISED_ANNUAL_VALUE_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.UPGRADE_CASH_FLOWS;

import dev.netroi.CashFlows;
import dev.netroi.CurrencyAmount;
import dev.netroi.InputPath;
import dev.netroi.Scenario;
import dev.netroi.calc.CalculationContext;
import dev.netroi.calc.CalculationException;
import dev.netroi.calc.Calculator;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Figure;
import dev.netroi.calc.Measure;
import dev.netroi.calc.Row;
import dev.netroi.lifetime.LifetimeFormulas;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The yearly cash flows of choosing the candidate over the baseline, as a {@link CashFlows} series:
 * (candidate flow - baseline flow) x GPUs for years 0 to n ({@link
 * LifetimeFormulas#upgradeFlowPerGpu}), from the same measures (realised values, network costs,
 * fabric capex and power when present) and inputs as the upgrade's scalar figures. A series is not
 * a number, so this calculator works on the audited path only; the engine's batch path refuses
 * series measures, and the figures derived from the flows (NPV, IRR, payback, break-evens) are
 * scalar measures that the batch path computes from the same flows.
 */
public final class UpgradeCashFlowsCalculator implements Calculator {

  private static final String FORMULA =
      UPGRADE_CASH_FLOWS
          + " = (candidate flow - baseline flow) x fleet.count for years 0..lifetime.horizonYears;"
          + " year 0 = -(fleet.unitPrice + fabric capex per GPU), year t = realised value x ramp -"
          + " network cost - energy - hosting, plus book values in the last year";

  /** The required then used measures, in the order of the row's value indexes. */
  private static final List<Measure<?>> READS =
      List.of(
          REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE,
          REALISED_ANNUAL_VALUE_PER_GPU_BASELINE,
          NETWORK_COST_PER_GPU_CANDIDATE,
          NETWORK_COST_PER_GPU_BASELINE,
          FABRIC_CAPEX_PER_GPU_CANDIDATE,
          FABRIC_CAPEX_PER_GPU_BASELINE,
          FABRIC_POWER_PER_GPU_CANDIDATE,
          FABRIC_POWER_PER_GPU_BASELINE);

  private static final int REQUIRED = 4;

  private static final Set<Measure<?>> PROVIDES = Set.of(UPGRADE_CASH_FLOWS);
  private static final Set<Measure<?>> REQUIRES = Set.copyOf(READS.subList(0, REQUIRED));
  private static final Set<Measure<?>> USES = Set.copyOf(READS.subList(REQUIRED, READS.size()));

  /** The failure of a scenario without lifetime terms, made once: it allocates nothing. */
  private final CalculationException noLifetime =
      new CalculationException(FailureReason.MISSING_INPUT, LifetimeRows.NO_LIFETIME);

  /** Creates the calculator. */
  public UpgradeCashFlowsCalculator() {}

  @Override
  public Set<Measure<?>> provides() {
    return PROVIDES;
  }

  @Override
  public Set<Measure<?>> requires() {
    return REQUIRES;
  }

  @Override
  public Set<Measure<?>> uses() {
    return USES;
  }

  @Override
  public List<Figure<?>> calculate(CalculationContext context) {
    Scenario scenario = context.scenario();
    if (scenario.lifetime().isEmpty()) {
      throw noLifetime;
    }
    ContextRow row = new ContextRow(context);
    double[] s = LifetimeRows.read(row);
    LifetimeRows.network(row, s, LifetimeRows.CANDIDATE, 2, 4, 6);
    LifetimeRows.network(row, s, LifetimeRows.BASELINE, 3, 5, 7);
    LifetimeRows.upgradeFlows(
        s,
        LifetimeRows.CANDIDATE,
        row.value(0),
        LifetimeRows.BASELINE,
        row.value(1),
        LifetimeRows.FLOWS);
    int length = LifetimeRows.length(s);
    if (!LifetimeFormulas.allFinite(s, length)) {
      throw new CalculationException(
          FailureReason.UNDEFINED, LifetimeRows.overflow(row, row.paths, READS, false));
    }
    CashFlows flows =
        CashFlows.of(
            scenario.currency(),
            Arrays.copyOfRange(s, LifetimeRows.FLOWS, LifetimeRows.FLOWS + length));
    CurrencyAmount candidate = context.value(REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE);
    CurrencyAmount baseline = context.value(REALISED_ANNUAL_VALUE_PER_GPU_BASELINE);
    return List.of(
        Figure.of(
            UPGRADE_CASH_FLOWS,
            flows,
            Explanation.of(FORMULA)
                .withInput(REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE, candidate)
                .withInput(REALISED_ANNUAL_VALUE_PER_GPU_BASELINE, baseline)
                .withInput(
                    NETWORK_COST_PER_GPU_CANDIDATE, context.value(NETWORK_COST_PER_GPU_CANDIDATE))
                .withInput(
                    NETWORK_COST_PER_GPU_BASELINE, context.value(NETWORK_COST_PER_GPU_BASELINE))
                .withInput("fleet.count", (long) s[LifetimeRows.COUNT])
                .withInput("lifetime.horizonYears", LifetimeRows.horizon(s))));
  }

  @Override
  public String toString() {
    return getClass().getSimpleName();
  }

  /** A row over a context, for the arithmetic the scalar calculators share. */
  private static final class ContextRow implements Row {
    private final CalculationContext context;
    final List<InputPath> paths;
    private double[] scratch = new double[0];

    ContextRow(CalculationContext context) {
      this.context = context;
      this.paths = LifetimeRows.inputPaths(context.scenario());
    }

    @Override
    public Scenario scenario() {
      return context.scenario();
    }

    @Override
    public int layout() {
      return LifetimeRows.layout(context.scenario());
    }

    @Override
    public double input(int index) {
      return context.scenario().valueAt(paths.get(index));
    }

    private Optional<? extends Figure<?>> find(int index) {
      Measure<?> measure = READS.get(index);
      return index < REQUIRED ? Optional.of(context.figure(measure)) : context.find(measure);
    }

    private static double number(Object value) {
      return value instanceof CurrencyAmount amount
          ? amount.amount()
          : ((Number) value).doubleValue();
    }

    @Override
    public double value(int index) {
      Optional<? extends Figure<?>> figure = find(index);
      return figure.isPresent() ? number(figure.get().value()) : Double.NaN;
    }

    @Override
    public boolean isPresent(int index) {
      return find(index).isPresent();
    }

    @Override
    public void set(int index, double value) {
      throw new UnsupportedOperationException("no outputs");
    }

    @Override
    public double output(int index) {
      throw new UnsupportedOperationException("no outputs");
    }

    @Override
    public Figure<?> figure(int index) {
      return find(index).orElseThrow();
    }

    @Override
    public Scenario rowScenario() {
      return context.scenario();
    }

    @Override
    public double[] scratch(int length) {
      if (scratch.length < length) {
        scratch = new double[length];
      }
      return scratch;
    }
  }
}
