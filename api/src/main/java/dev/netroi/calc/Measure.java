package dev.netroi.calc;

import dev.netroi.internal.Checks;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A typed key for one figure that calculators provide, such as {@link
 * Measures#VALUE_UPLIFT_PER_GPU} (name {@code ValueUpliftPerGpu}, a money amount per GPU-year).
 *
 * <p>The name is stable, unique and PascalCase; it is what reports, files and a registry's lookup
 * by name ({@code CalculatorRegistry.measure(String)}) use. Two measures are equal when their
 * names, types and units are equal (the description is documentation); a registry refuses two
 * different measures of one name. Value-based, immutable and thread-safe.
 *
 * @param <T> the type of the measure's values, as given by the unit: {@code CurrencyAmount}, {@code
 *     Bandwidth}, {@code Double} or {@code CashFlows} for the {@link StandardUnit}s
 */
public final class Measure<T> implements Comparable<Measure<?>> {

  private static final Pattern NAME = Pattern.compile("[A-Z][A-Za-z0-9]*");

  private final String name;
  private final Class<T> type;
  private final MeasureUnit unit;
  private final String description;

  private Measure(String name, Class<T> type, MeasureUnit unit, String description) {
    this.name = Checks.notNull(name, "name");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "name must be PascalCase ([A-Z][A-Za-z0-9]*) but was '" + name + "'");
    }
    this.type = Checks.notNull(type, "type");
    this.unit = Checks.notNull(unit, "unit");
    this.description = Checks.notBlank(description, "description");
    if (!unit.valueType().equals(type)) {
      throw new IllegalArgumentException(
          "type of a "
              + unit.name()
              + " measure must be "
              + unit.valueType().getSimpleName()
              + " but was "
              + type.getSimpleName());
    }
  }

  /**
   * Obtains a measure; plugins use this to declare measures of their own.
   *
   * @param name the PascalCase name, such as {@code "DiscountedBenefitCostRatio"}
   * @param type the value type, which must be {@link MeasureUnit#valueType()} of {@code unit}
   * @param unit the unit
   * @param description one sentence saying what the figure is, for reports
   * @param <T> the value type
   * @return the measure
   * @throws IllegalArgumentException if the name is not PascalCase, the description is blank or the
   *     type does not match the unit
   */
  public static <T> Measure<T> of(
      String name, Class<T> type, MeasureUnit unit, String description) {
    return new Measure<>(name, type, unit, description);
  }

  /**
   * Returns the stable PascalCase name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the value type.
   *
   * @return the type
   */
  public Class<T> type() {
    return type;
  }

  /**
   * Returns the unit.
   *
   * @return the unit
   */
  public MeasureUnit unit() {
    return unit;
  }

  /**
   * Returns the one-sentence description.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * Formats a value of this measure for a report, as {@link MeasureUnit#format(Object)} does.
   *
   * @param value the value
   * @return the formatted value
   */
  public String format(T value) {
    return unit.format(value);
  }

  @Override
  public int compareTo(Measure<?> other) {
    int byName = name.compareTo(other.name);
    if (byName != 0) {
      return byName;
    }
    int byType = type.getName().compareTo(other.type.getName());
    if (byType != 0) {
      return byType;
    }
    int byUnit = unit.name().compareTo(other.unit.name());
    return byUnit != 0
        ? byUnit
        : unit.getClass().getName().compareTo(other.unit.getClass().getName());
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Measure<?> other
        && name.equals(other.name)
        && type.equals(other.type)
        && unit.equals(other.unit);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  /**
   * Returns the name.
   *
   * @return the name
   */
  @Override
  public String toString() {
    return name;
  }
}
