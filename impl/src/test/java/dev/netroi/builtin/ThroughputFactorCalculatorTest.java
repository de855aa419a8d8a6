package dev.netroi.builtin;

import static dev.netroi.calc.Measures.THROUGHPUT_FACTOR_BASELINE;
import static dev.netroi.calc.Measures.THROUGHPUT_FACTOR_CANDIDATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.netroi.NetworkOption;
import dev.netroi.Scenario;
import dev.netroi.ThroughputModel;
import dev.netroi.calc.Calculator;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Figure;
import dev.netroi.reference.ReferenceArgument;
import dev.netroi.testkit.NetroiDomain;
import dev.netroi.throughput.ThroughputModels;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ThroughputFactorCalculatorTest implements BuiltInContract {

  /** A model that returns fixed factors, valid or not. */
  record FixedModel(String name, double candidate, double baseline) implements ThroughputModel {
    @Override
    public String formula() {
      return "fixed";
    }

    @Override
    public double throughputFactor(NetworkOption option, Scenario scenario) {
      return option.equals(scenario.candidate()) ? candidate : baseline;
    }
  }

  private final Scenario reference = ReferenceArgument.mixtral();

  @Override
  public Calculator calculator() {
    return new ThroughputFactorCalculator();
  }

  @Override
  public Gen<Scenario> validScenarios() {
    return NetroiDomain.scenarios();
  }

  private Scenario with(ThroughputModel model) {
    return reference.toBuilder().throughputModel(model).build();
  }

  @Test
  void withoutAModelTheFactorIsTheEffectiveFraction() {
    assertThat(valueFor(reference, THROUGHPUT_FACTOR_CANDIDATE)).isEqualTo(0.95);
    assertThat(valueFor(reference, THROUGHPUT_FACTOR_BASELINE)).isEqualTo(0.60);
    assertThat(figuresFor(with(ThroughputModels.linear()))).isEqualTo(figuresFor(reference));
  }

  @Test
  void theAmdahlModelScalesOnlyTheExposedCommunication() {
    Scenario amdahl = with(ThroughputModels.amdahl(0.3));

    assertThat(valueFor(amdahl, THROUGHPUT_FACTOR_BASELINE)).isCloseTo(0.88, within(1e-15));
    assertThat(valueFor(amdahl, THROUGHPUT_FACTOR_CANDIDATE))
        .isCloseTo(0.88 / (0.7 + 0.3 * 0.60 / 0.95), within(1e-15));
  }

  @Test
  void aModelReturningMoreThanOneIsACalculationError() {
    assertThat(outcomeFor(with(new FixedModel("too good", 1.3, 0.5))))
        .isEqualTo(
            new Outcome(
                null,
                FailureReason.CALCULATION_ERROR,
                "throughput model 'too good' returned 1.3 for the candidate; a throughput factor"
                    + " must be in (0, 1]"));
  }

  @Test
  void aModelReturningZeroOrNaNIsACalculationError() {
    assertThat(outcomeFor(with(new FixedModel("stalled", 0.5, 0.0))))
        .isEqualTo(
            new Outcome(
                null,
                FailureReason.CALCULATION_ERROR,
                "throughput model 'stalled' returned 0.0 for the baseline; a throughput factor must"
                    + " be in (0, 1]"));
    assertThat(outcomeFor(with(new FixedModel("broken", Double.NaN, 0.5))).reason())
        .isEqualTo(FailureReason.CALCULATION_ERROR);
  }

  @Test
  void theFigureNamesTheModelAndTheFractions() {
    Explanation candidate = figureFor(reference, THROUGHPUT_FACTOR_CANDIDATE).explanation();

    assertThat(candidate.formula())
        .isEqualTo(
            "ThroughputFactorCandidate: throughput factor = effective-bandwidth fraction (value"
                + " scales linearly with bandwidth)");
    assertThat(candidate.inputs())
        .containsExactly(
            new Explanation.Input("throughputModel", "linear (reference)"),
            new Explanation.Input("candidate.effectiveFraction", "0.95"),
            new Explanation.Input("baseline.effectiveFraction", "0.6"));
    assertThat(figureFor(reference, THROUGHPUT_FACTOR_BASELINE).explanation().inputs())
        .isEqualTo(
            List.of(
                new Explanation.Input("throughputModel", "linear (reference)"),
                new Explanation.Input("baseline.effectiveFraction", "0.6")));
  }

  @Test
  void oneCalculatorExplainsEveryScenarioWithItsOwnModel() {
    ThroughputFactorCalculator calculator = new ThroughputFactorCalculator();
    Scenario amdahl = with(ThroughputModels.amdahl(0.3));

    for (Scenario scenario : List.of(reference, amdahl, amdahl, reference)) {
      String model = scenario.throughputModel().orElse(ThroughputModels.linear()).formula();
      List<String> formulas = new ArrayList<>();
      for (Figure<?> figure :
          dev.netroi.engine.Calculators.calculate(calculator, contextFor(scenario).orElseThrow())) {
        formulas.add(figure.explanation().formula());
      }

      assertThat(formulas)
          .as("formulas for %s", scenario.throughputModel())
          .containsExactlyInAnyOrder(
              "ThroughputFactorCandidate: " + model, "ThroughputFactorBaseline: " + model);
    }
  }
}
