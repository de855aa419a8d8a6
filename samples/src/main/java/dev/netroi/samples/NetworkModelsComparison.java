package dev.netroi.samples;

import static dev.netroi.calc.Measures.BENEFIT_COST_RATIO;
import static dev.netroi.calc.Measures.THROUGHPUT_SPEEDUP;
import static dev.netroi.calc.Measures.VALUE_UPLIFT_PER_GPU;

import dev.netroi.Scenario;
import dev.netroi.ThroughputModel;
import dev.netroi.Workload;
import dev.netroi.calc.CalculationResults;
import dev.netroi.engine.CalculationEngine;
import dev.netroi.engine.CalculatorRegistry;
import dev.netroi.reference.ReferenceArgument;
import dev.netroi.throughput.ThroughputModels;
import dev.netroi.throughput.Workloads;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The reference's change, traditional Ethernet at 0.60 to a tuned AI Ethernet fabric at 0.95 of an
 * 800 Gb/s port, under each throughput model: the linear model of the argument, the Amdahl model at
 * f = 0, 0.1, 0.3, 0.5 and 1, and the collective (alpha-beta) model of each workload preset ({@link
 * Workloads}). Each row gives the step-time speed-up, how much shorter a step gets, the value
 * uplift per GPU and the benefit-cost ratio, beside the argument's claim ($50K, 13x).
 *
 * <p>Run it with {@code mvn -B -q -DskipTests install} and then {@code mvn -B -q -pl samples
 * exec:java -Dexec.mainClass=dev.netroi.samples.NetworkModelsComparison}; its table is also part of
 * the main report ({@link ReferenceAnalysis}).
 */
public final class NetworkModelsComparison {

  private NetworkModelsComparison() {}

  /**
   * Prints the comparison to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    print(System.out, CalculationEngine.of(CalculatorRegistry.builtIns()));
  }

  /** The models compared, by the label the table shows. */
  static Map<String, ThroughputModel> models() {
    Map<String, ThroughputModel> models = new LinkedHashMap<>();
    models.put("linear (the argument's model)", ThroughputModels.linear());
    for (double f : new double[] {0, 0.1, 0.3, 0.5, 1}) {
      models.put(
          String.format(Locale.ROOT, "Amdahl, %.0f %% exposed communication", f * 100),
          ThroughputModels.amdahl(f));
    }
    for (Workload workload : Workloads.all()) {
      models.put(workload.name(), ThroughputModels.collective(workload));
    }
    return models;
  }

  /**
   * Computes one row per model: label, speed-up, step shortened by, uplift per GPU, benefit-cost
   * ratio.
   *
   * @param engine the engine
   * @param reference the reference scenario
   * @return the rows
   */
  static List<String[]> rows(CalculationEngine engine, Scenario reference) {
    List<String[]> rows = new ArrayList<>();
    for (Map.Entry<String, ThroughputModel> model : models().entrySet()) {
      Scenario scenario = reference.toBuilder().throughputModel(model.getValue()).build();
      CalculationResults results =
          engine.calculate(scenario, THROUGHPUT_SPEEDUP, VALUE_UPLIFT_PER_GPU, BENEFIT_COST_RATIO);
      double speedUp = results.value(THROUGHPUT_SPEEDUP);
      rows.add(
          new String[] {
            model.getKey(),
            results.get(THROUGHPUT_SPEEDUP).figure().formattedValue(),
            String.format(Locale.ROOT, "%.1f %%", 100 * (1 - 1 / speedUp)),
            results.get(VALUE_UPLIFT_PER_GPU).figure().formattedValue(),
            results.get(BENEFIT_COST_RATIO).figure().formattedValue()
          });
    }
    return rows;
  }

  /**
   * Prints the table.
   *
   * @param out where to print
   * @param engine the engine
   */
  static void print(PrintStream out, CalculationEngine engine) {
    Scenario reference = ReferenceArgument.mixtral();
    out.println(
        "Network models: the argument's 0.60 -> 0.95 of an 800 Gb/s port under each model ("
            + reference.name()
            + ")");
    out.println("-".repeat(78));
    out.print(
        Tables.format(
            new String[] {"Model", "Speed-up", "Step shorter", "Uplift per GPU", "Ratio"},
            rows(engine, reference)));
    out.println(
        "  the argument claims a $50K uplift and 13x; the workloads are presets with sources and"
            + " stated");
    out.println(
        "  assumptions (dev.netroi.throughput.Workloads), the collective model times each"
            + " collective as");
    out.println(
        "  steps x alpha + bus-bandwidth factor x bytes / (port speed x effective fraction)");
  }
}
