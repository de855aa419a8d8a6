package dev.netroi;

import dev.netroi.internal.Checks;
import dev.netroi.internal.Decimals;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount of money in one currency, held as a {@code double} for analytics.
 *
 * <p>Like OpenGamma Strata's type of the same name, this is a value for analytics, not for
 * accounting: arithmetic runs in {@code double}, amounts are entered from decimal strings ({@link
 * #parse(String)}, {@link #of(String, String)}) and shown rounded half-even to the currency's minor
 * unit (the cent for USD) by {@link #toString()} and {@link #rounded()}. Currencies never mix:
 * every operation on two amounts throws {@link CurrencyMismatchException} when their currencies
 * differ.
 *
 * <p>The canonical form is {@code "USD 141912.00"}; {@link #parse(String)} reads it back (and also
 * accepts grouping commas, {@code "USD 141,912.00"}). {@link #toDisplayString()} gives the grouped
 * form for reports.
 *
 * <p>This is a value-based, immutable and thread-safe record. Negative zero is stored as zero.
 *
 * @param currency the currency, not null
 * @param amount the amount in units of the currency (dollars, not cents), finite
 */
public record CurrencyAmount(Currency currency, double amount)
    implements Comparable<CurrencyAmount>, Serializable {

  private static final long serialVersionUID = 1L;

  private static final Pattern FORMAT =
      Pattern.compile("([A-Z]{3}) (-?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)");

  /**
   * Validates the components.
   *
   * @param currency the currency, not null
   * @param amount the amount in units of the currency (dollars, not cents), finite
   * @throws NullPointerException if {@code currency} is null
   * @throws IllegalArgumentException if {@code amount} is NaN or infinite
   */
  public CurrencyAmount {
    Checks.notNull(currency, "currency");
    Checks.finite(amount, "amount");
    amount = amount + 0.0; // folds -0.0 into 0.0 so that equal amounts are equal records
  }

  /**
   * Obtains an amount from a currency and a {@code double}; use this for computed amounts.
   *
   * @param currency the currency, not null
   * @param amount the amount, finite
   * @return the amount
   * @throws IllegalArgumentException if {@code amount} is NaN or infinite
   */
  public static CurrencyAmount of(Currency currency, double amount) {
    return new CurrencyAmount(currency, amount);
  }

  /**
   * Obtains an amount from an ISO 4217 currency code and a decimal string, such as {@code of("USD",
   * "0.27")}. This is the way to enter money.
   *
   * @param currencyCode the ISO 4217 code, such as {@code "USD"}
   * @param decimal the amount as a decimal, such as {@code "30000"}, {@code "-0.27"} or {@code
   *     "1.3E10"} (as {@link BigDecimal#BigDecimal(String)} reads it)
   * @return the amount
   * @throws IllegalArgumentException if the code is unknown or the decimal cannot be read
   */
  public static CurrencyAmount of(String currencyCode, String decimal) {
    Checks.notNull(currencyCode, "currencyCode");
    Checks.notNull(decimal, "decimal");
    return new CurrencyAmount(currency(currencyCode), decimal(decimal));
  }

  /**
   * Obtains an amount of zero in the given currency.
   *
   * @param currency the currency, not null
   * @return zero in {@code currency}
   */
  public static CurrencyAmount zero(Currency currency) {
    return new CurrencyAmount(currency, 0.0);
  }

  /**
   * Parses the canonical form {@code "USD 141912.00"}; grouping commas ({@code "USD 141,912.00"})
   * are accepted too.
   *
   * @param text the text to parse, not null
   * @return the amount
   * @throws IllegalArgumentException if the text is not of the form {@code CCC [-]digits[.digits]}
   *     or the currency code is unknown
   */
  public static CurrencyAmount parse(String text) {
    Checks.notNull(text, "text");
    Matcher m = FORMAT.matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "CurrencyAmount text must look like 'USD 141912.00' but was '" + text + "'");
    }
    return new CurrencyAmount(currency(m.group(1)), decimal(m.group(2).replace(",", "")));
  }

  private static Currency currency(String code) {
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "currencyCode must be an ISO 4217 code but was '" + code + "'", e);
    }
  }

  private static double decimal(String decimal) {
    try {
      return new BigDecimal(decimal.strip()).doubleValue();
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "amount must be a decimal number but was '" + decimal + "'", e);
    }
  }

  /**
   * Returns the sum of this amount and {@code other}.
   *
   * @param other the amount to add, in the same currency
   * @return the sum
   * @throws CurrencyMismatchException if the currencies differ
   */
  public CurrencyAmount plus(CurrencyAmount other) {
    checkSameCurrency(other);
    return new CurrencyAmount(currency, amount + other.amount);
  }

  /**
   * Returns this amount less {@code other}.
   *
   * @param other the amount to subtract, in the same currency
   * @return the difference
   * @throws CurrencyMismatchException if the currencies differ
   */
  public CurrencyAmount minus(CurrencyAmount other) {
    checkSameCurrency(other);
    return new CurrencyAmount(currency, amount - other.amount);
  }

  /**
   * Returns this amount multiplied by a finite factor.
   *
   * @param factor the factor, finite
   * @return the product
   * @throws IllegalArgumentException if {@code factor} is NaN or infinite, or the product overflows
   */
  public CurrencyAmount multipliedBy(double factor) {
    Checks.finite(factor, "factor");
    return new CurrencyAmount(currency, amount * factor);
  }

  /**
   * Returns this amount divided by a finite, non-zero divisor.
   *
   * @param divisor the divisor, finite and not zero
   * @return the quotient
   * @throws IllegalArgumentException if {@code divisor} is zero, NaN or infinite
   */
  public CurrencyAmount dividedBy(double divisor) {
    Checks.finite(divisor, "divisor");
    if (divisor == 0) {
      throw new IllegalArgumentException("divisor must not be zero but was 0");
    }
    return new CurrencyAmount(currency, amount / divisor);
  }

  /**
   * Returns the ratio of this amount to {@code other}, a plain number.
   *
   * @param other the denominator, in the same currency and not zero
   * @return {@code this.amount / other.amount}
   * @throws CurrencyMismatchException if the currencies differ
   * @throws IllegalArgumentException if {@code other} is zero
   */
  public double ratioTo(CurrencyAmount other) {
    checkSameCurrency(other);
    if (other.amount == 0) {
      throw new IllegalArgumentException("ratio denominator must not be zero but was " + other);
    }
    return amount / other.amount;
  }

  /**
   * Returns the negation of this amount.
   *
   * @return {@code -this}
   */
  public CurrencyAmount negated() {
    return new CurrencyAmount(currency, -amount);
  }

  /**
   * Returns true if this amount is zero.
   *
   * @return whether the amount is zero
   */
  public boolean isZero() {
    return amount == 0;
  }

  /**
   * Returns true if this amount is less than zero.
   *
   * @return whether the amount is negative
   */
  public boolean isNegative() {
    return amount < 0;
  }

  /**
   * Returns the amount rounded half-even to the currency's minor unit (two decimals for USD), the
   * figure a report shows.
   *
   * @return the rounded amount, with the currency's number of decimals
   */
  public BigDecimal rounded() {
    return BigDecimal.valueOf(amount).setScale(minorDigits(), RoundingMode.HALF_EVEN);
  }

  /**
   * Returns the amount rounded half-even to the minor unit, with grouping commas, such as {@code
   * "USD 141,912.00"}; for reports. {@link #toString()} gives the canonical form.
   *
   * @return the display form
   */
  public String toDisplayString() {
    return currency.getCurrencyCode() + " " + Decimals.grouped(rounded(), minorDigits());
  }

  private int minorDigits() {
    int digits = currency.getDefaultFractionDigits();
    return digits < 0 ? 2 : digits;
  }

  private void checkSameCurrency(CurrencyAmount other) {
    Checks.notNull(other, "other");
    if (!currency.equals(other.currency)) {
      throw new CurrencyMismatchException(currency, other.currency);
    }
  }

  /**
   * Compares amounts of the same currency. Amounts of different currencies are not comparable:
   * sorting a list that mixes currencies fails, by design, rather than ordering them silently.
   *
   * @param other the amount to compare to, in the same currency
   * @return negative, zero or positive as this amount is less than, equal to or greater than {@code
   *     other}
   * @throws CurrencyMismatchException if the currencies differ
   */
  @Override
  public int compareTo(CurrencyAmount other) {
    checkSameCurrency(other);
    return Double.compare(amount, other.amount);
  }

  /**
   * Returns the canonical form, the currency code and the amount rounded half-even to the minor
   * unit, such as {@code "USD 141912.00"}.
   *
   * @return the canonical form, accepted by {@link #parse(String)}
   */
  @Override
  public String toString() {
    return currency.getCurrencyCode() + " " + rounded().toPlainString();
  }
}
