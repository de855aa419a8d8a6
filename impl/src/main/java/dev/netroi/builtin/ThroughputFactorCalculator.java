package dev.netroi.builtin;

import static dev.netroi.calc.Measures.THROUGHPUT_FACTOR_BASELINE;
import static dev.netroi.calc.Measures.THROUGHPUT_FACTOR_CANDIDATE;

import dev.netroi.NetworkOption;
import dev.netroi.OptionRole;
import dev.netroi.Scenario;
import dev.netroi.ThroughputModel;
import dev.netroi.calc.Block;
import dev.netroi.calc.CalculationContext;
import dev.netroi.calc.CalculationException;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Figure;
import dev.netroi.calc.Measure;
import dev.netroi.throughput.ThroughputModels;
import java.util.List;
import java.util.Set;

/**
 * The throughput factor of both options under the scenario's throughput model, or under the linear
 * reference model when the scenario names none. A model that returns a factor outside (0, 1] fails
 * the figure.
 */
public final class ThroughputFactorCalculator extends BuiltInCalculator {

  /** Creates the calculator. */
  public ThroughputFactorCalculator() {
    super(Set.of(THROUGHPUT_FACTOR_CANDIDATE, THROUGHPUT_FACTOR_BASELINE), Set.of());
  }

  @Override
  public List<Figure<?>> calculate(CalculationContext context) {
    Scenario scenario = context.scenario();
    ThroughputModel model = scenario.throughputModel().orElse(ThroughputModels.linear());
    Formulas formulas = this.formulas;
    if (!formulas.model().equals(model)) {
      formulas = Formulas.of(model);
      this.formulas = formulas;
    }
    return List.of(
        figure(
            THROUGHPUT_FACTOR_CANDIDATE,
            formulas.candidate(),
            "candidate",
            scenario.candidate(),
            model,
            scenario),
        figure(
            THROUGHPUT_FACTOR_BASELINE,
            formulas.baseline(),
            "baseline",
            scenario.baseline(),
            model,
            scenario));
  }

  /**
   * The formulas of the last model seen, so that a run of scenarios with one model builds them
   * once. A benign race: two threads may both build them, and either result is right.
   */
  private volatile Formulas formulas = Formulas.of(ThroughputModels.linear());

  private record Formulas(ThroughputModel model, String candidate, String baseline) {
    static Formulas of(ThroughputModel model) {
      return new Formulas(
          model,
          THROUGHPUT_FACTOR_CANDIDATE + ": " + model.formula(),
          THROUGHPUT_FACTOR_BASELINE + ": " + model.formula());
    }
  }

  @Override
  public void calculateBlock(Block block) {
    ThroughputModel model = block.scenario().throughputModel().orElse(ThroughputModels.linear());
    double[] candidate = block.output(THROUGHPUT_FACTOR_CANDIDATE);
    double[] baseline = block.output(THROUGHPUT_FACTOR_BASELINE);
    model.throughputFactors(block, OptionRole.CANDIDATE, candidate);
    model.throughputFactors(block, OptionRole.BASELINE, baseline);
    int outside = 0; // a flag set without a branch, so the loop stays tight
    for (int row = 0; row < block.size(); row++) {
      outside |= isFactor(candidate[row]) && isFactor(baseline[row]) ? 0 : 1;
    }
    if (outside != 0) {
      for (int row = 0; row < block.size(); row++) {
        if (!block.isRowFailed(row) && !(isFactor(candidate[row]) && isFactor(baseline[row]))) {
          block.fail(row, FailureReason.CALCULATION_ERROR);
        }
      }
    }
  }

  /** A throughput factor is in (0, 1]. */
  static boolean isFactor(double factor) {
    return factor > 0 && factor <= 1;
  }

  private static Figure<Double> figure(
      Measure<Double> measure,
      String formula,
      String role,
      NetworkOption option,
      ThroughputModel model,
      Scenario scenario) {
    double factor = model.throughputFactor(option, scenario);
    if (!isFactor(factor)) {
      throw new CalculationException(
          FailureReason.CALCULATION_ERROR,
          "throughput model '"
              + model.name()
              + "' returned "
              + factor
              + " for the "
              + role
              + "; a throughput factor must be in (0, 1]");
    }
    Explanation explanation =
        Explanation.of(formula)
            .withInput("throughputModel", model.name())
            .withInput(
                measure.equals(THROUGHPUT_FACTOR_CANDIDATE)
                    ? "candidate.effectiveFraction"
                    : "baseline.effectiveFraction",
                option.effectiveFraction());
    if (!option.equals(scenario.baseline())) {
      explanation =
          explanation.withInput(
              "baseline.effectiveFraction", scenario.baseline().effectiveFraction());
    }
    return Figure.of(measure, factor, explanation);
  }
}
