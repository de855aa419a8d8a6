package dev.netroi.testkit;

import static dev.netroi.calc.Measures.NETWORK_COST_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.VALUE_UPLIFT_PER_GPU;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netroi.Scenario;
import dev.netroi.calc.CalculationContext;
import dev.netroi.calc.CalculationException;
import dev.netroi.calc.Calculator;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Figure;
import dev.netroi.calc.Measure;
import dev.netroi.calc.StandardUnit;
import dev.netroi.engine.CalculatorRegistry;
import dev.netroi.reference.ReferenceArgument;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Proves that each check of {@link CalculatorContract} fails for a calculator that breaks it, and
 * passes for one that keeps it. The kit's methods are called directly here, with the reference
 * scenario.
 */
class CalculatorContractTest {

  private static final Measure<Double> OUT =
      Measure.of("KitOut", Double.class, StandardUnit.MULTIPLE, "Output of a kit test calculator.");
  private static final Measure<Double> OTHER =
      Measure.of("KitOther", Double.class, StandardUnit.MULTIPLE, "Second output.");

  private static final Scenario REFERENCE = ReferenceArgument.mixtral();

  /** A calculator whose declarations and body are given. */
  private record Fake(
      Set<Measure<?>> provides,
      Set<Measure<?>> requires,
      Set<Measure<?>> overrides,
      Function<CalculationContext, List<Figure<?>>> body)
      implements Calculator {

    @Override
    public List<Figure<?>> calculate(CalculationContext context) {
      return body.apply(context);
    }

    @Override
    public String name() {
      return "Fake";
    }
  }

  /** A calculator keeping the contract but for its blank name. */
  private static final class BlankName implements Calculator {

    @Override
    public Set<Measure<?>> provides() {
      return Set.of(OUT);
    }

    @Override
    public List<Figure<?>> calculate(CalculationContext context) {
      return List.of(out(1));
    }

    @Override
    public String name() {
      return " ";
    }
  }

  private static Fake providingOut(Function<CalculationContext, List<Figure<?>>> body) {
    return new Fake(Set.of(OUT), Set.of(VALUE_UPLIFT_PER_GPU), Set.of(), body);
  }

  private static Figure<Double> out(double value, String... namedInputs) {
    Explanation explanation = Explanation.of("KitOut = given");
    for (String input : namedInputs) {
      explanation = explanation.withInput(input, "1");
    }
    return Figure.of(OUT, value, explanation);
  }

  private static CalculatorContract kitFor(Calculator calculator) {
    return kitFor(calculator, CalculatorRegistry.builtIns());
  }

  private static CalculatorContract kitFor(Calculator calculator, CalculatorRegistry inputs) {
    return new CalculatorContract() {
      @Override
      public Calculator calculator() {
        return calculator;
      }

      @Override
      public Gen<Scenario> validScenarios() {
        return Generate.constant(REFERENCE);
      }

      @Override
      public CalculatorRegistry inputRegistry() {
        return inputs;
      }
    };
  }

  private static final Fake GOOD = providingOut(context -> List.of(out(1, "ValueUpliftPerGpu")));

  @Test
  void aCalculatorKeepingTheContractPassesEveryCheck() {
    CalculatorContract kit = kitFor(GOOD);

    assertThatCode(
            () -> {
              kit.hasANonBlankName();
              kit.providesAtLeastOneMeasure();
              kit.overridesOnlyMeasuresItProvides();
              kit.doesNotRequireAMeasureItProvides();
              kit.declaresTheSameMeasuresOnEveryCall();
              kit.findsAProviderOfEveryRequiredMeasureInTheInputRegistry();
              kit.returnsExactlyOneFigurePerProvidedMeasure(REFERENCE);
              kit.failsOnlyAsUndefinedOrMissingInput(REFERENCE);
              kit.isDeterministic(REFERENCE);
              kit.givesTheSameOutcomeOnEightThreads(REFERENCE);
              kit.explainsEveryRequiredMeasure(REFERENCE);
            })
        .doesNotThrowAnyException();
  }

  @Test
  void theKitsPropertiesRunOverTheValidScenarios() {
    CalculatorContract kit = kitFor(GOOD);

    assertThatCode(
            () -> {
              kit.returnsExactlyOneFigurePerProvidedMeasure();
              kit.failsOnlyAsUndefinedOrMissingInput();
              kit.isDeterministic();
              kit.givesTheSameOutcomeOnEightThreads();
              kit.explainsEveryRequiredMeasure();
            })
        .doesNotThrowAnyException();
  }

