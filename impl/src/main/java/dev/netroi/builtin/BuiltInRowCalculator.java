package dev.netroi.builtin;

import dev.netroi.CurrencyAmount;
import dev.netroi.GpuTimeUnit;
import dev.netroi.InputPath;
import dev.netroi.Scenario;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Figure;
import dev.netroi.calc.Measure;
import dev.netroi.calc.Row;
import dev.netroi.calc.RowCalculator;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The common part of the built-in row calculators: their declarations as constant lists (so that
 * the engine's calls allocate nothing) and a readable name.
 */
abstract class BuiltInRowCalculator implements RowCalculator {

  private final List<Measure<?>> outputs;
  private final List<Measure<?>> required;
  private final List<Measure<?>> used;
  private final Set<Measure<?>> provides;
  private final Set<Measure<?>> requires;
  private final Set<Measure<?>> uses;

  BuiltInRowCalculator(List<Measure<?>> outputs, List<Measure<?>> required) {
    this(outputs, required, List.of());
  }

  BuiltInRowCalculator(List<Measure<?>> outputs, List<Measure<?>> required, List<Measure<?>> used) {
    this.outputs = List.copyOf(outputs);
    this.required = List.copyOf(required);
    this.used = List.copyOf(used);
    this.provides = Set.copyOf(outputs);
    this.requires = Set.copyOf(required);
    this.uses = Set.copyOf(used);
  }

  @Override
  public final List<Measure<?>> outputs() {
    return outputs;
  }

  @Override
  public final List<Measure<?>> required() {
    return required;
  }

  @Override
  public final List<Measure<?>> used() {
    return used;
  }

  @Override
  public final Set<Measure<?>> provides() {
    return provides;
  }

  @Override
  public final Set<Measure<?>> requires() {
    return requires;
  }

  @Override
  public final Set<Measure<?>> uses() {
    return uses;
  }

  @Override
  public List<InputPath> inputPaths(Scenario structure) {
    return List.of();
  }

  /**
   * An explanation: the formula, then the figures of the required or used measures at {@code
   * indexes} (as {@link Row#value} numbers them), each under its measure's name.
   */
  static Explanation explained(String formula, Row row, int... indexes) {
    Explanation explanation = Explanation.of(formula);
    for (int index : indexes) {
      explanation = withFigure(explanation, row.figure(index));
    }
    return explanation;
  }

  @SuppressWarnings("unchecked") // a figure's value is of its measure's type
  private static Explanation withFigure(Explanation explanation, Figure<?> figure) {
    Figure<Object> typed = (Figure<Object>) figure;
    return explanation.withInput(typed.measure(), typed.value());
  }

  /**
   * The message of a refusal: by default the reason in words; a calculator that refuses rows says
   * why in its own words.
   */
  @Override
  public String refusal(Row row, FailureReason reason) {
    return reason == FailureReason.MISSING_INPUT
        ? "an input of the figure is missing"
        : "the figure is undefined for this scenario";
  }

  /**
   * Builds, once, texts that depend only on the unit of GPU time (formulas, suffixes, input names),
   * so that explaining a figure does not build strings.
   */
  static Map<GpuTimeUnit, String[]> perUnit(Function<GpuTimeUnit, String[]> texts) {
    Map<GpuTimeUnit, String[]> byUnit = new EnumMap<>(GpuTimeUnit.class);
    for (GpuTimeUnit unit : GpuTimeUnit.values()) {
      byUnit.put(unit, texts.apply(unit));
    }
    return Collections.unmodifiableMap(byUnit);
  }

  /** An amount of the row's currency, for explanations. */
  static CurrencyAmount money(Row row, double amount) {
    return CurrencyAmount.of(row.scenario().currency(), amount);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName();
  }
}
