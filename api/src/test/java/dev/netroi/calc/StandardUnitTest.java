package dev.netroi.calc;

import static dev.netroi.TestMoney.JPY;
import static dev.netroi.TestMoney.USD;
import static dev.netroi.TestMoney.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netroi.Bandwidth;
import dev.netroi.CashFlows;
import dev.netroi.CurrencyAmount;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("StandardUnit")
class StandardUnitTest {

  @ParameterizedTest(name = "{0}: ''{1}'', {2}")
  @CsvSource({
    "MONEY_PER_GPU_YEAR, per GPU-year, CurrencyAmount",
    "MONEY_PER_GPU, 'per GPU, one time', CurrencyAmount",
    "MONEY_PER_FLEET_YEAR, per fleet-year, CurrencyAmount",
    "SHARE, share, Double",
    "MULTIPLE, x, Double",
    "FACTOR, factor, Double",
    "BANDWIDTH, Gb/s, Bandwidth",
    "TOKENS_PER_SECOND_PER_GPU, tokens/s per GPU, Double",
    "WATTS_PER_GPU, W per GPU, Double",
    "MONEY_PER_GPU_LIFETIME, per GPU over the horizon, CurrencyAmount",
    "MONEY_PER_FLEET_LIFETIME, per fleet over the horizon, CurrencyAmount",
    "MONEY_PER_GPU_HOUR, per GPU-hour, CurrencyAmount",
    "MONEY_PER_MILLION_TOKENS, per million tokens, CurrencyAmount",
    "MONTHS, months, Double",
    "CASH_FLOWS, by year, CashFlows"
  })
  void hasALabelAndAValueType(StandardUnit unit, String label, String valueType) {
    assertThat(unit.label()).isEqualTo(label);
    assertThat(unit.valueType().getSimpleName()).isEqualTo(valueType);
  }

  @Test
  void thereAreFifteenUnits() {
    assertThat(StandardUnit.values()).hasSize(15);
  }

  @Nested
  @DisplayName("format")
  class Format {

    @Test
    void showsMoneyGroupedWithTheCurrencysDecimals() {
      assertThat(StandardUnit.MONEY_PER_GPU_YEAR.format(usd("141912"))).isEqualTo("USD 141,912.00");
      assertThat(StandardUnit.MONEY_PER_GPU.format(usd("5345.394736842105")))
          .isEqualTo("USD 5,345.39");
      assertThat(StandardUnit.MONEY_PER_FLEET_YEAR.format(usd("-50860032")))
          .isEqualTo("USD -50,860,032.00");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
      "0.1815, 18.15 %",
      "0.17972350230414746, 17.97 %",
      "1, 100.00 %",
      "11.735692307692307, '1,173.57 %'",
      "-0.05, -5.00 %",
      "0, 0.00 %",
      "0.00125, 0.12 %",
      "0.00135, 0.14 %",
      "0.18155, 18.16 %",
      "0.18165, 18.16 %"
    })
    void showsAShareAsAPercentageRoundedHalfEven(double share, String expected) {
      assertThat(StandardUnit.SHARE.format(share)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
      "12.735692307692307, 12.7357x",
      "42.452307692307695, 42.4523x",
      "1.5833333333333333, 1.5833x",
      "1234.5, '1,234.5000x'",
      "0.00005, 0.0000x",
      "0.00015, 0.0002x"
    })
    void showsAMultipleWithFourDecimalsAndAnX(double multiple, String expected) {
      assertThat(StandardUnit.MULTIPLE.format(multiple)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"0.95, 0.9500", "0.6, 0.6000", "1, 1.0000", "0.12345, 0.1234", "0.12355, 0.1236"})
    void showsAFactorWithFourDecimals(double factor, String expected) {
      assertThat(StandardUnit.FACTOR.format(factor)).isEqualTo(expected);
    }

    @Test
    void showsABandwidthInItsCanonicalForm() {
      assertThat(StandardUnit.BANDWIDTH.format(Bandwidth.ofGbps(760))).isEqualTo("760 Gb/s");
      assertThat(StandardUnit.BANDWIDTH.format(Bandwidth.ofGbps(12.5))).isEqualTo("12.5 Gb/s");
    }

    @Test
    void refusesNonFiniteNumbersNamingTheUnit() {
      assertThatThrownBy(() -> StandardUnit.SHARE.format(Double.NaN))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("value of unit SHARE must be finite but was NaN");
      assertThatThrownBy(() -> StandardUnit.MULTIPLE.format(Double.POSITIVE_INFINITY))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("value of unit MULTIPLE must be finite but was Infinity");
    }

