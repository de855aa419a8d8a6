package dev.netroi.testkit;

import dev.netroi.Scenario;
import dev.netroi.calc.CalculationContext;
import dev.netroi.calc.CalculationResults;
import dev.netroi.calc.Calculator;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Figure;
import dev.netroi.calc.Measure;
import dev.netroi.calc.Result;
import dev.netroi.engine.CalculationEngine;
import dev.netroi.engine.CalculatorRegistry;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link CalculationContext} for calling one calculator outside the engine, as the engine would
 * call it: the scenario and the figures of the measures the calculator declares in {@link
 * Calculator#requires()}, and nothing else. Reading any other measure throws {@link
 * IllegalStateException}, so a calculator that forgot to declare an input fails in tests.
 *
 * <pre>{@code
 * DeclaredInputsContext context =
 *     DeclaredInputsContext.of(calculator, scenario, CalculatorRegistry.builtIns()).orElseThrow();
 * List<Figure<?>> figures = Calculators.calculate(calculator, context);
 * }</pre>
 *
 * <p>Immutable and thread-safe: one context may be handed to the calculator from many threads.
 */
public final class DeclaredInputsContext implements CalculationContext {

  private final Calculator calculator;
  private final Scenario scenario;
  private final Map<Measure<?>, Figure<?>> inputs;

  private DeclaredInputsContext(
      Calculator calculator, Scenario scenario, Map<Measure<?>, Figure<?>> inputs) {
    this.calculator = calculator;
    this.scenario = scenario;
    this.inputs = Map.copyOf(inputs);
  }

  /**
   * Computes the required inputs of a calculator for a scenario with the calculators of a registry,
   * and returns the context holding them.
   *
   * @param calculator the calculator under test
   * @param scenario the scenario
   * @param inputRegistry the registry that provides every measure the calculator requires
   * @return the context, or empty if an input could not be computed for this scenario (such as a
   *     market figure of a scenario without market facts)
   * @throws dev.netroi.engine.RegistryException if the registry provides no calculator for a
   *     required measure
   */
  public static Optional<DeclaredInputsContext> of(
      Calculator calculator, Scenario scenario, CalculatorRegistry inputRegistry) {
    Objects.requireNonNull(calculator, "calculator");
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(inputRegistry, "inputRegistry");
    List<Measure<?>> required = List.copyOf(calculator.requires());
    Map<Measure<?>, Figure<?>> inputs = new HashMap<>();
    CalculationEngine engine = CalculationEngine.of(inputRegistry);
    if (!required.isEmpty()) {
      CalculationResults results = engine.calculate(scenario, required);
      for (Result<?> result : results.results()) {
        if (!result.isSuccess()) {
          return Optional.empty();
        }
        inputs.put(result.measure(), result.figure());
      }
    }
    for (Measure<?> used : calculator.uses()) {
      if (inputRegistry.provider(used).isPresent()) {
        Result<?> result = engine.calculate(scenario, used).results().get(0);
        if (result.isSuccess()) {
          inputs.put(used, result.figure());
        } else if (((Result.Failure<?>) result).reason() != FailureReason.MISSING_INPUT) {
          return Optional.empty();
        }
      }
    }
    return Optional.of(new DeclaredInputsContext(calculator, scenario, inputs));
  }

  /**
   * Returns a context with the given input figures, for examples that feed a calculator chosen
   * values.
   *
   * @param calculator the calculator under test
   * @param scenario the scenario
   * @param inputs one figure for each measure the calculator requires
   * @return the context
   * @throws IllegalArgumentException if the figures do not match the required measures one to one
   */
  public static DeclaredInputsContext withInputs(
      Calculator calculator, Scenario scenario, List<? extends Figure<?>> inputs) {
    Map<Measure<?>, Figure<?>> map = new HashMap<>();
    for (Figure<?> figure : inputs) {
      if (map.put(figure.measure(), figure) != null) {
        throw new IllegalArgumentException("two inputs for " + figure.measure());
      }
    }
    Set<Measure<?>> used = new HashSet<>(map.keySet());
    used.removeAll(calculator.requires());
    if (!map.keySet().containsAll(calculator.requires()) || !calculator.uses().containsAll(used)) {
      throw new IllegalArgumentException(
          "inputs must be for "
              + calculator.requires()
              + (calculator.uses().isEmpty() ? "" : " (and some of " + calculator.uses() + ")")
              + " but were for "
              + map.keySet());
    }
    return new DeclaredInputsContext(
        Objects.requireNonNull(calculator, "calculator"),
        Objects.requireNonNull(scenario, "scenario"),
        map);
  }

  @Override
  public Scenario scenario() {
    return scenario;
  }

  @Override
  @SuppressWarnings("unchecked") // figures are stored under their own measure
  public <T> Figure<T> figure(Measure<T> measure) {
    Objects.requireNonNull(measure, "measure");
    Figure<?> figure = inputs.get(measure);
    if (figure == null || !calculator.requires().contains(measure)) {
      throw new IllegalStateException(
          "calculator "
              + calculator.name()
              + " read "
              + measure
              + " but does not declare it in requires() "
              + calculator.requires());
    }
    return (Figure<T>) figure;
  }

  @Override
  @SuppressWarnings("unchecked") // figures are stored under their own measure
  public <T> Optional<Figure<T>> find(Measure<T> measure) {
    Objects.requireNonNull(measure, "measure");
    if (!calculator.requires().contains(measure) && !calculator.uses().contains(measure)) {
      throw new IllegalStateException(
          "calculator "
              + calculator.name()
              + " read "
              + measure
              + " but does not declare it in requires() or uses()");
    }
    return Optional.ofNullable((Figure<T>) inputs.get(measure));
  }

  @Override
  public String toString() {
    return "DeclaredInputsContext["
        + calculator.name()
        + ", "
        + scenario.name()
        + ", inputs "
        + inputs.keySet()
        + "]";
  }
}
