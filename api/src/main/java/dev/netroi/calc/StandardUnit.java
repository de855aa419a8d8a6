package dev.netroi.calc;

import dev.netroi.Bandwidth;
import dev.netroi.CashFlows;
import dev.netroi.CurrencyAmount;
import dev.netroi.internal.Decimals;
import java.math.BigDecimal;

/**
 * The built-in units of measures ({@link MeasureUnit}), with the way their values are shown in
 * reports.
 *
 * <p>Money units hold a {@link CurrencyAmount}; the currency is in the value. Ratios hold a {@code
 * Double}: a {@link #SHARE} is shown as a percentage, a {@link #MULTIPLE} with an {@code x}. {@link
 * #CASH_FLOWS} holds a {@link CashFlows} series, which the engine's batch path does not compute.
 * Immutable and thread-safe.
 */
public enum StandardUnit implements MeasureUnit {
  /** Money per GPU per year, such as an annual value or an annual network cost. */
  MONEY_PER_GPU_YEAR("per GPU-year"),
  /** Money per GPU, one time, such as network spend per GPU sold. */
  MONEY_PER_GPU("per GPU, one time"),
  /** Money per year for the whole fleet. */
  MONEY_PER_FLEET_YEAR("per fleet-year"),
  /** A share of a whole, such as 0.1815, shown as {@code 18.15 %}. */
  SHARE("share"),
  /** A multiple, such as a benefit-cost ratio of 12.7357, shown as {@code 12.7357x}. */
  MULTIPLE("x"),
  /** A dimensionless factor in (0, 1], such as a throughput factor, shown with four decimals. */
  FACTOR("factor"),
  /** A data rate ({@link Bandwidth}), shown as {@code 760 Gb/s}. */
  BANDWIDTH("Gb/s"),
  /** Tokens per second sustained by one GPU, shown with two decimals. */
  TOKENS_PER_SECOND_PER_GPU("tokens/s per GPU"),
  /** Electrical power per GPU in watts, such as a fabric's, shown with two decimals. */
  WATTS_PER_GPU("W per GPU"),
  /** Money per GPU over a scenario's lifetime horizon, such as a lifetime TCO per GPU. */
  MONEY_PER_GPU_LIFETIME("per GPU over the horizon"),
  /** Money for the whole fleet over a scenario's lifetime horizon, such as an NPV. */
  MONEY_PER_FLEET_LIFETIME("per fleet over the horizon"),
  /** Money per GPU-hour, such as a cost per delivered GPU-hour or a break-even price. */
  MONEY_PER_GPU_HOUR("per GPU-hour"),
  /** Money per million tokens, such as a cost per million tokens. */
  MONEY_PER_MILLION_TOKENS("per million tokens"),
  /** A duration in months, such as a payback period, shown with two decimals. */
  MONTHS("months"),
  /**
   * A series of amounts by year ({@link CashFlows}), such as the yearly cash flows of an upgrade;
   * shown on one line, and as a table by {@link CashFlows#toTable()}.
   */
  CASH_FLOWS("by year");

  private final String label;

  StandardUnit(String label) {
    this.label = label;
  }

  /**
   * Returns the label shown next to values, such as {@code "per GPU-year"}.
   *
   * @return the label
   */
  @Override
  public String label() {
    return label;
  }

  /**
   * Returns true if a formatted value needs the label after it to be read, as money ({@code USD
   * 3,900.00 per GPU-year}) and throughput ({@code 16,666.67 tokens/s per GPU}) do; shares,
   * multiples, factors and bandwidths carry their unit in the formatted value.
   *
   * @return whether reports show the label after the value
   */
  @Override
  public boolean labelFollowsValue() {
    return switch (this) {
      case SHARE, MULTIPLE, FACTOR, BANDWIDTH, CASH_FLOWS -> false;
      default -> true;
    };
  }

  /**
   * Returns the Java type of the values of this unit: {@link CurrencyAmount} for money, {@link
   * Bandwidth} for bandwidth, {@link CashFlows} for {@link #CASH_FLOWS}, {@link Double} for the
   * rest.
   *
   * @return the value type
   */
  @Override
  public Class<?> valueType() {
    return switch (this) {
      case MONEY_PER_GPU_YEAR,
          MONEY_PER_GPU,
          MONEY_PER_FLEET_YEAR,
          MONEY_PER_GPU_LIFETIME,
          MONEY_PER_FLEET_LIFETIME,
          MONEY_PER_GPU_HOUR,
          MONEY_PER_MILLION_TOKENS ->
          CurrencyAmount.class;
      case BANDWIDTH -> Bandwidth.class;
      case CASH_FLOWS -> CashFlows.class;
      default -> Double.class;
    };
  }

  /**
   * Formats a value of this unit for a report: money as {@code USD 141,912.00}, a share as {@code
   * 18.15 %}, a multiple as {@code 12.7357x}, a factor as {@code 0.9500}, a bandwidth as {@code 760
   * Gb/s}, a throughput as {@code 16,666.67}, months as {@code 14.25}, cash flows as {@code USD:
   * year 0 -1,000.00; year 1 600.00; year 2 600.00}. Rounding is half-even.
   *
   * @param value a value of {@link #valueType()}
   * @return the formatted value
   * @throws IllegalArgumentException if {@code value} is not of {@link #valueType()}, or is a NaN
   *     or infinite {@code Double}
   */
  @Override
  public String format(Object value) {
    check(value);
    return switch (this) {
      case MONEY_PER_GPU_YEAR,
          MONEY_PER_GPU,
          MONEY_PER_FLEET_YEAR,
          MONEY_PER_GPU_LIFETIME,
          MONEY_PER_FLEET_LIFETIME,
          MONEY_PER_GPU_HOUR,
          MONEY_PER_MILLION_TOKENS ->
          ((CurrencyAmount) value).toDisplayString();
      case BANDWIDTH -> value.toString();
      case CASH_FLOWS -> ((CashFlows) value).toDisplayString();
      // shift the decimal point exactly: (Double) value * 100 can move a value off a tie
      case SHARE ->
          Decimals.grouped(BigDecimal.valueOf((Double) value).movePointRight(2), 2) + " %";
      case MULTIPLE -> Decimals.grouped(BigDecimal.valueOf((Double) value), 4) + "x";
      case FACTOR -> Decimals.grouped(BigDecimal.valueOf((Double) value), 4);
      default -> Decimals.grouped(BigDecimal.valueOf((Double) value), 2);
    };
  }
}
