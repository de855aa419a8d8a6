package dev.netroi.engine;

import dev.netroi.Bandwidth;
import dev.netroi.CurrencyAmount;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.Figure;
import dev.netroi.calc.Measure;
import java.util.Currency;

/** What both paths of a row calculator share: the kinds of numeric values and how they are held. */
final class Rows {

  /** Money: an amount in the scenario's currency. */
  static final int MONEY = 0;

  /** A bandwidth in Gb/s. */
  static final int BANDWIDTH = 1;

  /** A plain double. */
  static final int PLAIN = 2;

  private Rows() {}

  /**
   * Returns the kind of a measure's values, or -1 when they are not numbers (a series, a plug-in
   * unit's own type).
   */
  static int kindOrNone(Measure<?> measure) {
    Class<?> type = measure.unit().valueType();
    if (type == CurrencyAmount.class) {
      return MONEY;
    }
    if (type == Bandwidth.class) {
      return BANDWIDTH;
    }
    if (type == Double.class) {
      return PLAIN;
    }
    return -1;
  }

  /** Whether a measure's value type refuses a number: not finite, or a bandwidth not positive. */
  static boolean refused(Measure<?> measure, double value) {
    return kindOrNone(measure) == BANDWIDTH
        ? !(value > 0 && value <= Double.MAX_VALUE)
        : !(Math.abs(value) <= Double.MAX_VALUE);
  }

  /** The number a figure's value holds: an amount, Gb/s or the double itself. */
  static double number(Object value) {
    if (value instanceof CurrencyAmount amount) {
      return amount.amount();
    }
    if (value instanceof Bandwidth bandwidth) {
      return bandwidth.gbps();
    }
    return (Double) value;
  }

  /** A figure of a numeric measure from its number; the value is one its type accepts. */
  static <T> Figure<T> figure(
      Measure<T> measure, double value, Currency currency, Explanation explanation) {
    Object object =
        switch (kindOrNone(measure)) {
          case MONEY -> CurrencyAmount.of(currency, value);
          case BANDWIDTH -> Bandwidth.ofGbps(value);
          default -> value;
        };
    return Figure.of(measure, measure.type().cast(object), explanation);
  }
}
