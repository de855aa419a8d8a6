package dev.netroi.calc;

import dev.netroi.internal.Checks;

/**
 * One computed figure: the measure, its value and the explanation of how it was computed.
 *
 * <p>A figure never holds NaN or an infinity: a calculator that cannot compute a finite value
 * throws {@link CalculationException} instead. {@code toString()} reads {@code ValueUpliftPerGpu =
 * USD 49,669.20 per GPU-year} or {@code ImpliedTokensPerSecondPerGpu = 16,666.67 tokens/s per GPU}.
 * Value-based, immutable and thread-safe.
 *
 * @param measure the measure
 * @param value the value, of the measure's type
 * @param explanation how the value was computed
 * @param <T> the value type
 */
public record Figure<T>(Measure<T> measure, T value, Explanation explanation) {

  /**
   * Validates the components.
   *
   * @param measure the measure
   * @param value the value, of the measure's type
   * @param explanation how the value was computed
   * @throws IllegalArgumentException if the value is not of the measure's type, is a NaN or
   *     infinite {@code Double}, or is refused by the unit's {@link MeasureUnit#check(Object)}
   */
  public Figure {
    Checks.notNull(measure, "measure");
    Checks.notNull(value, "value");
    Checks.notNull(explanation, "explanation");
    if (!measure.type().isInstance(value)) {
      throw new IllegalArgumentException(
          "value of "
              + measure
              + " must be a "
              + measure.type().getSimpleName()
              + " but was a "
              + value.getClass().getSimpleName());
    }
    if (value instanceof Double d && !Double.isFinite(d)) {
      throw new IllegalArgumentException("value of " + measure + " must be finite but was " + d);
    }
    measure.unit().check(value); // a plug-in unit's own rule, such as not negative
  }

  /**
   * Obtains a figure.
   *
   * @param measure the measure
   * @param value the value, of the measure's type
   * @param explanation how the value was computed
   * @param <T> the value type
   * @return the figure
   * @throws IllegalArgumentException if the value is not of the measure's type or not finite
   */
  public static <T> Figure<T> of(Measure<T> measure, T value, Explanation explanation) {
    return new Figure<>(measure, value, explanation);
  }

  /**
   * Returns the value formatted in the measure's unit, such as {@code USD 49,669.20}.
   *
   * @return the formatted value
   */
  public String formattedValue() {
    return measure.format(value);
  }

  @Override
  public String toString() {
    MeasureUnit unit = measure.unit();
    return measure
        + " = "
        + formattedValue()
        + (unit.labelFollowsValue() ? " " + unit.label() : "");
  }
}
