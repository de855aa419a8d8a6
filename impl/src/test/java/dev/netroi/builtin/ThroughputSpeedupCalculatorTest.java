package dev.netroi.builtin;

import static dev.netroi.calc.Measures.THROUGHPUT_FACTOR_BASELINE;
import static dev.netroi.calc.Measures.THROUGHPUT_FACTOR_CANDIDATE;
import static dev.netroi.calc.Measures.THROUGHPUT_SPEEDUP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.netroi.Scenario;
import dev.netroi.calc.Calculator;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.Figure;
import dev.netroi.reference.ReferenceArgument;
import dev.netroi.testkit.DeclaredInputsContext;
import dev.netroi.testkit.NetroiDomain;
import dev.netroi.throughput.ThroughputModels;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ThroughputSpeedupCalculatorTest implements BuiltInContract {

  private final Scenario reference = ReferenceArgument.mixtral();

  @Override
  public Calculator calculator() {
    return new ThroughputSpeedupCalculator();
  }

  @Override
  public Gen<Scenario> validScenarios() {
    return NetroiDomain.scenarios();
  }

  @Test
  void theLinearSpeedupFrom60To95PercentIs1Point5833() {
    assertThat(valueFor(reference, THROUGHPUT_SPEEDUP)).isCloseTo(0.95 / 0.60, within(1e-15));
  }

  @Test
  void theAmdahlSpeedupAtAShareOf30PercentIs1Point1243() {
    Scenario amdahl = reference.toBuilder().throughputModel(ThroughputModels.amdahl(0.3)).build();

    assertThat(valueFor(amdahl, THROUGHPUT_SPEEDUP))
        .isCloseTo(1 / (0.7 + 0.3 * 0.60 / 0.95), within(1e-12))
        .isCloseTo(1.1243, within(5e-5));
  }

  @Test
  void equalOptionsHaveASpeedupOfExactlyOne() {
    Scenario equal = reference.toBuilder().baseline(reference.candidate()).build();

    assertThat(valueFor(equal, THROUGHPUT_SPEEDUP)).isEqualTo(1.0);
  }

  @Test
  void theSpeedupIsTheRatioOfTheFactorsItIsGiven() {
    DeclaredInputsContext context =
        DeclaredInputsContext.withInputs(
            calculator(),
            reference,
            List.of(
                Figure.of(THROUGHPUT_FACTOR_CANDIDATE, 0.5, Explanation.of("given")),
                Figure.of(THROUGHPUT_FACTOR_BASELINE, 0.25, Explanation.of("given"))));

    Figure<?> speedup = dev.netroi.engine.Calculators.calculate(calculator(), context).get(0);

    assertThat(speedup.value()).isEqualTo(2.0);
    assertThat(speedup.explanation())
        .hasToString(
            "ThroughputSpeedup = ThroughputFactorCandidate / ThroughputFactorBaseline; where"
                + " ThroughputFactorCandidate = 0.5000, ThroughputFactorBaseline = 0.2500");
  }
}