    @Test
    void saysWhichUnitsNeedTheirLabelAfterTheValue() {
      assertThat(StandardUnit.values())
          .filteredOn(StandardUnit::labelFollowsValue)
          .containsExactlyInAnyOrder(
              StandardUnit.MONEY_PER_GPU_YEAR,
              StandardUnit.MONEY_PER_GPU,
              StandardUnit.MONEY_PER_FLEET_YEAR,
              StandardUnit.TOKENS_PER_SECOND_PER_GPU,
              StandardUnit.WATTS_PER_GPU,
              StandardUnit.MONEY_PER_GPU_LIFETIME,
              StandardUnit.MONEY_PER_FLEET_LIFETIME,
              StandardUnit.MONEY_PER_GPU_HOUR,
              StandardUnit.MONEY_PER_MILLION_TOKENS,
              StandardUnit.MONTHS);
      assertThat(StandardUnit.CASH_FLOWS.labelFollowsValue()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
      "MONEY_PER_GPU_LIFETIME",
      "MONEY_PER_FLEET_LIFETIME",
      "MONEY_PER_GPU_HOUR",
      "MONEY_PER_MILLION_TOKENS"
    })
    void showsTheNewMoneyUnitsGroupedWithTheCurrencysDecimals(StandardUnit unit) {
      assertThat(unit.format(usd("1234567.125"))).isEqualTo("USD 1,234,567.12");
      assertThat(unit.format(usd("-0.135"))).isEqualTo("USD -0.14");
      assertThat(unit.format(CurrencyAmount.of(JPY, 1234.5))).isEqualTo("JPY 1,234");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"14.25, 14.25", "1234.5678, '1,234.57'", "0.125, 0.12", "0.135, 0.14", "0, 0.00"})
    void showsMonthsGroupedWithTwoDecimals(double months, String expected) {
      assertThat(StandardUnit.MONTHS.format(months)).isEqualTo(expected);
    }

    @Test
    void showsCashFlowsOnOneLine() {
      assertThat(StandardUnit.CASH_FLOWS.format(CashFlows.of(USD, -1000, 600, 600)))
          .isEqualTo("USD: year 0 -1,000.00; year 1 600.00; year 2 600.00");
    }

    @Test
    void refusesAValueOfAnotherTypeForTheNewUnits() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> StandardUnit.CASH_FLOWS.format(usd("1")))
          .withMessage("value of unit CASH_FLOWS must be a CashFlows but was a CurrencyAmount");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> StandardUnit.MONTHS.format(Double.NaN))
          .withMessage("value of unit MONTHS must be finite but was NaN");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> StandardUnit.MONEY_PER_GPU_HOUR.format(2.0))
          .withMessage(
              "value of unit MONEY_PER_GPU_HOUR must be a CurrencyAmount but was a Double");
    }

    @Test
    void showsAPowerGroupedWithTwoDecimals() {
      assertThat(StandardUnit.WATTS_PER_GPU.format(1234.5678)).isEqualTo("1,234.57");
    }

    @Test
    void showsAThroughputGroupedWithTwoDecimals() {
      assertThat(StandardUnit.TOKENS_PER_SECOND_PER_GPU.format(1_000_000 / 60.0))
          .isEqualTo("16,666.67");
      assertThat(StandardUnit.TOKENS_PER_SECOND_PER_GPU.format(2500.0)).isEqualTo("2,500.00");
    }

    @Test
    void neverShowsANegativeZero() {
      assertThat(StandardUnit.SHARE.format(-0.00001)).isEqualTo("0.00 %");
      assertThat(StandardUnit.MULTIPLE.format(-0.00001)).isEqualTo("0.0000x");
      assertThat(StandardUnit.FACTOR.format(-0.0)).isEqualTo("0.0000");
      assertThat(StandardUnit.TOKENS_PER_SECOND_PER_GPU.format(-0.001)).isEqualTo("0.00");
      assertThat(
              StandardUnit.MONEY_PER_GPU_YEAR.format(
                  CurrencyAmount.of(usd("1").currency(), -0.001)))
          .isEqualTo("USD 0.00");
    }

    @Test
    void refusesAValueOfAnotherType() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> StandardUnit.SHARE.format("18.15 %"))
          .withMessage("value of unit SHARE must be a Double but was a String");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> StandardUnit.MONEY_PER_GPU_YEAR.format(3900.0))
          .withMessage(
              "value of unit MONEY_PER_GPU_YEAR must be a CurrencyAmount but was a Double");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> StandardUnit.BANDWIDTH.format(800))
          .withMessage("value of unit BANDWIDTH must be a Bandwidth but was a Integer");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> StandardUnit.MULTIPLE.format(12.7f))
          .withMessage("value of unit MULTIPLE must be a Double but was a Float");
    }

    @Test
    void refusesNull() {
      assertThatNullPointerException()
          .isThrownBy(() -> StandardUnit.FACTOR.format(null))
          .withMessage("value must not be null");
    }
  }
}
