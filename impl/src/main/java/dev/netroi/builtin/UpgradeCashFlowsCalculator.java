package dev.netroi.builtin;

import static dev.netroi.calc.Measures.REALISED_ANNUAL_VALUE_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.UPGRADE_CASH_FLOWS;

import dev.netroi.CashFlows;
import dev.netroi.CurrencyAmount;
import dev.netroi.OptionRole;
import dev.netroi.Scenario;
import dev.netroi.calc.CalculationContext;
import dev.netroi.calc.CalculationException;
import dev.netroi.calc.Calculator;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Figure;
import dev.netroi.calc.Measure;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The yearly cash flows of choosing the candidate over the baseline, as a {@link CashFlows} series:
 * (candidate flow - baseline flow) x GPUs for years 0 to n (formulas in {@link LifetimeTerms}). A
 * series is not a number, so this calculator works on the audited path only; the engine's batch
 * path refuses series measures, and the figures derived from the flows (NPV, IRR, payback,
 * break-evens) are scalar measures that the batch path computes from the same flows.
 */
public final class UpgradeCashFlowsCalculator implements Calculator {

  private static final String FORMULA =
      UPGRADE_CASH_FLOWS
          + " = (candidate flow - baseline flow) x fleet.count for years 0..lifetime.horizonYears;"
          + " year 0 = -(fleet.unitPrice + fabric capex per GPU), year t = realised value x ramp -"
          + " network cost - energy - hosting, plus book values in the last year";

  private static final Set<Measure<?>> PROVIDES = Set.of(UPGRADE_CASH_FLOWS);
  private static final Set<Measure<?>> REQUIRES =
      Set.of(REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE, REALISED_ANNUAL_VALUE_PER_GPU_BASELINE);

  private final CalculationException noLifetime = LifetimeTerms.noLifetime();

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
  public List<Figure<?>> calculate(CalculationContext context) {
    Scenario scenario = context.scenario();
    LifetimeTerms t = LifetimeTerms.of(scenario, noLifetime);
    t.readNetwork(scenario, OptionRole.CANDIDATE).readNetwork(scenario, OptionRole.BASELINE);
    CurrencyAmount candidate = context.value(REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE);
    CurrencyAmount baseline = context.value(REALISED_ANNUAL_VALUE_PER_GPU_BASELINE);
    t.upgradeFlows(candidate.amount(), baseline.amount(), t.flows);
    if (!LifetimeTerms.allFinite(t.flows, t.horizon + 1)) {
      throw new CalculationException(FailureReason.UNDEFINED, LifetimeCalculator.OVERFLOW);
    }
    CashFlows flows = CashFlows.of(scenario.currency(), Arrays.copyOf(t.flows, t.horizon + 1));
    return List.of(
        Figure.of(
            UPGRADE_CASH_FLOWS,
            flows,
            Explanation.of(FORMULA)
                .withInput(REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE, candidate)
                .withInput(REALISED_ANNUAL_VALUE_PER_GPU_BASELINE, baseline)
                .withInput("fleet.count", (long) t.count)
                .withInput("lifetime.horizonYears", t.horizon)));
  }

  @Override
  public String toString() {
    return getClass().getSimpleName();
  }
}
