package dev.netroi;

import java.util.Currency;

/**
 * Currencies and amounts for the api tests. The reference analysis's values are {@link
 * dev.netroi.reference.ReferenceArgument}'s.
 */
public final class TestMoney {

  public static final Currency USD = Currency.getInstance("USD");
  public static final Currency EUR = Currency.getInstance("EUR");
  public static final Currency JPY = Currency.getInstance("JPY");
  public static final Currency BHD = Currency.getInstance("BHD");

  private TestMoney() {}

  public static CurrencyAmount usd(String decimal) {
    return CurrencyAmount.of("USD", decimal);
  }

  public static CurrencyAmount eur(String decimal) {
    return CurrencyAmount.of("EUR", decimal);
  }
}
