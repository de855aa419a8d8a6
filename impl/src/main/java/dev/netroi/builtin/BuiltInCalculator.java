package dev.netroi.builtin;

import dev.netroi.GpuTimeUnit;
import dev.netroi.calc.Calculator;
import dev.netroi.calc.Measure;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

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
}
