package dev.netroi;

import static dev.netroi.TestMoney.BHD;
import static dev.netroi.TestMoney.EUR;
import static dev.netroi.TestMoney.JPY;
import static dev.netroi.TestMoney.USD;
import static dev.netroi.TestMoney.eur;
import static dev.netroi.TestMoney.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("CurrencyAmount")
class CurrencyAmountTest {

  @Nested
  @DisplayName("is obtained")
  class Obtaining {

    @Test
    void fromACurrencyAndADouble() {
      CurrencyAmount amount = CurrencyAmount.of(USD, 141_912.0);

      assertThat(amount.currency()).isEqualTo(USD);
      assertThat(amount.amount()).isEqualTo(141_912.0);
    }

    @Test
    void fromACurrencyCodeAndADecimalString() {
      assertThat(CurrencyAmount.of("USD", "0.27")).isEqualTo(CurrencyAmount.of(USD, 0.27));
      assertThat(CurrencyAmount.of("EUR", "-30000")).isEqualTo(CurrencyAmount.of(EUR, -30_000.0));
    }

    @Test
    void fromADecimalStringWithSurroundingSpaces() {
      assertThat(CurrencyAmount.of("USD", " 3900 ")).isEqualTo(CurrencyAmount.of(USD, 3900.0));
    }

    @Test
    void asZeroOfACurrency() {
      assertThat(CurrencyAmount.zero(JPY)).isEqualTo(CurrencyAmount.of(JPY, 0.0));
      assertThat(CurrencyAmount.zero(JPY).isZero()).isTrue();
    }

    @Test
    void foldsNegativeZeroIntoZero() {
      CurrencyAmount negativeZero = CurrencyAmount.of(USD, -0.0);

      assertThat(Double.doubleToRawLongBits(negativeZero.amount()))
          .isEqualTo(Double.doubleToRawLongBits(0.0));
      assertThat(negativeZero).isEqualTo(CurrencyAmount.zero(USD));
      assertThat(negativeZero.hashCode()).isEqualTo(CurrencyAmount.zero(USD).hashCode());
      assertThat(negativeZero).hasToString("USD 0.00");
      assertThat(CurrencyAmount.of("USD", "-0.00")).isEqualTo(CurrencyAmount.zero(USD));
      assertThat(CurrencyAmount.zero(USD).negated()).hasToString("USD 0.00");
    }
  }

  @Nested
  @DisplayName("refuses")
  class Refusing {

    @Test
    void aNullCurrency() {
      assertThatNullPointerException()
          .isThrownBy(() -> CurrencyAmount.of((Currency) null, 1.0))
          .withMessage("currency must not be null");
      assertThatNullPointerException()
          .isThrownBy(() -> CurrencyAmount.zero(null))
          .withMessage("currency must not be null");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void aNonFiniteAmount(double amount) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> CurrencyAmount.of(USD, amount))
          .withMessage("amount must be finite but was " + amount);
    }

