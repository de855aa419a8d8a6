package dev.netroi.builtin;

import static dev.netroi.calc.Measures.NETWORK_COST_FLEET_CANDIDATE;
import static dev.netroi.calc.Measures.NETWORK_COST_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.NET_BENEFIT_FLEET;
import static dev.netroi.calc.Measures.NET_BENEFIT_PER_GPU;
import static dev.netroi.calc.Measures.REALISED_ANNUAL_VALUE_FLEET_BASELINE;
import static dev.netroi.calc.Measures.REALISED_ANNUAL_VALUE_FLEET_CANDIDATE;
import static dev.netroi.calc.Measures.REALISED_ANNUAL_VALUE_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.THEORETICAL_ANNUAL_VALUE_FLEET;
import static dev.netroi.calc.Measures.THEORETICAL_ANNUAL_VALUE_PER_GPU;
import static dev.netroi.calc.Measures.VALUE_UPLIFT_FLEET;
import static dev.netroi.calc.Measures.VALUE_UPLIFT_PER_GPU;

import dev.netroi.CurrencyAmount;
import dev.netroi.InputPath;
import dev.netroi.InputPaths;
import dev.netroi.Scenario;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Measure;
import dev.netroi.calc.Row;
import dev.netroi.finance.AnnualValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Fleet totals = per-GPU figure x GPU count ({@link AnnualValue#fleetTotal}), for value, uplift,
 * network cost and net benefit.
 */
public final class FleetTotalsCalculator extends BuiltInRowCalculator {

  private static final Map<Measure<CurrencyAmount>, Measure<CurrencyAmount>> TOTALS = totals();

  /** The totals, their per-GPU figures and their formulas, in report order. */
  private static final List<Measure<CurrencyAmount>> FLEET = List.copyOf(TOTALS.keySet());

  private static final List<Measure<CurrencyAmount>> PER_GPU = List.copyOf(TOTALS.values());

  private static final List<String> FORMULAS = formulas();

  private static final List<InputPath> PATHS = List.of(InputPaths.FLEET_COUNT);

  private static List<String> formulas() {
    List<String> formulas = new ArrayList<>();
    for (int i = 0; i < FLEET.size(); i++) {
      formulas.add(FLEET.get(i) + " = " + PER_GPU.get(i) + " x fleet.count");
    }
    return List.copyOf(formulas);
  }

  /** Creates the calculator. */
  public FleetTotalsCalculator() {
    super(List.copyOf(FLEET), List.copyOf(PER_GPU));
  }

  private static Map<Measure<CurrencyAmount>, Measure<CurrencyAmount>> totals() {
    Map<Measure<CurrencyAmount>, Measure<CurrencyAmount>> totals = new LinkedHashMap<>();
    totals.put(THEORETICAL_ANNUAL_VALUE_FLEET, THEORETICAL_ANNUAL_VALUE_PER_GPU);
    totals.put(REALISED_ANNUAL_VALUE_FLEET_CANDIDATE, REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE);
    totals.put(REALISED_ANNUAL_VALUE_FLEET_BASELINE, REALISED_ANNUAL_VALUE_PER_GPU_BASELINE);
    totals.put(VALUE_UPLIFT_FLEET, VALUE_UPLIFT_PER_GPU);
    totals.put(NETWORK_COST_FLEET_CANDIDATE, NETWORK_COST_PER_GPU_CANDIDATE);
    totals.put(NET_BENEFIT_FLEET, NET_BENEFIT_PER_GPU);
    return totals;
  }

  @Override
  public List<InputPath> inputPaths(Scenario structure) {
    return PATHS;
  }

  @Override
  public @Nullable FailureReason compute(Row row) {
    double count = row.input(0);
    for (int i = 0; i < FLEET.size(); i++) {
      row.set(i, AnnualValue.fleetTotal(row.value(i), count));
    }
    return null;
  }

  @Override
  public Explanation explain(Row row, int output) {
    return explained(FORMULAS.get(output), row, output)
        .withInput("fleet.count", (long) row.input(0));
  }
}
