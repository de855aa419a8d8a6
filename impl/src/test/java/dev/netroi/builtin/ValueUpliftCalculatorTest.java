package dev.netroi.builtin;

import static dev.netroi.calc.Measures.REALISED_ANNUAL_VALUE_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.VALUE_UPLIFT_PER_GPU;
import static dev.netroi.testkit.NetroiDomain.usd;
import static org.assertj.core.api.Assertions.assertThat;

import dev.netroi.Scenario;
import dev.netroi.calc.Calculator;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.Figure;
import dev.netroi.reference.ReferenceArgument;
import dev.netroi.testkit.DeclaredInputsContext;
import dev.netroi.testkit.NetroiDomain;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ValueUpliftCalculatorTest implements BuiltInContract {

  private final Scenario reference = ReferenceArgument.mixtral();

  @Override
  public Calculator calculator() {
    return new ValueUpliftCalculator();
  }

  @Override
  public Gen<Scenario> validScenarios() {
    return NetroiDomain.scenarios();
  }

  @Test
  void theUpliftIsTheRealisedValueOfTheCandidateLessThatOfTheBaseline() {
    assertThat(valueFor(reference, VALUE_UPLIFT_PER_GPU).rounded())
        .isEqualTo(new BigDecimal("49669.20"));
  }

  @Test
  void equalOptionsHaveNoUplift() {
    Scenario equal = reference.toBuilder().baseline(reference.candidate()).build();

    assertThat(valueFor(equal, VALUE_UPLIFT_PER_GPU).isZero()).isTrue();
  }

  @Test
  void aWorseCandidateHasANegativeUplift() {
    Scenario swapped =
        reference.toBuilder()
            .candidate(reference.baseline())
            .baseline(reference.candidate())
            .build();

    assertThat(valueFor(swapped, VALUE_UPLIFT_PER_GPU).rounded())
        .isEqualTo(new BigDecimal("-49669.20"));
  }

  @Test
  void theUpliftIsTheDifferenceOfTheInputFigures() {
    DeclaredInputsContext context =
        DeclaredInputsContext.withInputs(
            calculator(),
            reference,
            List.of(
                Figure.of(
                    REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE, usd("100"), Explanation.of("given")),
                Figure.of(
                    REALISED_ANNUAL_VALUE_PER_GPU_BASELINE, usd("30"), Explanation.of("given"))));

    assertThat(dev.netroi.engine.Calculators.calculate(calculator(), context))
        .extracting(figure -> (Object) figure.value())
        .containsExactly(usd("70"));
  }
}
