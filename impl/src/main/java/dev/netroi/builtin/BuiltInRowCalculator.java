package dev.netroi.builtin;

import dev.netroi.CurrencyAmount;
import dev.netroi.InputPath;
import dev.netroi.Scenario;
import dev.netroi.calc.Measure;
import dev.netroi.calc.Row;
import dev.netroi.calc.RowCalculator;
import java.util.List;
import java.util.Set;

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

  /** An amount of the row's currency, for explanations. */
  static CurrencyAmount money(Row row, double amount) {
    return CurrencyAmount.of(row.scenario().currency(), amount);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName();
  }
}
