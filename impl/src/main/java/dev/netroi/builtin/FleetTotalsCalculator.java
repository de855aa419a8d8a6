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
import dev.netroi.InputPaths;
import dev.netroi.calc.Block;
import dev.netroi.calc.CalculationContext;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.Figure;
import dev.netroi.calc.Measure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Fleet totals = per-GPU figure x GPU count, for value, uplift, network cost and net benefit. */
public final class FleetTotalsCalculator extends BuiltInCalculator {

  private static final Map<Measure<CurrencyAmount>, Measure<CurrencyAmount>> TOTALS = totals();

  /** The totals, their per-GPU figures and their formulas, in report order. */
  private static final List<Measure<CurrencyAmount>> FLEET = List.copyOf(TOTALS.keySet());

  private static final List<Measure<CurrencyAmount>> PER_GPU = List.copyOf(TOTALS.values());

  private static final List<String> FORMULAS = formulas();

  private static List<String> formulas() {
    List<String> formulas = new ArrayList<>();
    for (int i = 0; i < FLEET.size(); i++) {
      formulas.add(FLEET.get(i) + " = " + PER_GPU.get(i) + " x fleet.count");
    }
    return List.copyOf(formulas);
  }

  /** Creates the calculator. */
  public FleetTotalsCalculator() {
    super(java.util.Set.copyOf(TOTALS.keySet()), java.util.Set.copyOf(TOTALS.values()));
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
  public List<Figure<?>> calculate(CalculationContext context) {
    long count = context.scenario().fleet().count();
    Figure<?>[] figures = new Figure<?>[FLEET.size()];
    for (int i = 0; i < figures.length; i++) {
      CurrencyAmount perGpu = context.value(PER_GPU.get(i));
      figures[i] =
          Figure.of(
              FLEET.get(i),
              CurrencyAmount.of(perGpu.currency(), total(perGpu.amount(), (double) count)),
              Explanation.of(FORMULAS.get(i))
                  .withInput(PER_GPU.get(i), perGpu)
                  .withInput("fleet.count", count));
    }
    return List.of(figures);
  }

  @Override
  public void calculateBlock(Block block) {
    double[] count = block.input(InputPaths.FLEET_COUNT);
    for (int i = 0; i < FLEET.size(); i++) {
      double[] perGpu = block.values(PER_GPU.get(i));
      double[] out = block.output(FLEET.get(i));
      for (int row = 0; row < block.size(); row++) {
        out[row] = total(perGpu[row], count[row]);
      }
    }
  }

  /** Fleet total = per-GPU figure x GPU count. */
  static double total(double perGpu, double count) {
    return perGpu * count;
  }
}