    @Test
    void aNullCurrencyCodeOrDecimal() {
      assertThatNullPointerException()
          .isThrownBy(() -> CurrencyAmount.of(null, "1"))
          .withMessage("currencyCode must not be null");
      assertThatNullPointerException()
          .isThrownBy(() -> CurrencyAmount.of("USD", null))
          .withMessage("decimal must not be null");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"XYZ", "usd", "US", "USDX", "", " "})
    void anUnknownCurrencyCode(String code) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> CurrencyAmount.of(code, "1"))
          .withMessage("currencyCode must be an ISO 4217 code but was '" + code + "'");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", " ", "abc", "1,000", "1.2.3", "$5", "NaN", "Infinity", "0x10"})
    void aDecimalThatCannotBeRead(String decimal) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> CurrencyAmount.of("USD", decimal))
          .withMessage("amount must be a decimal number but was '" + decimal + "'");
    }

    @Test
    void aDecimalBeyondTheRangeOfADouble() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> CurrencyAmount.of("USD", "1E400"))
          .withMessage("amount must be finite but was Infinity");
    }
  }

  @Nested
  @DisplayName("toString")
  class Canonical {

    @Test
    void isTheCodeAndTheAmountWithTheCurrencysDecimals() {
      assertThat(usd("141912")).hasToString("USD 141912.00");
      assertThat(usd("85147.2")).hasToString("USD 85147.20");
      assertThat(eur("-3900")).hasToString("EUR -3900.00");
      assertThat(CurrencyAmount.of(JPY, 1234.0)).hasToString("JPY 1234");
      assertThat(CurrencyAmount.of(BHD, 1.5)).hasToString("BHD 1.500");
      assertThat(usd("13000000000")).hasToString("USD 13000000000.00");
    }

    @Test
    void usesTwoDecimalsForACurrencyWithoutMinorUnit() {
      Currency noMinorUnit = Currency.getInstance("XXX");

      assertThat(noMinorUnit.getDefaultFractionDigits()).isEqualTo(-1);
      assertThat(CurrencyAmount.of(noMinorUnit, 2.5)).hasToString("XXX 2.50");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
      "0.125, USD 0.12",
      "0.135, USD 0.14",
      "0.145, USD 0.14",
      "0.005, USD 0.00",
      "0.015, USD 0.02",
      "-0.125, USD -0.12",
      "-0.135, USD -0.14",
      "2.675, USD 2.68",
      "1.005, USD 1.00",
      "3939.3939393939395, USD 3939.39",
      "0.004, USD 0.00",
      "-0.004, USD 0.00"
    })
    void roundsHalfEvenToTheCentOfTheShortestDecimalOfTheDouble(double amount, String expected) {
      assertThat(CurrencyAmount.of(USD, amount)).hasToString(expected);
    }

    @Test
    @SuppressWarnings("BigDecimalLiteralDouble") // shows the binary value on purpose
    void roundsAsBigDecimalValueOfDoesNotAsTheBinaryValueDoes() {
      // 2.675 is stored as 2.67499999999999982236431605997495353221893310546875: the exact
      // binary value rounds down, the shortest decimal "2.675" rounds half-even up.
      assertThat(new BigDecimal(2.675).toPlainString()).startsWith("2.67499");
      assertThat(CurrencyAmount.of(USD, 2.675).rounded()).isEqualByComparingTo("2.68");
    }

    @Test
    void roundsToZeroDigitsForYenAndThreeForDinars() {
      assertThat(CurrencyAmount.of(JPY, 2.5)).hasToString("JPY 2");
      assertThat(CurrencyAmount.of(JPY, 3.5)).hasToString("JPY 4");
      assertThat(CurrencyAmount.of(BHD, 0.0125)).hasToString("BHD 0.012");
    }
  }

  @Nested
  @DisplayName("rounded")
  class Rounded {

    @Test
    void hasTheCurrencysScale() {
      assertThat(usd("141912").rounded()).isEqualTo(new BigDecimal("141912.00"));
      assertThat(CurrencyAmount.of(JPY, 99.5).rounded()).isEqualTo(new BigDecimal("100"));
      assertThat(CurrencyAmount.of(BHD, 1.0).rounded()).isEqualTo(new BigDecimal("1.000"));
    }

    @Test
    void neverIsANegativeZero() {
      assertThat(CurrencyAmount.of(USD, -0.001).rounded().signum()).isZero();
    }
  }

  @Nested
  @DisplayName("toDisplayString")
  class Display {

    @Test
    void groupsThousandsWithCommas() {
      assertThat(usd("141912").toDisplayString()).isEqualTo("USD 141,912.00");
      assertThat(usd("13000000000").toDisplayString()).isEqualTo("USD 13,000,000,000.00");
      assertThat(usd("-49669.2").toDisplayString()).isEqualTo("USD -49,669.20");
      assertThat(usd("999.99").toDisplayString()).isEqualTo("USD 999.99");
      assertThat(CurrencyAmount.of(JPY, 1_234_567.0).toDisplayString()).isEqualTo("JPY 1,234,567");
    }

    @Test
    void roundsHalfEvenLikeToString() {
      assertThat(CurrencyAmount.of(USD, 1234.125).toDisplayString()).isEqualTo("USD 1,234.12");
      assertThat(CurrencyAmount.of(USD, 1234.135).toDisplayString()).isEqualTo("USD 1,234.14");
    }

    @Test
    void showsNoNegativeZero() {
      assertThat(CurrencyAmount.of(USD, -0.001).toDisplayString()).isEqualTo("USD 0.00");
      assertThat(CurrencyAmount.of(USD, -0.0).toDisplayString()).isEqualTo("USD 0.00");
    }
  }

  @Nested
  @DisplayName("parse")
  class Parse {

    @Test
    void readsTheCanonicalForm() {
      assertThat(CurrencyAmount.parse("USD 141912.00"))
          .isEqualTo(CurrencyAmount.of(USD, 141_912.0));
      assertThat(CurrencyAmount.parse("EUR -0.27")).isEqualTo(CurrencyAmount.of(EUR, -0.27));
      assertThat(CurrencyAmount.parse("JPY 1234")).isEqualTo(CurrencyAmount.of(JPY, 1234.0));
    }

    @Test
    void readsGroupingCommasAndSurroundingSpaces() {
      assertThat(CurrencyAmount.parse("USD 141,912.00")).isEqualTo(usd("141912"));
      assertThat(CurrencyAmount.parse("USD -13,000,000,000")).isEqualTo(usd("-13000000000"));
      assertThat(CurrencyAmount.parse("  USD 30000\n")).isEqualTo(usd("30000"));
    }

    @Test
    void keepsMoreDecimalsThanTheCurrencyShows() {
      CurrencyAmount parsed = CurrencyAmount.parse("USD 0.125");

      assertThat(parsed.amount()).isEqualTo(0.125);
      assertThat(parsed).hasToString("USD 0.12");
    }

    @Test
    void readsBackTheDisplayString() {
      CurrencyAmount amount = usd("-1234567.89");

      assertThat(CurrencyAmount.parse(amount.toDisplayString())).isEqualTo(amount);
      assertThat(CurrencyAmount.parse(amount.toString())).isEqualTo(amount);
    }

    @Test
    void refusesNull() {
      assertThatNullPointerException()
          .isThrownBy(() -> CurrencyAmount.parse(null))
          .withMessage("text must not be null");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(
        strings = {
          "",
          "   ",
          "USD",
          "141912.00",
          "USD141912.00",
          "USD  1",
          "usd 1",
          "US 1",
          "USD 1.",
          "USD .5",
          "USD +1",
          "USD 1,2345",
          "USD 12,34.00",
          "USD ,123",
          "USD 1e3",
          "USD 1 000",
          "USD -",
          "$ 100",
          "USD 100 EUR"
        })
    void refusesMalformedText(String text) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> CurrencyAmount.parse(text))
          .withMessage("CurrencyAmount text must look like 'USD 141912.00' but was '" + text + "'");
    }

    @Test
    void refusesAnUnknownCurrencyCode() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> CurrencyAmount.parse("XYZ 12.00"))
          .withMessage("currencyCode must be an ISO 4217 code but was 'XYZ'");
    }
  }

  @Nested
  @DisplayName("arithmetic")
  class Arithmetic {

    @Test
    void addsAndSubtracts() {
      assertThat(usd("134816.40").minus(usd("85147.20")).rounded())
          .isEqualByComparingTo("49669.20");
      assertThat(usd("0.10").plus(usd("0.20"))).hasToString("USD 0.30");
      assertThat(usd("1").minus(usd("3"))).isEqualTo(usd("-2"));
    }

    @Test
    void multipliesAndDivides() {
      assertThat(usd("0.27").multipliedBy(525_600)).hasToString("USD 141912.00");
      assertThat(usd("13000000000").dividedBy(3_300_000)).hasToString("USD 3939.39");
      assertThat(usd("13000000000").dividedBy(4).dividedBy(608_000)).hasToString("USD 5345.39");
      assertThat(usd("10").multipliedBy(-0.5)).isEqualTo(usd("-5"));
      assertThat(usd("10").multipliedBy(0)).isEqualTo(CurrencyAmount.zero(USD));
    }

    @Test
    void computesARatio() {
      assertThat(usd("49669.20").ratioTo(usd("3900"))).isCloseTo(12.7357, within(5e-5));
      assertThat(usd("3900").ratioTo(usd("21700"))).isCloseTo(0.17972, within(5e-6));
    }

    @Test
    void negatesAndTellsTheSign() {
      assertThat(usd("3900").negated()).isEqualTo(usd("-3900"));
      assertThat(usd("-1").isNegative()).isTrue();
      assertThat(usd("0").isNegative()).isFalse();
      assertThat(usd("0.01").isNegative()).isFalse();
      assertThat(usd("0.01").isZero()).isFalse();
      assertThat(usd("0.00").isZero()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void refusesANonFiniteFactor(double factor) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> usd("1").multipliedBy(factor))
          .withMessage("factor must be finite but was " + factor);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void refusesANonFiniteDivisor(double divisor) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> usd("1").dividedBy(divisor))
          .withMessage("divisor must be finite but was " + divisor);
    }

    @Test
    void refusesAZeroDivisor() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> usd("1").dividedBy(0))
          .withMessage("divisor must not be zero but was 0");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> usd("1").dividedBy(-0.0))
          .withMessage("divisor must not be zero but was 0");
    }

    @Test
    void refusesARatioOverZero() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> usd("1").ratioTo(usd("0")))
          .withMessage("ratio denominator must not be zero but was USD 0.00");
    }

    @Test
    void refusesResultsBeyondTheRangeOfADouble() {
      CurrencyAmount huge = CurrencyAmount.of(USD, Double.MAX_VALUE);

      assertThatIllegalArgumentException()
          .isThrownBy(() -> huge.plus(huge))
          .withMessage("amount must be finite but was Infinity");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> huge.multipliedBy(-2))
          .withMessage("amount must be finite but was -Infinity");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> huge.dividedBy(0.5))
          .withMessage("amount must be finite but was Infinity");
    }

    @Test
    void refusesANullOperand() {
      assertThatNullPointerException()
          .isThrownBy(() -> usd("1").plus(null))
          .withMessage("other must not be null");
      assertThatNullPointerException()
          .isThrownBy(() -> usd("1").minus(null))
          .withMessage("other must not be null");
      assertThatNullPointerException()
          .isThrownBy(() -> usd("1").ratioTo(null))
          .withMessage("other must not be null");
      assertThatNullPointerException()
          .isThrownBy(() -> usd("1").compareTo(null))
          .withMessage("other must not be null");
    }
  }

  @Nested
  @DisplayName("never mixes currencies")
  class Mixing {

    @Test
    void inPlus() {
      assertThatThrownBy(() -> usd("1").plus(eur("1")))
          .isInstanceOf(CurrencyMismatchException.class)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Currencies differ: USD/EUR")
          .satisfies(
              e -> {
                CurrencyMismatchException mismatch = (CurrencyMismatchException) e;
                assertThat(mismatch.getExpected()).isEqualTo(USD);
                assertThat(mismatch.getActual()).isEqualTo(EUR);
              });
    }

    @Test
    void inMinusRatioToAndCompareTo() {
      assertThatThrownBy(() -> eur("1").minus(usd("1")))
          .isInstanceOf(CurrencyMismatchException.class)
          .hasMessage("Currencies differ: EUR/USD");
      assertThatThrownBy(() -> usd("1").ratioTo(eur("2")))
          .isInstanceOf(CurrencyMismatchException.class)
          .hasMessage("Currencies differ: USD/EUR");
      assertThatThrownBy(() -> usd("1").compareTo(CurrencyAmount.of(JPY, 1)))
          .isInstanceOf(CurrencyMismatchException.class)
          .hasMessage("Currencies differ: USD/JPY");
    }

    @Test
    void evenForZero() {
      assertThatThrownBy(() -> CurrencyAmount.zero(USD).plus(CurrencyAmount.zero(EUR)))
          .isInstanceOf(CurrencyMismatchException.class)
          .hasMessage("Currencies differ: USD/EUR");
    }
  }

  @Nested
  @DisplayName("equality and order")
  class EqualityAndOrder {

    @Test
    void equalAmountsOfOneCurrencyAreEqual() {
      assertThat(usd("0.27")).isEqualTo(CurrencyAmount.parse("USD 0.27"));
      assertThat(usd("0.27").hashCode()).isEqualTo(CurrencyAmount.parse("USD 0.27").hashCode());
    }

    @Test
    void theSameNumberInAnotherCurrencyIsNotEqual() {
      assertThat(usd("1")).isNotEqualTo(eur("1"));
    }

    @Test
    void amountsBelowTheCentAreDistinctEvenIfTheyPrintAlike() {
      assertThat(CurrencyAmount.of(USD, 0.121)).hasToString("USD 0.12");
      assertThat(CurrencyAmount.of(USD, 0.121)).isNotEqualTo(usd("0.12"));
    }

    @Test
    void sortsByAmount() {
      List<CurrencyAmount> amounts =
          new ArrayList<>(List.of(usd("3900"), usd("-1"), usd("0"), usd("0.01"), usd("21700")));

      Collections.sort(amounts);

      assertThat(amounts)
          .extracting(CurrencyAmount::toString)
          .containsExactly("USD -1.00", "USD 0.00", "USD 0.01", "USD 3900.00", "USD 21700.00");
      assertThat(usd("2").compareTo(usd("2.00"))).isZero();
    }
  }

  @Nested
  @DisplayName("serialisation")
  class Serialisation {

    @Test
    void roundTripsThroughJavaSerialisation() throws Exception {
      CurrencyAmount amount = usd("141912.00");

      assertThat(JavaSerialization.roundTrip(amount)).isEqualTo(amount);
    }
  }
}
