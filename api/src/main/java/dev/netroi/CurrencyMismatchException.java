package dev.netroi;

import dev.netroi.internal.Checks;
import java.util.Currency;

/**
 * Thrown when two amounts of different currencies meet in one operation or one scenario; netroi
 * never converts currencies silently. The message reads {@code "Currencies differ: USD/EUR"}.
 */
public final class CurrencyMismatchException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final Currency expected;
  private final Currency actual;

  /**
   * Creates the exception.
   *
   * @param expected the currency that was expected, not null
   * @param actual the currency that was found, not null
   */
  public CurrencyMismatchException(Currency expected, Currency actual) {
    this(expected, actual, "");
  }

  /**
   * Creates the exception with a context, such as the field that held the second currency.
   *
   * @param expected the currency that was expected, not null
   * @param actual the currency that was found, not null
   * @param context where {@code actual} was found, or empty
   */
  public CurrencyMismatchException(Currency expected, Currency actual, String context) {
    super(
        "Currencies differ: "
            + Checks.notNull(expected, "expected").getCurrencyCode()
            + "/"
            + Checks.notNull(actual, "actual").getCurrencyCode()
            + (Checks.notNull(context, "context").isEmpty() ? "" : " (" + context + ")"));
    this.expected = expected;
    this.actual = actual;
  }

  /**
   * Returns the currency that was expected.
   *
   * @return the expected currency
   */
  public Currency getExpected() {
    return expected;
  }

  /**
   * Returns the currency that was found instead.
   *
   * @return the actual currency
   */
  public Currency getActual() {
    return actual;
  }
}
