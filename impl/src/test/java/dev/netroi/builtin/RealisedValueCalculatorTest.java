package dev.netroi.builtin;

import static dev.netroi.calc.Measures.REALISED_ANNUAL_VALUE_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.THEORETICAL_ANNUAL_VALUE_PER_GPU;
import static dev.netroi.calc.Measures.THROUGHPUT_FACTOR_BASELINE;
import static dev.netroi.calc.Measures.THROUGHPUT_FACTOR_CANDIDATE;
import static dev.netroi.testkit.NetroiDomain.usd;
import static org.assertj.core.api.Assertions.assertThat;

import dev.netroi.CurrencyAmount;
import dev.netroi.Scenario;
import dev.netroi.calc.Calculator;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.Figure;
import dev.netroi.calc.Measure;
import dev.netroi.reference.ReferenceArgument;
import dev.netroi.testkit.DeclaredInputsContext;
import dev.netroi.testkit.NetroiDomain;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class RealisedValueCalculatorTest implements BuiltInContract {

  private final Scenario reference = ReferenceArgument.mixtral();

  @Override
  public Calculator calculator() {
    return new RealisedValueCalculator();
  }

  @Override
  public Gen<Scenario> validScenarios() {
    return NetroiDomain.scenarios();
  }

  private BigDecimal cents(Scenario scenario, Measure<CurrencyAmount> measure) {
    return valueFor(scenario, measure).rounded();
  }

  private Scenario soldAt(double utilisation) {
    return reference.toBuilder().fleet(reference.fleet().withSoldUtilisation(utilisation)).build();
  }

  @Test
  void realisedValueIsTheoreticalValueTimesTheThroughputFactor() {
    assertThat(cents(reference, REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE))
        .isEqualTo(new BigDecimal("134816.40"));
    assertThat(cents(reference, REALISED_ANNUAL_VALUE_PER_GPU_BASELINE))
        .isEqualTo(new BigDecimal("85147.20"));
  }

  @Test
  void aSoldUtilisationMultipliesTheRealisedValue() {
    assertThat(cents(soldAt(0.5), REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE))
        .isEqualTo(new BigDecimal("67408.20"));
    assertThat(cents(soldAt(0.5), REALISED_ANNUAL_VALUE_PER_GPU_BASELINE))
        .isEqualTo(new BigDecimal("42573.60"));
    assertThat(cents(soldAt(1), REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE))
        .isEqualTo(new BigDecimal("134816.40"));
  }

  @Test
  void nothingSoldRealisesNothing() {
    assertThat(valueFor(soldAt(0), REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE).isZero()).isTrue();
    assertThat(valueFor(soldAt(0), REALISED_ANNUAL_VALUE_PER_GPU_BASELINE).isZero()).isTrue();
  }

  @Test
  void theFigureNamesTheUtilisationWhenTheFleetHasOne() {
    Explanation explanation =
        figureFor(soldAt(0.5), REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE).explanation();

    assertThat(explanation)
        .hasToString(
            "RealisedAnnualValuePerGpuCandidate = TheoreticalAnnualValuePerGpu x"
                + " ThroughputFactorCandidate x fleet.soldUtilisation; where"
                + " TheoreticalAnnualValuePerGpu = USD 141,912.00, ThroughputFactorCandidate ="
                + " 0.9500, fleet.soldUtilisation = 0.5");
    assertThat(
            figureFor(reference, REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE)
                .explanation()
                .namesInput("fleet.soldUtilisation"))
        .isFalse();
  }

  @Test
  void eachOptionsFigureNamesItsOwnThroughputFactor() {
    assertThat(figureFor(reference, REALISED_ANNUAL_VALUE_PER_GPU_BASELINE).explanation().formula())
        .isEqualTo(
            "RealisedAnnualValuePerGpuBaseline = TheoreticalAnnualValuePerGpu x"
                + " ThroughputFactorBaseline");
    assertThat(
            figureFor(soldAt(0.5), REALISED_ANNUAL_VALUE_PER_GPU_BASELINE).explanation().formula())
        .isEqualTo(
            "RealisedAnnualValuePerGpuBaseline = TheoreticalAnnualValuePerGpu x"
                + " ThroughputFactorBaseline x fleet.soldUtilisation");
    assertThat(
            figureFor(reference, REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE).explanation().formula())
        .isEqualTo(
            "RealisedAnnualValuePerGpuCandidate = TheoreticalAnnualValuePerGpu x"
                + " ThroughputFactorCandidate");
  }

  @Test
  void theValuesFollowTheInputFigures() {
    DeclaredInputsContext context =
        DeclaredInputsContext.withInputs(
            calculator(),
            reference,
            List.of(
                Figure.of(THEORETICAL_ANNUAL_VALUE_PER_GPU, usd("1000"), Explanation.of("given")),
                Figure.of(THROUGHPUT_FACTOR_CANDIDATE, 0.8, Explanation.of("given")),
                Figure.of(THROUGHPUT_FACTOR_BASELINE, 0.4, Explanation.of("given"))));

    List<Figure<?>> figures = dev.netroi.engine.Calculators.calculate(calculator(), context);

    assertThat(figures)
        .extracting(figure -> (Object) figure.value())
        .containsExactly(usd("800"), usd("400"));
  }
}
