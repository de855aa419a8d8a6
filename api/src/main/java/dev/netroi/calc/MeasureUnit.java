package dev.netroi.calc;

import dev.netroi.Bandwidth;
import dev.netroi.CashFlows;
import dev.netroi.CurrencyAmount;
import dev.netroi.internal.Checks;

/**
 * The unit of a {@link Measure}: the Java type of its values, how a value is checked, and how it is
 * shown in reports.
 *
 * <p>The built-in units are the constants of {@link StandardUnit}, as {@code java.time} pairs the
 * {@code TemporalUnit} interface with the {@code ChronoUnit} enum. A plug-in that needs a unit of
 * its own (grams of CO2 per GPU-hour, a custom value type) implements this interface; its measures
 * then work on the audited path, in results and in reports. The engine's batch path computes
 * measures whose value type is {@link CurrencyAmount}, {@link Bandwidth} or {@link Double} (the
 * scalar units); it refuses any other, such as a {@link CashFlows} series, with a message.
 *
 * <p>Implementations must be immutable and thread-safe, and equal when they are the same unit (an
 * enum is both). {@link #name()} identifies a unit in messages and must be stable; two units of one
 * class with one name must be equal, since measures are ordered by unit name and class.
 */
public interface MeasureUnit {

  /**
   * Returns the stable name of the unit, such as {@code "MONEY_PER_GPU_YEAR"}.
   *
   * @return the name, not blank
   */
  String name();

  /**
   * Returns the label shown next to values, such as {@code "per GPU-year"}.
   *
   * @return the label
   */
  String label();

  /**
   * Returns true if a formatted value needs the label after it to be read, as money ({@code USD
   * 3,900.00 per GPU-year}) does; a unit whose formatted value carries its unit ({@code 18.15 %},
   * {@code 760 Gb/s}) returns false.
   *
   * @return whether reports show the label after the value
   */
  boolean labelFollowsValue();

  /**
   * Returns the Java type of the values of this unit.
   *
   * @return the value type
   */
  Class<?> valueType();

  /**
   * Formats a value of this unit for a report. Implementations call {@link #check(Object)} first.
   *
   * @param value a value of {@link #valueType()}
   * @return the formatted value
   * @throws IllegalArgumentException if {@link #check(Object)} refuses the value
   */
  String format(Object value);

  /**
   * Checks that a value may be a value of this unit, without formatting it: the validation hook
   * that {@link dev.netroi.calc.Figure} and {@link Explanation} rely on. The default accepts a
   * value of {@link #valueType()}, and refuses a NaN or infinite {@code Double}; a unit with a
   * narrower rule overrides it and calls this one first.
   *
   * @param value the value
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not of {@link #valueType()}, or is a NaN
   *     or infinite {@code Double}; the message names the unit
   */
  default void check(Object value) {
    Checks.notNull(value, "value");
    if (!valueType().isInstance(value)) {
      throw new IllegalArgumentException(
          "value of unit "
              + name()
              + " must be a "
              + valueType().getSimpleName()
              + " but was a "
              + value.getClass().getSimpleName());
    }
    if (value instanceof Double d && !Double.isFinite(d)) {
      throw new IllegalArgumentException(
          "value of unit " + name() + " must be finite but was " + d);
    }
  }
}
