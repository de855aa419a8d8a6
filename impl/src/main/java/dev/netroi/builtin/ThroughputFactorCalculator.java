package dev.netroi.builtin;

import static dev.netroi.calc.Measures.THROUGHPUT_FACTOR_BASELINE;
import static dev.netroi.calc.Measures.THROUGHPUT_FACTOR_CANDIDATE;

import dev.netroi.InputPath;
import dev.netroi.OptionRole;
import dev.netroi.Scenario;
import dev.netroi.ThroughputModel;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Row;
import dev.netroi.throughput.Throughput;
import dev.netroi.throughput.ThroughputModels;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The throughput factor of both options under the scenario's throughput model, or under the linear
 * reference model when the scenario names none: the model's {@link
 * ThroughputModel#throughputFactor(InputRow, OptionRole)} over its {@link
 * ThroughputModel#factorInputs()}. A model that returns a factor outside (0, 1] fails the figures
 * as {@code CALCULATION_ERROR}.
 */
public final class ThroughputFactorCalculator extends BuiltInRowCalculator {

  private static final String[] LINEAR_FORMULAS = formulas(ThroughputModels.linear());

  /** Creates the calculator. */
  public ThroughputFactorCalculator() {
    super(List.of(THROUGHPUT_FACTOR_CANDIDATE, THROUGHPUT_FACTOR_BASELINE), List.of());
  }

  private static ThroughputModel model(Scenario structure) {
    return structure.throughputModel().orElse(ThroughputModels.linear());
  }

  @Override
  public List<InputPath> inputPaths(Scenario structure) {
    return model(structure).factorInputs();
  }

  @Override
  public @Nullable FailureReason compute(Row row) {
    ThroughputModel model = model(row.scenario());
    double candidate = model.throughputFactor(row, OptionRole.CANDIDATE);
    double baseline = model.throughputFactor(row, OptionRole.BASELINE);
    row.set(0, candidate);
    row.set(1, baseline);
    return Throughput.isFactor(candidate) && Throughput.isFactor(baseline)
        ? null
        : FailureReason.CALCULATION_ERROR;
  }

  @Override
  public String refusal(Row row, FailureReason reason) {
    boolean candidate = !Throughput.isFactor(row.output(0));
    return "throughput model '"
        + model(row.scenario()).name()
        + "' returned "
        + row.output(candidate ? 0 : 1)
        + " for the "
        + (candidate ? "candidate" : "baseline")
        + "; a throughput factor must be in (0, 1]";
  }

  private static String[] formulas(ThroughputModel model) {
    return new String[] {
      THROUGHPUT_FACTOR_CANDIDATE + ": " + model.formula(),
      THROUGHPUT_FACTOR_BASELINE + ": " + model.formula()
    };
  }

  @Override
  public Explanation explain(Row row, int output) {
    Scenario scenario = row.scenario();
    ThroughputModel model = model(scenario);
    String[] formulas = model.equals(ThroughputModels.linear()) ? LINEAR_FORMULAS : formulas(model);
    OptionRole role = output == 0 ? OptionRole.CANDIDATE : OptionRole.BASELINE;
    Explanation explanation =
        Explanation.of(formulas[output])
            .withInput("throughputModel", model.name())
            .withInput(
                role.effectiveFraction().toString(), role.option(scenario).effectiveFraction());
    if (role == OptionRole.CANDIDATE && !scenario.candidate().equals(scenario.baseline())) {
      explanation =
          explanation.withInput(
              "baseline.effectiveFraction", scenario.baseline().effectiveFraction());
    }
    return explanation;
  }
}
