package dev.netroi.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.netroi.Scenario;
import dev.netroi.calc.CalculationException;
import dev.netroi.calc.Calculator;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Figure;
import dev.netroi.calc.Measure;
import dev.netroi.calc.RowCalculator;
import dev.netroi.engine.BatchResults;
import dev.netroi.engine.CalculationEngine;
import dev.netroi.engine.CalculatorRegistry;
import dev.netroi.engine.Calculators;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The compatibility kit of the calculator SPI: implement this interface in a test class to prove
 * that a {@link Calculator} keeps the contract the engine relies on.
 *
 * <pre>{@code
 * class DiscountedUpliftCalculatorTest implements CalculatorContract {
 *
 *   @Override
 *   public Calculator calculator() {
 *     return new DiscountedUpliftCalculator(0.08);
 *   }
 *
 *   @Override
 *   public Gen<Scenario> validScenarios() {
 *     return NetroiDomain.scenarios();
 *   }
 *
 *   // optional: the registry that computes the calculator's required inputs
 *   @Override
 *   public CalculatorRegistry inputRegistry() {
 *     return CalculatorRegistry.builtIns().with(new MyDiscountRateCalculator());
 *   }
 *
 *   @Test
 *   void discountsTheUpliftOverOneYear() { ... } // examples of the formula
 * }
 * }</pre>
 *
 * <p>The kit is plain JUnit 5: every check is a {@code @Test} default method, and the checks of
 * behaviour run as properties over {@link #validScenarios()} with QuickTheories ({@link
 * PropertyChecks#qt()}, 1,000 examples each, 10 for the thread-safety check). Put JUnit Jupiter,
 * AssertJ and QuickTheories on the test class path (see the README for the dependency snippet). A
 * failing check reports the smallest failing scenario and the seed that reproduces it. It calls the
 * calculator as the engine would, with a {@link DeclaredInputsContext}: the scenario and the
 * figures of the declared {@link Calculator#requires() required} measures only, computed by {@link
 * #inputRegistry()}; reading an undeclared measure throws {@link IllegalStateException} and fails
 * the kit. A generated scenario whose inputs cannot be computed (such as a market figure without
 * market facts) is discarded, and so is, for the checks of figures, one where the calculator fails;
 * a run that finds too few usable scenarios fails ("Gave up after finding only N example(s)"), so
 * {@link #validScenarios()} should rarely produce them. A broken check's message names the
 * calculator and the contract it breaks, such as "Fake must return the same figures for the same
 * scenario (determinism)", before AssertJ's details. It checks:
 *
 * <ul>
 *   <li>declarations: a non-blank name; {@code provides()} names at least one measure and no null;
 *       {@code overrides()} only lists measures of {@code provides()}; {@code requires()} holds no
 *       null and no measure of {@code provides()}; the same sets on every call; the input registry
 *       provides every required measure;
 *   <li>figures: exactly one figure per provided measure (no figure missing, none twice, none for
 *       an undeclared measure), of the measure's type, finite;
 *   <li>failures: a valid scenario yields figures, or a {@link CalculationException} with {@link
 *       FailureReason#UNDEFINED} or {@link FailureReason#MISSING_INPUT} and a non-blank message,
 *       and never another exception (such as the {@code IllegalArgumentException} of a NaN or
 *       infinite figure, or the {@code IllegalStateException} of reading an undeclared input);
 *   <li>determinism: two calls on one scenario give equal figures (or equal failures);
 *   <li>thread safety: 8 threads calling it 50 times each on one scenario all get the figures of a
 *       single-threaded call;
 *   <li>explanations: every required measure is named as an input by at least one figure's {@link
 *       dev.netroi.calc.Explanation};
 *   <li>batch path: the engine's batch path gives the audited figures (see {@link
 *       #givesTheAuditedFiguresOnTheBatchPath()}).
 * </ul>
 *
 * <p>Each property has an overload that checks one scenario, such as {@link
 * #isDeterministic(Scenario)}, for a plug-in's own examples. {@link #outcomeFor(Scenario)} and
 * {@link #figuresFor(Scenario)} call the calculator the same way, for the examples of a test class.
 */
public interface CalculatorContract {

  /**
   * Returns the calculator under test; may return the same instance every time.
   *
   * @return the calculator
   */
  Calculator calculator();

  /**
   * Returns the scenarios the calculator must handle; see {@link NetroiDomain} for ready-made ones.
   *
   * @return the generator of valid scenarios
   */
  Gen<Scenario> validScenarios();

  /**
   * Returns the registry that computes the measures the calculator requires.
   *
   * @return the built-in calculators unless overridden
   */
  default CalculatorRegistry inputRegistry() {
    return CalculatorRegistry.builtIns();
  }

  // ---------------------------------------------------------------- declarations

  /** Checks the name used in error messages; a failure names the calculator by its class. */
  @Test
  default void hasANonBlankName() {
    Calculator calculator = calculator();
    assertThat(calculator.name())
        .as(
            "%s: name() must not be blank; error messages and reports name the calculator by it",
            calculator.getClass().getName())
        .isNotBlank();
  }

  /** Checks that the calculator provides something. */
  @Test
  default void providesAtLeastOneMeasure() {
    Calculator calculator = calculator();
    assertThat(calculator.provides())
        .as("%s: provides() must name at least one measure", calculator.name())
        .isNotEmpty();
    assertThat(calculator.provides())
        .as("%s: provides() must not contain null", calculator.name())
        .doesNotContainNull();
  }

  /** Checks that overrides are a subset of provides. */
  @Test
  default void overridesOnlyMeasuresItProvides() {
    Calculator calculator = calculator();
    List<Measure<?>> stray = sorted(calculator.overrides());
    stray.removeAll(calculator.provides());
    assertThat(calculator.provides())
        .as(
            "%s overrides %s without providing it: overrides() must only list measures of"
                + " provides()",
            calculator.name(), stray)
        .containsAll(calculator.overrides());
  }

  /** Checks that the calculator does not depend on itself. */
  @Test
  default void doesNotRequireAMeasureItProvides() {
    Calculator calculator = calculator();
    assertThat(calculator.requires())
        .as("%s: requires() must not contain null", calculator.name())
        .doesNotContainNull();
    List<Measure<?>> own = sorted(calculator.requires());
    own.retainAll(calculator.provides());
    assertThat(calculator.requires())
        .as(
            "%s requires %s, which it provides itself: requires() and provides() must not share a"
                + " measure (a calculator cannot take its own output as input)",
            calculator.name(), own)
        .doesNotContainAnyElementsOf(calculator.provides());
  }

  /** Checks that the declarations are stable. */
  @Test
  default void declaresTheSameMeasuresOnEveryCall() {
    Calculator calculator = calculator();
    assertThat(calculator.provides())
        .as(
            "%s must declare the same provides() on every call; the engine reads it more than once",
            calculator.name())
        .isEqualTo(calculator.provides());
    assertThat(calculator.requires())
        .as(
            "%s must declare the same requires() on every call; the engine reads it more than once",
            calculator.name())
        .isEqualTo(calculator.requires());
    assertThat(calculator.overrides())
        .as(
            "%s must declare the same overrides() on every call; the engine reads it more than"
                + " once",
            calculator.name())
        .isEqualTo(calculator.overrides());
  }

  /** Checks that every input can be computed by the input registry. */
  @Test
  default void findsAProviderOfEveryRequiredMeasureInTheInputRegistry() {
    CalculatorRegistry registry = inputRegistry();
    Calculator calculator = calculator();
    for (Measure<?> required : sorted(calculator.requires())) {
      assertThat(registry.provider(required))
          .as(
              "%s requires %s, but no calculator of the input registry (%s) provides it; override"
                  + " inputRegistry() with one that does",
              calculator.name(), required, registry)
          .isPresent();
    }
  }

  // ---------------------------------------------------------------- behaviour

  /** Checks one figure per provided measure, of the measure's type, over the valid scenarios. */
  @Test
  default void returnsExactlyOneFigurePerProvidedMeasure() {
    PropertyChecks.qt()
        .forAll(validScenarios())
        .assuming(this::succeedsOn)
        .checkAssert(this::returnsExactlyOneFigurePerProvidedMeasure);
  }

  /**
   * Checks one figure per provided measure, of the measure's type, finite, for one scenario; passes
   * if the scenario's inputs cannot be computed or the calculator fails on it.
   *
   * @param scenario a valid scenario
   */
  default void returnsExactlyOneFigurePerProvidedMeasure(Scenario scenario) {
    Optional<DeclaredInputsContext> context = contextFor(scenario);
    if (context.isEmpty()) {
      return;
    }
    Outcome outcome = Outcome.of(calculator(), context.get());
    if (!outcome.isSuccess()) {
      return;
    }
    String name = calculator().name();
    List<Figure<?>> figures = outcome.figures();
    assertThat(figures)
        .as("%s returned null; calculate() must return one figure per provided measure", name)
        .isNotNull();
    assertThat(figures)
        .as(
            "%s returned a null figure; calculate() must return one figure per provided measure",
            name)
        .doesNotContainNull();
    List<Measure<?>> measures = new ArrayList<>();
    for (Figure<?> figure : figures) {
      measures.add(figure.measure());
      assertThat(figure.value())
          .as(
              "%s returned a figure for %s whose value is not a %s, the measure's type",
              name, figure.measure(), figure.measure().type().getName())
          .isInstanceOf(figure.measure().type());
      if (figure.value() instanceof Double d) {
        assertThat(d)
            .as(
                "%s returned a non-finite figure for %s; every figure must be finite (throw a"
                    + " CalculationException with reason UNDEFINED instead)",
                name, figure.measure())
            .isFinite();
      }
    }
    assertThat(measures)
        .as(
            "%s returned %s; calculate() must return one figure per provided measure",
            name, duplicates(measures))
        .doesNotHaveDuplicates();
    List<Measure<?>> missing = sorted(calculator().provides());
    missing.removeAll(measures);
    List<Measure<?>> undeclared = sorted(measures);
    undeclared.removeAll(calculator().provides());
    List<String> mismatches = new ArrayList<>();
    if (!missing.isEmpty()) {
      mismatches.add("no figure for " + missing);
    }
    if (!undeclared.isEmpty()) {
      mismatches.add("figures for " + undeclared + ", which provides() does not name");
    }
    assertThat(new HashSet<>(measures))
        .as(
            "%s returned %s; calculate() must return one figure per provided measure",
            name, String.join(" and ", mismatches))
        .isEqualTo(calculator().provides());
  }

  /**
   * Describes the measures that occur more than once in a list, such as {@code "2 figures for
   * KitOut"}.
   *
   * @param measures the measures of a calculator's figures
   * @return the count and name of each duplicated measure, in order of name
   */
  private static String duplicates(List<Measure<?>> measures) {
    List<String> counts = new ArrayList<>();
    for (Measure<?> measure : sorted(new HashSet<>(measures))) {
      int count = Collections.frequency(measures, measure);
      if (count > 1) {
        counts.add(count + " figures for " + measure);
      }
    }
    return String.join(", ", counts);
  }

  /**
   * Returns measures sorted by their natural order (name first), null first, for messages that do
   * not depend on the iteration order of a set.
   *
   * @param measures the measures
   * @return a new, modifiable list
   */
  private static List<Measure<?>> sorted(Collection<? extends Measure<?>> measures) {
    List<Measure<?>> sorted = new ArrayList<>(measures);
    sorted.sort(Comparator.nullsFirst(Comparator.<Measure<?>>naturalOrder()));
    return sorted;
  }

  /** Checks that valid scenarios yield figures or an expected failure, never another exception. */
  @Test
  default void failsOnlyAsUndefinedOrMissingInput() {
    PropertyChecks.qt()
        .forAll(validScenarios())
        .assuming(this::isComputable)
        .checkAssert(this::failsOnlyAsUndefinedOrMissingInput);
  }

  /**
   * Checks that one scenario yields figures or an expected failure, never another exception.
   *
   * @param scenario a valid scenario
   */
  default void failsOnlyAsUndefinedOrMissingInput(Scenario scenario) {
    Optional<DeclaredInputsContext> context = contextFor(scenario);
    if (context.isEmpty()) {
      return;
    }
    try {
      Calculators.calculate(calculator(), context.get());
    } catch (CalculationException e) {
      assertThat(e.getReason())
          .as(
              "%s failed with reason %s (\"%s\"); on a valid scenario it must give figures or fail"
                  + " with reason UNDEFINED or MISSING_INPUT",
              calculator().name(), e.getReason(), e.getMessage())
          .isIn(FailureReason.UNDEFINED, FailureReason.MISSING_INPUT);
      assertThat(e.getMessage())
          .as(
              "%s failed with reason %s and a blank message; the message must say why the figures"
                  + " are undefined or which input is missing",
              calculator().name(), e.getReason())
          .isNotBlank();
    } catch (RuntimeException e) {
      fail(
          calculator().name()
              + " threw "
              + e
              + " for the valid scenario "
              + scenario
              + "; on a valid scenario it must give figures or throw a CalculationException with"
              + " reason UNDEFINED or MISSING_INPUT, never another exception",
          e);
    }
  }

  /** Checks that two calls give equal outcomes, over the valid scenarios. */
  @Test
  default void isDeterministic() {
    PropertyChecks.qt()
        .forAll(validScenarios())
        .assuming(this::isComputable)
        .checkAssert(this::isDeterministic);
  }

  /**
   * Checks that two calls on one scenario give equal outcomes.
   *
   * @param scenario a valid scenario
   */
  default void isDeterministic(Scenario scenario) {
    Optional<DeclaredInputsContext> context = contextFor(scenario);
    if (context.isEmpty()) {
      return;
    }
    Outcome first = Outcome.of(calculator(), context.get());
    Outcome second = Outcome.of(calculator(), context.get());
    assertThat(first)
        .as(
            "%s must return the same figures for the same scenario (determinism); the first call"
                + " gave the actual outcome, the second the expected one",
            calculator().name())
        .isEqualTo(second);
  }

  /**
   * Checks, on 10 valid scenarios, that 8 threads calling the calculator 50 times each get the
   * single-threaded outcome.
   */
  @Test
  default void givesTheSameOutcomeOnEightThreads() {
    PropertyChecks.qt(10)
        .forAll(validScenarios())
        .assuming(this::isComputable)
        .checkAssert(this::givesTheSameOutcomeOnEightThreads);
  }

  /**
   * Checks that 8 threads calling the calculator 50 times each on one scenario get the
   * single-threaded outcome.
   *
   * @param scenario a valid scenario
   * @throws AssertionError if a thread gets another outcome, fails or times out
   */
  default void givesTheSameOutcomeOnEightThreads(Scenario scenario) {
    Optional<DeclaredInputsContext> context = contextFor(scenario);
    if (context.isEmpty()) {
      return;
    }
    Calculator calculator = calculator();
    Outcome expected = Outcome.of(calculator, context.get());
    int threads = 8;
    int calls = 50;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CyclicBarrier start = new CyclicBarrier(threads);
      List<Future<List<Outcome>>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        futures.add(
            pool.submit(
                () -> {
                  start.await(1, TimeUnit.MINUTES);
                  List<Outcome> outcomes = new ArrayList<>(calls);
                  for (int i = 0; i < calls; i++) {
                    outcomes.add(Outcome.of(calculator, context.get()));
                  }
                  return outcomes;
                }));
      }
      for (int t = 0; t < threads; t++) {
        List<Outcome> outcomes = futures.get(t).get(1, TimeUnit.MINUTES);
        assertThat(outcomes)
            .as(
                "%s on %d threads must give the single-threaded outcome (thread safety); thread %d"
                    + " of %d got other outcomes in its %d calls",
                calculator.name(), threads, t + 1, threads, calls)
            .hasSize(calls)
            .containsOnly(expected);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(
          calculator.name() + " on " + threads + " threads: the check was interrupted", e);
    } catch (ExecutionException e) {
      throw new AssertionError(
          calculator.name()
              + " on "
              + threads
              + " threads must give the single-threaded outcome (thread safety), but a thread"
              + " failed with "
              + e.getCause(),
          e.getCause());
    } catch (TimeoutException e) {
      throw new AssertionError(
          calculator.name()
              + " on "
              + threads
              + " threads must give the single-threaded outcome (thread safety), but a thread did"
              + " not finish its "
              + calls
              + " calls within a minute (a deadlock?)",
          e);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Checks that the explanations name every required measure, over the valid scenarios. */
  @Test
  default void explainsEveryRequiredMeasure() {
    PropertyChecks.qt()
        .forAll(validScenarios())
        .assuming(this::succeedsOn)
        .checkAssert(this::explainsEveryRequiredMeasure);
  }

  /**
   * Checks that the explanations of one scenario's figures name every required measure; passes if
   * the scenario's inputs cannot be computed or the calculator fails on it.
   *
   * @param scenario a valid scenario
   */
  default void explainsEveryRequiredMeasure(Scenario scenario) {
    Optional<DeclaredInputsContext> context = contextFor(scenario);
    if (context.isEmpty()) {
      return;
    }
    Outcome outcome = Outcome.of(calculator(), context.get());
    if (!outcome.isSuccess()) {
      return;
    }
    for (Measure<?> required : sorted(calculator().requires())) {
      assertThat(outcome.figures())
          .as(
              "%s requires %s, so the explanation of at least one of its figures must name it as"
                  + " an input (Explanation.withInput(\"%s\", ...))",
              calculator().name(), required, required.name())
          .anyMatch(figure -> figure.explanation().namesInput(required.name()));
    }
  }

  /**
   * Checks, on 200 valid scenarios with generated input columns ({@link BatchEquivalence}), that
   * the engine's batch path gives the calculator's measures the values (to the bit) and failure
   * reasons of the audited path, row by row; that no calculator threw ({@code
   * BatchResults.errors()}); and, when the calculator implements {@link RowCalculator} and so does
   * every calculator it needs (the providers of its required measures, and of theirs), that no row
   * went through the audited path. The batch path computes scalar measures only ({@link
   * BatchEquivalence#isScalar(Measure)}): a measure of another value type, such as a {@code
   * CashFlows} series, is not checked here, and a calculator that provides none is not run.
   */
  @Test
  default void givesTheAuditedFiguresOnTheBatchPath() {
    PropertyChecks.qtOverBatches(200)
        .forAll(validScenarios(), BatchEquivalence.seeds())
        .checkAssert(this::givesTheAuditedFiguresOnTheBatchPath);
  }

  /**
   * Checks one batch: the scenario with input columns drawn from a seed.
   *
   * @param scenario a valid scenario, the batch's base
   * @param seed the seed of the columns, see {@link BatchEquivalence#columns(Scenario, long)}
   * @throws AssertionError if a row's value or failure reason differs from the audited path's
   */
  default void givesTheAuditedFiguresOnTheBatchPath(Scenario scenario, long seed) {
    Calculator calculator = calculator();
    List<Calculator> calculators = new ArrayList<>();
    for (Calculator input : inputRegistry().calculators()) {
      if (Collections.disjoint(input.provides(), calculator.provides())) {
        calculators.add(input);
      }
    }
    calculators.add(calculator);
    List<Measure<?>> measures = BatchEquivalence.scalar(calculator.provides());
    if (measures.isEmpty()) {
      return; // the batch path refuses series measures: the audited checks cover them
    }
    measures.sort(Comparator.naturalOrder());
    CalculatorRegistry registry = CalculatorRegistry.of(calculators);
    CalculationEngine engine =
        CalculationEngine.of(registry).withBlockSize(BatchEquivalence.blockSize(seed));
    boolean rowsOnly =
        needed(registry, calculator).stream().allMatch(RowCalculator.class::isInstance);
    BatchResults batch =
        BatchEquivalence.check(
            engine, scenario, BatchEquivalence.columns(scenario, seed), measures, 2, rowsOnly);
    assertThat(batch.errors())
        .as(
            "%s: no calculator may throw on the batch path (a refusal is a returned reason or a"
                + " CalculationException)",
            calculator.name())
        .isEmpty();
    if (rowsOnly) {
      assertThat(batch.rowByRowEvaluations())
          .as(
              "%s and every calculator it needs are RowCalculators, so the batch path must"
                  + " compute every row from their bodies, never through the audited path",
              calculator.name())
          .isZero();
    }
  }

  /**
   * Returns a calculator and the calculators that provide its required measures, and theirs, in a
   * registry: the calculators a batch of its measures runs.
   *
   * @param registry the registry
   * @param calculator a calculator of the registry
   * @return the calculators, {@code calculator} first
   */
  /** The measures a calculator runs after: those it requires and those it uses. */
  private static java.util.Set<Measure<?>> dependencies(Calculator calculator) {
    java.util.Set<Measure<?>> all = new java.util.HashSet<>(calculator.requires());
    all.addAll(calculator.uses());
    return all;
  }

  private static List<Calculator> needed(CalculatorRegistry registry, Calculator calculator) {
    List<Calculator> needed = new ArrayList<>();
    needed.add(calculator);
    for (int i = 0; i < needed.size(); i++) {
      for (Measure<?> required : dependencies(needed.get(i))) {
        Optional<Calculator> provider = registry.provider(required);
        if (provider.isPresent() && !needed.contains(provider.get())) {
          needed.add(provider.get());
        }
      }
    }
    return needed;
  }

  /**
   * Returns whether the calculator's required inputs can be computed for a scenario.
   *
   * @param scenario a scenario
   * @return true if the kit can call the calculator on it
   */
  default boolean isComputable(Scenario scenario) {
    return contextFor(scenario).isPresent();
  }

  /**
   * Returns whether the calculator returns figures for a scenario (rather than a {@link
   * CalculationException}).
   *
   * @param scenario a scenario
   * @return true if its inputs can be computed and the calculator succeeds on it
   */
  default boolean succeedsOn(Scenario scenario) {
    Optional<DeclaredInputsContext> context = contextFor(scenario);
    return context.isPresent() && Outcome.of(calculator(), context.get()).isSuccess();
  }

  // ---------------------------------------------------------------- helpers for examples

  /**
   * Returns the context the kit calls the calculator with.
   *
   * @param scenario the scenario
   * @return the context, or empty if a required input cannot be computed for this scenario
   */
  default Optional<DeclaredInputsContext> contextFor(Scenario scenario) {
    return DeclaredInputsContext.of(calculator(), scenario, inputRegistry());
  }

  /**
   * Calls the calculator on a scenario as the kit does.
   *
   * @param scenario a scenario whose required inputs can be computed
   * @return the figures or the {@link CalculationException}'s reason and message
   * @throws IllegalArgumentException if a required input cannot be computed for this scenario
   */
  default Outcome outcomeFor(Scenario scenario) {
    DeclaredInputsContext context =
        contextFor(scenario)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "the inputs of "
                            + calculator().name()
                            + " cannot be computed for "
                            + scenario));
    return Outcome.of(calculator(), context);
  }

  /**
   * Calls the calculator on a scenario and returns its figures.
   *
   * @param scenario a scenario whose required inputs can be computed
   * @return the figures
   * @throws CalculationException if the calculator fails for this scenario
   */
  default List<Figure<?>> figuresFor(Scenario scenario) {
    return Calculators.calculate(calculator(), contextFor(scenario).orElseThrow());
  }

  /**
   * Calls the calculator on a scenario and returns the value of one of its measures.
   *
   * @param scenario a scenario whose required inputs can be computed
   * @param measure a provided measure
   * @param <T> the value type
   * @return the value
   * @throws CalculationException if the calculator fails for this scenario
   */
  default <T> T valueFor(Scenario scenario, Measure<T> measure) {
    return figureFor(scenario, measure).value();
  }

  /**
   * Calls the calculator on a scenario and returns the figure of one of its measures.
   *
   * @param scenario a scenario whose required inputs can be computed
   * @param measure a provided measure
   * @param <T> the value type
   * @return the figure
   * @throws CalculationException if the calculator fails for this scenario
   * @throws AssertionError if the calculator returned no figure for {@code measure}
   */
  @SuppressWarnings("unchecked") // a figure is for its own measure
  default <T> Figure<T> figureFor(Scenario scenario, Measure<T> measure) {
    for (Figure<?> figure : figuresFor(scenario)) {
      if (figure.measure().equals(measure)) {
        return (Figure<T>) figure;
      }
    }
    throw new AssertionError(calculator().name() + " returned no figure for " + measure);
  }

  /**
   * What one call of a calculator gave: its figures, or the reason and message of its {@link
   * CalculationException}. Equal outcomes have equal figures, or equal reasons and messages.
   *
   * @param figures the figures, or null after a failure (or if the calculator returned null)
   * @param reason the failure reason, or null after a success
   * @param message the failure message, or null after a success
   */
  record Outcome(List<Figure<?>> figures, FailureReason reason, String message) {

    /**
     * Calls a calculator once; exceptions other than {@link CalculationException} propagate.
     *
     * @param calculator the calculator
     * @param context the context to call it with
     * @return the outcome
     */
    public static Outcome of(Calculator calculator, DeclaredInputsContext context) {
      try {
        List<Figure<?>> figures = Calculators.calculate(calculator, context);
        return new Outcome(
            figures == null ? null : Collections.unmodifiableList(new ArrayList<>(figures)),
            null,
            null);
      } catch (CalculationException e) {
        return new Outcome(null, e.getReason(), e.getMessage());
      }
    }

    /**
     * Returns whether the calculator returned figures.
     *
     * @return true after a success
     */
    public boolean isSuccess() {
      return reason == null;
    }
  }
}
