package dev.netroi.builtin;

import dev.netroi.CurrencyAmount;
import dev.netroi.CurrencyMismatchException;
import dev.netroi.GpuTimeUnit;
import dev.netroi.calc.Block;
import dev.netroi.calc.BlockCalculator;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Measure;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The common part of the built-in calculators: fixed provides and requires sets, and both paths of
 * the engine. Each built-in keeps its arithmetic in package-private static methods over doubles
 * that its audited {@code calculate} and its {@code calculateBlock} both call, so that a figure is
 * the same to the bit on both paths.
 */
abstract class BuiltInCalculator implements BlockCalculator {

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

  /**
   * Returns the currency two amounts share, as the arithmetic of {@link CurrencyAmount} checks it.
   *
   * @throws CurrencyMismatchException if they differ
   */
  static Currency sameCurrency(CurrencyAmount first, CurrencyAmount second) {
    if (!first.currency().equals(second.currency())) {
      throw new CurrencyMismatchException(first.currency(), second.currency());
    }
    return first.currency();
  }

  /** Fails every row of a block with one reason: the scenario's structure rules the rows out. */
  static void failAll(Block block, FailureReason reason) {
    for (int row = 0; row < block.size(); row++) {
      block.fail(row, reason);
    }
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