  @Test
  void aFailingPropertyReportsTheSmallestExampleAndItsSeed() {
    AtomicInteger calls = new AtomicInteger();
    CalculatorContract kit =
        kitFor(providingOut(c -> List.of(out(calls.incrementAndGet(), "ValueUpliftPerGpu"))));

    assertThatThrownBy(kit::isDeterministic)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            "Fake must return the same figures for the same scenario (determinism)")
        .hasMessageContaining("Smallest found falsifying value(s)")
        .hasMessageContaining(REFERENCE.toString())
        .hasMessageContaining("Seed was");
  }

  @Test
  void aPropertyGivesUpWhenNoValidScenarioCanBeUsed() {
    CalculatorContract kit =
        kitFor(
            providingOut(
                c -> {
                  throw new CalculationException(FailureReason.UNDEFINED, "never defined");
                }));

    assertThatThrownBy(kit::returnsExactlyOneFigurePerProvidedMeasure)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Gave up after finding only 0 example(s)");
    assertThatCode(kit::failsOnlyAsUndefinedOrMissingInput).doesNotThrowAnyException();
  }

  @Nested
  class Declarations {

    @Test
    void aBlankNameFailsNamingTheClass() {
      assertThatThrownBy(kitFor(new BlankName())::hasANonBlankName)
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "[dev.netroi.testkit.CalculatorContractTest$BlankName: name() must not be blank;"
                  + " error messages and reports name the calculator by it] \n"
                  + "Expecting not blank but was: \" \"");
    }

    @Test
    void providingNothingFails() {
      CalculatorContract kit = kitFor(new Fake(Set.of(), Set.of(), Set.of(), c -> List.of()));

      assertThatThrownBy(kit::providesAtLeastOneMeasure)
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "[Fake: provides() must name at least one measure] \n"
                  + "Expecting actual not to be empty");
    }

    @Test
    void providingNullFails() {
      CalculatorContract kit =
          kitFor(new Fake(new HashSet<>(Arrays.asList(OUT, null)), Set.of(), Set.of(), c -> null));

      assertThatThrownBy(kit::providesAtLeastOneMeasure)
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("[Fake: provides() must not contain null] \n")
          .hasMessageContaining("not to contain null elements");
    }

    @Test
    void overridingAMeasureItDoesNotProvideFails() {
      CalculatorContract kit =
          kitFor(new Fake(Set.of(OUT), Set.of(), Set.of(OTHER), c -> List.of(out(1))));

      assertThatThrownBy(kit::overridesOnlyMeasuresItProvides)
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "[Fake overrides [KitOther] without providing it: overrides() must only list"
                  + " measures of provides()] \n")
          .hasMessageContaining("but could not find the following element(s):\n  [KitOther]");
    }

    @Test
    void requiringNullFails() {
      CalculatorContract kit =
          kitFor(
              new Fake(
                  Set.of(OUT),
                  new HashSet<>(Arrays.asList(VALUE_UPLIFT_PER_GPU, null)),
                  Set.of(),
                  c -> null));

      assertThatThrownBy(kit::doesNotRequireAMeasureItProvides)
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("[Fake: requires() must not contain null] \n")
          .hasMessageContaining("not to contain null elements");
    }

    @Test
    void requiringAMeasureItProvidesFails() {
      CalculatorContract kit =
          kitFor(new Fake(Set.of(OUT), Set.of(OUT), Set.of(), c -> List.of(out(1))));

      assertThatThrownBy(kit::doesNotRequireAMeasureItProvides)
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "[Fake requires [KitOut], which it provides itself: requires() and provides() must"
                  + " not share a measure (a calculator cannot take its own output as input)] \n")
          .hasMessageContaining("not to contain\n  [KitOut]\nbut found\n  [KitOut]");
    }

    @Test
    void changingDeclarationsFail() {
      AtomicInteger calls = new AtomicInteger();
      Calculator fickle =
          new Calculator() {
            @Override
            public Set<Measure<?>> provides() {
              return calls.incrementAndGet() % 2 == 0 ? Set.of(OUT) : Set.of(OUT, OTHER);
            }

            @Override
            public List<Figure<?>> calculate(CalculationContext context) {
              return List.of(out(1));
            }

            @Override
            public String name() {
              return "Fickle";
            }
          };

      // the first call provides both (in Set.of's order, which varies by run), the second KitOut
      assertThatThrownBy(kitFor(fickle)::declaresTheSameMeasuresOnEveryCall)
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "[Fickle must declare the same provides() on every call; the engine reads it more"
                  + " than once] \n")
          .hasMessageContaining("expected: [KitOut]\n but was: [Kit")
          .hasMessageContaining("KitOther");
    }

    @Test
    void anInputRegistryWithoutAProviderOfARequiredMeasureFails() {
      CalculatorContract kit =
          kitFor(GOOD, CalculatorRegistry.of(new dev.netroi.builtin.NetworkCostCalculator()));

      assertThatThrownBy(kit::findsAProviderOfEveryRequiredMeasureInTheInputRegistry)
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "[Fake requires ValueUpliftPerGpu, but no calculator of the input registry"
                  + " (CalculatorRegistry[1 calculators, ")
          .hasMessageContaining(
              " measures]) provides it; override inputRegistry() with one that does] \n"
                  + "Expecting Optional to contain a value but it was empty.");
    }
  }

  @Nested
  class Figures {

    @Test
    void aMissingFigureFails() {
      Fake missing = new Fake(Set.of(OUT, OTHER), Set.of(), Set.of(), c -> List.of(out(1)));

      // the measures of the figures against provides(), in Set.of's order, which varies by run
      assertThatThrownBy(() -> kitFor(missing).returnsExactlyOneFigurePerProvidedMeasure(REFERENCE))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "[Fake returned no figure for [KitOther]; calculate() must return one figure per"
                  + " provided measure] \n")
          .hasMessageContaining("KitOther")
          .hasMessageContaining("\n but was: [KitOut]");
    }

    @Test
    void twoFiguresForOneMeasureFail() {
      Fake twice = providingOut(c -> List.of(out(1, "ValueUpliftPerGpu"), out(2)));

      assertThatThrownBy(() -> kitFor(twice).returnsExactlyOneFigurePerProvidedMeasure(REFERENCE))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "[Fake returned 2 figures for KitOut; calculate() must return one figure per"
                  + " provided measure] \n")
          .hasMessageContaining("Found duplicate(s):\n  [KitOut]\nin:\n  [KitOut, KitOut]");
    }

    @Test
    void aFigureOfAnUndeclaredMeasureFails() {
      Fake stray =
          providingOut(c -> List.of(out(1), Figure.of(OTHER, 2.0, Explanation.of("KitOther = 2"))));

      assertThatThrownBy(() -> kitFor(stray).returnsExactlyOneFigurePerProvidedMeasure(REFERENCE))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "[Fake returned figures for [KitOther], which provides() does not name; calculate()"
                  + " must return one figure per provided measure] \n")
          .hasMessageContaining("expected: [KitOut]\n but was: [Kit")
          .hasMessageContaining("KitOther");
    }

    @Test
    void aFigureOfAnUndeclaredMeasureInsteadOfTheProvidedOneFails() {
      Fake swapped =
          providingOut(c -> List.of(Figure.of(OTHER, 2.0, Explanation.of("KitOther = 2"))));

      assertThatThrownBy(() -> kitFor(swapped).returnsExactlyOneFigurePerProvidedMeasure(REFERENCE))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "[Fake returned no figure for [KitOut] and figures for [KitOther], which provides()"
                  + " does not name; calculate() must return one figure per provided measure] \n")
          .hasMessageContaining("expected: [KitOut]\n but was: [KitOther]");
    }

    @Test
    void aNullFigureFails() {
      Fake withNull = providingOut(c -> Arrays.asList(out(1, "ValueUpliftPerGpu"), null));

      assertThatThrownBy(
              () -> kitFor(withNull).returnsExactlyOneFigurePerProvidedMeasure(REFERENCE))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "[Fake returned a null figure; calculate() must return one figure per provided"
                  + " measure] \n")
          .hasMessageContaining("not to contain null elements");
    }

    @Test
    void aNullListFails() {
      assertThatThrownBy(
              () ->
                  kitFor(providingOut(c -> null))
                      .returnsExactlyOneFigurePerProvidedMeasure(REFERENCE))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "[Fake returned null; calculate() must return one figure per provided measure] \n"
                  + "Expecting actual not to be null");
    }
  }

  @Nested
  class Failures {

    @Test
    void undefinedAndMissingInputAreExpectedFailures() {
      for (FailureReason reason : List.of(FailureReason.UNDEFINED, FailureReason.MISSING_INPUT)) {
        Fake failing =
            providingOut(
                c -> {
                  throw new CalculationException(reason, "expected");
                });

        assertThatCode(() -> kitFor(failing).failsOnlyAsUndefinedOrMissingInput(REFERENCE))
            .doesNotThrowAnyException();
      }
    }

    @Test
    void aCalculationErrorFails() {
      Fake failing =
          providingOut(
              c -> {
                throw new CalculationException(FailureReason.CALCULATION_ERROR, "oops");
              });

      assertThatThrownBy(() -> kitFor(failing).failsOnlyAsUndefinedOrMissingInput(REFERENCE))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "[Fake failed with reason CALCULATION_ERROR (\"oops\"); on a valid scenario it must"
                  + " give figures or fail with reason UNDEFINED or MISSING_INPUT] \n"
                  + "Expecting actual:\n  CALCULATION_ERROR");
    }

    @Test
    void aNaNFigureFails() {
      Fake nan = providingOut(c -> List.of(out(Double.NaN)));

      assertThatThrownBy(() -> kitFor(nan).failsOnlyAsUndefinedOrMissingInput(REFERENCE))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("Fake threw java.lang.IllegalArgumentException: ")
          .hasMessageContaining("must be finite but was NaN")
          .hasMessageContaining(" for the valid scenario ")
          .hasMessageContaining(
              "; on a valid scenario it must give figures or throw a CalculationException with"
                  + " reason UNDEFINED or MISSING_INPUT, never another exception");
    }

    @Test
    void readingAnUndeclaredInputFails() {
      Fake snooping =
          providingOut(c -> List.of(out(c.value(NETWORK_COST_PER_GPU_CANDIDATE).amount())));

      assertThatThrownBy(() -> kitFor(snooping).failsOnlyAsUndefinedOrMissingInput(REFERENCE))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "Fake threw java.lang.IllegalStateException: calculator Fake read"
                  + " NetworkCostPerGpuCandidate but does not declare it in requires()")
          .hasMessageContaining(
              "; on a valid scenario it must give figures or throw a CalculationException with"
                  + " reason UNDEFINED or MISSING_INPUT, never another exception");
    }
  }

  @Nested
  class DeterminismAndThreads {

    @Test
    void aCalculatorReturningAnotherValueOnEveryCallFails() {
      AtomicInteger calls = new AtomicInteger();
      Fake counting = providingOut(c -> List.of(out(calls.incrementAndGet(), "ValueUpliftPerGpu")));

      // the first call gives 1, the second 2: the first outcome is compared to the second
      assertThatThrownBy(() -> kitFor(counting).isDeterministic(REFERENCE))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "[Fake must return the same figures for the same scenario (determinism); the first"
                  + " call gave the actual outcome, the second the expected one] \n")
          .hasMessageContaining(
              "expected: Outcome[figures=[KitOut = 2.0000x], reason=null, message=null]\n"
                  + " but was: Outcome[figures=[KitOut = 1.0000x], reason=null, message=null]");
    }

    @Test
    void aCalculatorDependingOnItsThreadFails() {
      Fake threadBound =
          providingOut(
              c -> List.of(out((double) Thread.currentThread().getId(), "ValueUpliftPerGpu")));

      assertThatCode(() -> kitFor(threadBound).isDeterministic(REFERENCE))
          .doesNotThrowAnyException();
      // each worker's 50 outcomes hold its own thread's id, not the calling thread's
      assertThatThrownBy(() -> kitFor(threadBound).givesTheSameOutcomeOnEightThreads(REFERENCE))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "[Fake on 8 threads must give the single-threaded outcome (thread safety); thread 1"
                  + " of 8 got other outcomes in its 50 calls] \n")
          .hasMessageContaining("to contain only:\n  [Outcome[figures=[KitOut = ")
          .hasMessageContaining("and element(s) not expected:");
    }
  }

  @Nested
  class Explanations {

    @Test
    void aFigureNotNamingARequiredMeasureFails() {
      Fake silent = providingOut(c -> List.of(out(1)));

      assertThatThrownBy(() -> kitFor(silent).explainsEveryRequiredMeasure(REFERENCE))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "[Fake requires ValueUpliftPerGpu, so the explanation of at least one of its figures"
                  + " must name it as an input (Explanation.withInput(\"ValueUpliftPerGpu\","
                  + " ...))] \n");
    }
  }

  @Nested
  class Contexts {

    @Test
    void theContextHoldsTheDeclaredInputsOnly() {
      DeclaredInputsContext context =
          DeclaredInputsContext.of(GOOD, REFERENCE, CalculatorRegistry.builtIns()).orElseThrow();

      assertThat(context.scenario()).isSameAs(REFERENCE);
      assertThat(context.value(VALUE_UPLIFT_PER_GPU).rounded()).hasToString("49669.20");
      assertThatThrownBy(() -> context.value(NETWORK_COST_PER_GPU_CANDIDATE))
          .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theContextIsEmptyWhenAnInputFails() {
      Fake needsRoi =
          new Fake(
              Set.of(OUT), Set.of(dev.netroi.calc.Measures.ROI), Set.of(), c -> List.of(out(1)));

      assertThat(DeclaredInputsContext.of(needsRoi, REFERENCE, CalculatorRegistry.builtIns()))
          .isEmpty();
    }

    @Test
    void givenInputsMustMatchTheRequiredMeasures() {
      assertThatThrownBy(() -> DeclaredInputsContext.withInputs(GOOD, REFERENCE, List.of()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("inputs must be for [ValueUpliftPerGpu] but were for []");
    }
  }
}
