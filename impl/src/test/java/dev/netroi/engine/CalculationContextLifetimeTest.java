package dev.netroi.engine;

import static dev.netroi.engine.TestCalculator.ALPHA;
import static dev.netroi.engine.TestCalculator.BETA;
import static dev.netroi.engine.TestCalculator.GAMMA;
import static dev.netroi.engine.TestCalculator.figure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.netroi.calc.CalculationContext;
import dev.netroi.calc.CalculationException;
import dev.netroi.calc.CalculationResults;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Result;
import dev.netroi.reference.ReferenceArgument;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A run opens one context for each calculator in turn; a calculator that keeps its context cannot
 * read through it once its {@code calculate} has returned, and a calculator that throws one
 * prebuilt {@link CalculationException} gets the same failures on every run.
 */
class CalculationContextLifetimeTest {

  @Test
  void aContextKeptPastCalculateIsClosed() {
    AtomicReference<CalculationContext> kept = new AtomicReference<>();
    TestCalculator keeper =
        TestCalculator.named("keeper")
            .providing(BETA)
            .requiring(ALPHA)
            .calculating(
                context -> {
                  kept.set(context);
                  return List.of(figure(BETA, context.value(ALPHA)));
                });
    CalculationEngine engine =
        CalculationEngine.of(
            CalculatorRegistry.of(List.of(TestCalculator.named("alpha").providing(ALPHA), keeper)));

    CalculationResults results = engine.calculate(ReferenceArgument.mixtral(), BETA);

    assertThat(results.value(BETA)).isEqualTo(1.0);
    assertThatIllegalStateException()
        .isThrownBy(() -> kept.get().value(ALPHA))
        .withMessage(
            "a calculator read Alpha from its context after its calculate returned; a context is"
                + " valid during calculate only");
  }

  @Test
  void eachCalculatorSeesOnlyItsOwnRequirementsThroughTheSharedContext() {
    TestCalculator nosy =
        TestCalculator.named("nosy")
            .providing(GAMMA)
            .requiring(BETA)
            .calculating(context -> List.of(figure(GAMMA, context.value(ALPHA))));
    CalculationEngine engine =
        CalculationEngine.of(
            CalculatorRegistry.of(
                List.of(
                    TestCalculator.named("alpha").providing(ALPHA),
                    TestCalculator.named("beta").providing(BETA).requiring(ALPHA),
                    nosy)));

    Result<Double> gamma = engine.calculate(ReferenceArgument.mixtral(), GAMMA).get(GAMMA);

    assertThat(gamma.isSuccess()).isFalse();
    assertThat(((Result.Failure<Double>) gamma).reason())
        .isEqualTo(FailureReason.CALCULATION_ERROR);
    assertThat(((Result.Failure<Double>) gamma).message())
        .contains("calculator nosy read Alpha but does not declare it in requires()");
  }

  @Test
  void aPrebuiltExceptionGivesEqualFailuresOnEveryRun() {
    CalculationException missing =
        new CalculationException(FailureReason.MISSING_INPUT, "no terms");
    CalculationEngine engine =
        CalculationEngine.of(
            CalculatorRegistry.of(
                List.of(TestCalculator.named("thrower").providing(ALPHA).throwing(missing))));

    Result<Double> first = engine.calculate(ReferenceArgument.mixtral(), ALPHA).get(ALPHA);
    Result<Double> second = engine.calculate(ReferenceArgument.mixtral(), ALPHA).get(ALPHA);

    assertThat(first).isEqualTo(second);
    assertThat(((Result.Failure<Double>) second).reason()).isEqualTo(FailureReason.MISSING_INPUT);
    assertThat(((Result.Failure<Double>) second).message()).isEqualTo("no terms");
  }

  @Test
  void anotherExceptionInstanceGivesItsOwnMessage() {
    AtomicReference<String> message = new AtomicReference<>("first");
    TestCalculator thrower =
        TestCalculator.named("thrower")
            .providing(ALPHA)
            .calculating(
                context -> {
                  throw new CalculationException(FailureReason.UNDEFINED, message.get());
                });
    CalculationEngine engine = CalculationEngine.of(CalculatorRegistry.of(List.of(thrower)));

    engine.calculate(ReferenceArgument.mixtral(), ALPHA);
    message.set("second");
    Result<Double> second = engine.calculate(ReferenceArgument.mixtral(), ALPHA).get(ALPHA);

    assertThat(((Result.Failure<Double>) second).message()).isEqualTo("second");
  }
}
