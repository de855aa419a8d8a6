package dev.netroi;

import dev.netroi.internal.Checks;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Currency;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A numbered series of amounts in one currency, one per year: the amount of year {@code t} is the
 * net flow at the end of year {@code t}, and year 0 is today (spreadsheet convention: year 0 is not
 * discounted, years 1 to n are discounted by {@code (1 + rate)^t}).
 *
 * <p>The value of the measure {@code UpgradeCashFlows}: the yearly cash flows of choosing the
 * candidate network over the baseline. {@link #toTable()} shows it as a table of year, flow and
 * cumulative flow:
 *
 * <pre>
 * | year | flow          | cumulative    |
 * | ---: | ------------: | ------------: |
 * |    0 | USD -1,000.00 | USD -1,000.00 |
 * |    1 |    USD 600.00 |   USD -400.00 |
 * |    2 |    USD 600.00 |    USD 200.00 |
 * </pre>
 *
 * <p>Amounts are {@code double}s, as {@link CurrencyAmount} holds them (negative zero is stored as
 * zero), and are shown as {@link CurrencyAmount#toDisplayString()} shows them: rounded half-even to
 * the currency's minor unit (the cent for USD, none for JPY). Value-based, immutable and
 * thread-safe.
 */
public final class CashFlows implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Currency currency;
  private final double[] amounts;

  private CashFlows(Currency currency, double[] amounts) {
    this.currency = Checks.notNull(currency, "currency");
    Checks.notNull(amounts, "amounts");
    if (amounts.length == 0) {
      throw new IllegalArgumentException("amounts must hold at least year 0 but was empty");
    }
    double[] copy = new double[amounts.length];
    double sum = 0;
    for (int year = 0; year < amounts.length; year++) {
      copy[year] = Checks.finite(amounts[year], "amounts[" + year + "]") + 0.0;
      sum += copy[year];
      if (!Double.isFinite(sum)) {
        throw new IllegalArgumentException(
            "the cumulative flow of years 0 to " + year + " must be finite but was " + sum);
      }
    }
    this.amounts = copy;
  }

  /**
   * Obtains a series from the amounts of years 0, 1, ..., n.
   *
   * @param currency the currency of every amount
   * @param amounts the flow of each year, year 0 first; copied
   * @return the series
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if there is no amount, an amount is NaN or infinite (the
   *     message names its year: {@code "amounts[2] must be finite but was NaN"}), or a cumulative
   *     flow overflows
   */
  public static CashFlows of(Currency currency, double... amounts) {
    return new CashFlows(currency, amounts);
  }

  /**
   * Returns the currency of every amount.
   *
   * @return the currency
   */
  public Currency currency() {
    return currency;
  }

  /**
   * Returns the last year, n: the series has the years 0 to n.
   *
   * @return the last year, at least 0
   */
  public int lastYear() {
    return amounts.length - 1;
  }

  /**
   * Returns the flow of one year.
   *
   * @param year the year, in {@code [0, lastYear()]}
   * @return the flow
   * @throws IndexOutOfBoundsException if {@code year} is outside the series
   */
  public CurrencyAmount amount(int year) {
    return CurrencyAmount.of(currency, amounts[Objects.checkIndex(year, amounts.length)]);
  }

  /**
   * Returns the flows of years 0 to n as a new array.
   *
   * @return a copy of the amounts
   */
  public double[] amounts() {
    return amounts.clone();
  }

  /**
   * Returns the sum of the flows of years 0 to {@code year}, added in order.
   *
   * @param year the last year to add, in {@code [0, lastYear()]}
   * @return the cumulative flow
   * @throws IndexOutOfBoundsException if {@code year} is outside the series
   */
  public CurrencyAmount cumulative(int year) {
    Objects.checkIndex(year, amounts.length);
    double sum = 0;
    for (int t = 0; t <= year; t++) {
      sum += amounts[t];
    }
    return CurrencyAmount.of(currency, sum);
  }

  /**
   * Returns the sum of every flow, undiscounted: the net benefit over the horizon.
   *
   * @return the total
   */
  public CurrencyAmount total() {
    return cumulative(lastYear());
  }

  /**
   * Returns the series on one line for reports, such as {@code USD: year 0 -1,000.00; year 1
   * 600.00; year 2 600.00}.
   *
   * @return the text
   */
  public String toDisplayString() {
    StringBuilder text = new StringBuilder(currency.getCurrencyCode()).append(':');
    for (int year = 0; year < amounts.length; year++) {
      text.append(year == 0 ? " year " : "; year ").append(year).append(' ').append(cents(year));
    }
    return text.toString();
  }

  /**
   * Returns the series as a Markdown table of year, flow and cumulative flow, the amounts rounded
   * half-even to the currency's minor unit and right-aligned.
   *
   * @return the table, one line per year after two header lines, each line ending with a newline
   */
  public String toTable() {
    String code = currency.getCurrencyCode() + ' ';
    String[] flow = new String[amounts.length];
    String[] cumulative = new String[amounts.length];
    int width = "cumulative".length();
    double sum = 0;
    for (int year = 0; year < amounts.length; year++) {
      sum += amounts[year];
      flow[year] = code + cents(year);
      cumulative[year] = code + shown(CurrencyAmount.of(currency, sum));
      width = Math.max(width, Math.max(flow[year].length(), cumulative[year].length()));
    }
    int yearWidth = Math.max("year".length(), String.valueOf(lastYear()).length());
    StringBuilder table = new StringBuilder();
    table
        .append("| ")
        .append(left("year", yearWidth))
        .append(" | ")
        .append(left("flow", width))
        .append(" | ")
        .append(left("cumulative", width))
        .append(" |\n| ")
        .append("-".repeat(yearWidth - 1))
        .append(": | ")
        .append("-".repeat(width - 1))
        .append(": | ")
        .append("-".repeat(width - 1))
        .append(": |\n");
    for (int year = 0; year < amounts.length; year++) {
      table
          .append("| ")
          .append(right(String.valueOf(year), yearWidth))
          .append(" | ")
          .append(right(flow[year], width))
          .append(" | ")
          .append(right(cumulative[year], width))
          .append(" |\n");
    }
    return table.toString();
  }

  private String cents(int year) {
    return shown(CurrencyAmount.of(currency, amounts[year]));
  }

  /** The amount as {@link CurrencyAmount#toDisplayString()} shows it, without the code. */
  private static String shown(CurrencyAmount amount) {
    String display = amount.toDisplayString();
    return display.substring(display.indexOf(' ') + 1);
  }

  private static String left(String text, int width) {
    return text + " ".repeat(width - text.length());
  }

  private static String right(String text, int width) {
    return " ".repeat(width - text.length()) + text;
  }

  /** Validates a deserialised series. */
  private Object readResolve() {
    return new CashFlows(currency, amounts);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof CashFlows other
        && currency.equals(other.currency)
        && Arrays.equals(amounts, other.amounts);
  }

  @Override
  public int hashCode() {
    return 31 * currency.hashCode() + Arrays.hashCode(amounts);
  }

  /**
   * Returns a short form, such as {@code CashFlows[USD: year 0 -1,000.00; year 1 600.00]}.
   *
   * @return the short form
   */
  @Override
  public String toString() {
    return "CashFlows[" + toDisplayString() + "]";
  }
}
