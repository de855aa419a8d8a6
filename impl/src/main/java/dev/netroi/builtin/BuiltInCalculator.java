package dev.netroi.builtin;

import dev.netroi.calc.Calculator;
import dev.netroi.calc.Measure;
import java.util.Set;

/** The common part of the built-in calculators: fixed provides and requires sets. */
abstract class BuiltInCalculator implements Calculator {

  private final Set<Measure<?>> provides;
  private final Set<Measure<?>> requires;

  BuiltInCalculator(Set<Measure<?>> provides, Set<Measure<?>> requires) {
    this.provides = Set.copyOf(provides);
    this.requires = Set.copyOf(requires);
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
  public String toString() {
    return getClass().getSimpleName();
  }
}
