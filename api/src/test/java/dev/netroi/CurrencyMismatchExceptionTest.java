package dev.netroi;

import static dev.netroi.TestMoney.EUR;
import static dev.netroi.TestMoney.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("CurrencyMismatchException")
class CurrencyMismatchExceptionTest {

  @Test
  void namesBothCurrenciesExpectedFirst() {
    CurrencyMismatchException e = new CurrencyMismatchException(USD, EUR);

    assertThat(e).hasMessage("Currencies differ: USD/EUR");
    assertThat(e.getExpected()).isEqualTo(USD);
    assertThat(e.getActual()).isEqualTo(EUR);
  }

  @Test
  void addsAContextInParentheses() {
    CurrencyMismatchException e = new CurrencyMismatchException(USD, EUR, "pricing.price");

    assertThat(e).hasMessage("Currencies differ: USD/EUR (pricing.price)");
  }

  @Test
  void leavesOutAnEmptyContext() {
    assertThat(new CurrencyMismatchException(EUR, USD, ""))
        .hasMessage("Currencies differ: EUR/USD");
  }

  @Test
  void isAnIllegalArgumentException() {
    assertThat(new CurrencyMismatchException(USD, EUR))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesNullArguments() {
    assertThatNullPointerException()
        .isThrownBy(() -> new CurrencyMismatchException(null, EUR))
        .withMessage("expected must not be null");
    assertThatNullPointerException()
        .isThrownBy(() -> new CurrencyMismatchException(USD, null))
        .withMessage("actual must not be null");
    assertThatNullPointerException()
        .isThrownBy(() -> new CurrencyMismatchException(USD, EUR, null))
        .withMessage("context must not be null");
  }
}
