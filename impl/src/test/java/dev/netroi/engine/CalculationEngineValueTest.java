package dev.netroi.engine;

import static dev.netroi.calc.Measures.BENEFIT_COST_RATIO;
import static dev.netroi.engine.TestCalculator.ALPHA;
import static dev.netroi.engine.TestCalculator.BETA;
import static dev.netroi.engine.TestCalculator.GAMMA;
import static dev.netroi.engine.TestCalculator.named;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.netroi.Scenario;
import dev.netroi.calc.CalculationException;
import dev.netroi.calc.Calculator;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Measure;
import dev.netroi.reference.ReferenceArgument;
import org.junit.jupiter.api.Test;

/**
 * {@link CalculationEngine#value}: the value of one figure, or an exception with the failure's
 * reason and message. The test calculators give 1 + the sum of the measures they require, so a
 * calculator that requires one measure of value 1 gives 1 + 1 = 2.
 */
class CalculationEngineValueTest {

  private final Scenario scenario = ReferenceArgument.mixtral();

  private static CalculationEngine engineOf(Calculator... calculators) {
    return CalculationEngine.of(CalculatorRegistry.of(calculators));
  }

  private static final CalculationException UNDEFINED_ALPHA =
      new CalculationException(FailureReason.UNDEFINED, "Alpha is undefined for this scenario");

  @Test
  void valueReturnsTheValueOfTheFigure() {
    CalculationEngine engine =
        engineOf(
            named("Alphas").providing(ALPHA), named("NeedsAlpha").providing(BETA).requiring(ALPHA));

    assertThat(engine.value(scenario, ALPHA)).isEqualTo(1.0);
    assertThat(engine.value(scenario, BETA)).isEqualTo(2.0);
  }

  /** The reference's benefit-cost ratio by hand: 49,669.20 / 3,900 (docs/REFERENCE.md). */
  @Test
  void valueOfABuiltInMeasureIsTheFigureOfTheReference() {
    assertThat(Netroi.engine().value(scenario, BENEFIT_COST_RATIO))
        .isCloseTo(49669.2 / 3900, within(1e-12));
  }

  @Test
  void valueOfAFailedFigureThrowsIllegalStateWithItsReasonAndMessage() {
    CalculationEngine engine =
        engineOf(named("UndefinedAlpha").providing(ALPHA).throwing(UNDEFINED_ALPHA));

    assertThatThrownBy(() -> engine.value(scenario, ALPHA))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Alpha failed (UNDEFINED): Alpha is undefined for this scenario");
  }

  @Test
  void valueOfAFigureWhoseInputFailedNamesTheInputsFailure() {
    CalculationEngine engine =
        engineOf(
            named("UndefinedAlpha").providing(ALPHA).throwing(UNDEFINED_ALPHA),
            named("NeedsAlpha").providing(BETA).requiring(ALPHA));

    assertThatThrownBy(() -> engine.value(scenario, BETA))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Beta failed (DEPENDENCY_FAILED): requires Alpha, which failed (UNDEFINED): Alpha is"
                + " undefined for this scenario");
  }

  @Test
  void valueOfAMeasureWithoutProviderIsRefusedNamingIt() {
    CalculationEngine engine = engineOf(named("Alphas").providing(ALPHA));

    assertThatThrownBy(() -> engine.value(scenario, GAMMA))
        .isInstanceOf(RegistryException.class)
        .hasMessage("No calculator provides Gamma; provided measures: [Alpha]");
  }

  @Test
  void valueRefusesNullsNamingTheArgument() {
    CalculationEngine engine = engineOf(named("Alphas").providing(ALPHA));

    assertThatThrownBy(() -> engine.value(null, ALPHA))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("scenario must not be null");
    assertThatThrownBy(() -> engine.value(scenario, (Measure<Double>) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("measure must not be null");
  }
}
