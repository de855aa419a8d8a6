package dev.netroi;

import static dev.netroi.TestMoney.EUR;
import static dev.netroi.TestMoney.USD;
import static dev.netroi.TestMoney.eur;
import static dev.netroi.TestMoney.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import com.google.common.testing.SerializableTester;
import java.nio.ByteBuffer;
import java.util.Currency;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("CashFlows")
class CashFlowsTest {

  /** The upgrade of the class Javadoc: pay 1,000 today, get 600 in each of two years. */
  private static final CashFlows UPGRADE = CashFlows.of(USD, -1000, 600, 600);

  @Nested
  @DisplayName("of")
  class Of {

    @Test
    void keepsTheCurrencyAndTheAmountsOfEachYear() {
      assertThat(UPGRADE.currency()).isEqualTo(USD);
      assertThat(UPGRADE.lastYear()).isEqualTo(2);
      assertThat(UPGRADE.amounts()).containsExactly(-1000, 600, 600);
      assertThat(UPGRADE.amount(0)).isEqualTo(usd("-1000"));
      assertThat(UPGRADE.amount(1)).isEqualTo(usd("600"));
      assertThat(UPGRADE.amount(2)).isEqualTo(usd("600"));
    }

    @Test
    void takesYearZeroAlone() {
      CashFlows today = CashFlows.of(EUR, 42.5);

      assertThat(today.lastYear()).isZero();
      assertThat(today.amount(0)).isEqualTo(eur("42.5"));
      assertThat(today.total()).isEqualTo(eur("42.5"));
    }

    @Test
    void refusesAnEmptySeries() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> CashFlows.of(USD))
          .withMessage("amounts must hold at least year 0 but was empty");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> CashFlows.of(USD, new double[0]))
          .withMessage("amounts must hold at least year 0 but was empty");
    }

    @Test
    void refusesAnAmountThatIsNotFiniteNamingItsYear() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> CashFlows.of(USD, 1, 2, Double.NaN))
          .withMessage("amounts[2] must be finite but was NaN");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> CashFlows.of(USD, Double.POSITIVE_INFINITY, 1))
          .withMessage("amounts[0] must be finite but was Infinity");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> CashFlows.of(USD, 0, Double.NEGATIVE_INFINITY))
          .withMessage("amounts[1] must be finite but was -Infinity");
    }

    @Test
    void refusesNulls() {
      assertThatNullPointerException()
          .isThrownBy(() -> CashFlows.of(null, 1))
          .withMessage("currency must not be null");
      assertThatNullPointerException()
          .isThrownBy(() -> CashFlows.of(USD, (double[]) null))
          .withMessage("amounts must not be null");
      NullPointerTester tester =
          new NullPointerTester()
              .setDefault(Currency.class, USD)
              .setDefault(double[].class, new double[] {1});
      tester.testAllPublicStaticMethods(CashFlows.class);
      tester.testAllPublicInstanceMethods(UPGRADE);
    }

    @Test
    void copiesTheAmountsIn() {
      double[] amounts = {-1000, 600, 600};
      CashFlows flows = CashFlows.of(USD, amounts);

      amounts[0] = 1;

      assertThat(flows.amounts()).containsExactly(-1000, 600, 600);
      assertThat(flows).isEqualTo(UPGRADE);
    }

    @Test
    void copiesTheAmountsOut() {
      double[] amounts = UPGRADE.amounts();
      amounts[1] = 0;

      assertThat(UPGRADE.amounts()).containsExactly(-1000, 600, 600);
      assertThat(UPGRADE.amounts()).isNotSameAs(UPGRADE.amounts());
    }

    @Test
    void storesANegativeZeroAsZero() {
      CashFlows flows = CashFlows.of(USD, -0.0, 1, -0.0);

      assertThat(Double.doubleToRawLongBits(flows.amounts()[0])).isZero();
      assertThat(Double.doubleToRawLongBits(flows.amounts()[2])).isZero();
      assertThat(flows)
          .isEqualTo(CashFlows.of(USD, 0.0, 1, 0.0))
          .hasSameHashCodeAs(CashFlows.of(USD, 0.0, 1, 0.0));
      assertThat(flows.toDisplayString()).isEqualTo("USD: year 0 0.00; year 1 1.00; year 2 0.00");
    }
  }

  @Nested
  @DisplayName("sums")
  class Sums {

    @Test
    void cumulativeAddsTheFlowsUpToAYear() {
      assertThat(UPGRADE.cumulative(0)).isEqualTo(usd("-1000"));
      assertThat(UPGRADE.cumulative(1)).isEqualTo(usd("-400"));
      assertThat(UPGRADE.cumulative(2)).isEqualTo(usd("200"));
    }

    @Test
    void totalIsTheUndiscountedSumOfEveryFlow() {
      assertThat(UPGRADE.total()).isEqualTo(usd("200")).isEqualTo(UPGRADE.cumulative(2));
      assertThat(CashFlows.of(EUR, 1, 2, 3, 4).total()).isEqualTo(eur("10"));
    }

    @Test
    void addsInOrderAsDoubles() {
      CashFlows flows = CashFlows.of(USD, 0.1, 0.2, 0.3);

      assertThat(flows.total().amount()).isEqualTo(0.1 + 0.2 + 0.3);
      assertThat(flows.cumulative(1).amount()).isEqualTo(0.1 + 0.2);
    }

    @ParameterizedTest(name = "year {0}")
    @ValueSource(ints = {-1, 3, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void refuseAYearOutsideTheSeries(int year) {
      assertThatThrownBy(() -> UPGRADE.amount(year))
          .isInstanceOf(IndexOutOfBoundsException.class)
          .hasMessage("Index " + year + " out of bounds for length 3");
      assertThatThrownBy(() -> UPGRADE.cumulative(year))
          .isInstanceOf(IndexOutOfBoundsException.class)
          .hasMessage("Index " + year + " out of bounds for length 3");
    }
  }

  @Nested
  @DisplayName("text")
  class Text {

    @Test
    void toDisplayStringShowsEveryYearOnOneLine() {
      assertThat(UPGRADE.toDisplayString())
          .isEqualTo("USD: year 0 -1,000.00; year 1 600.00; year 2 600.00");
      assertThat(CashFlows.of(EUR, 1234567.891).toDisplayString())
          .isEqualTo("EUR: year 0 1,234,567.89");
    }

    @Test
    void toStringWrapsTheDisplayString() {
      assertThat(UPGRADE)
          .hasToString("CashFlows[USD: year 0 -1,000.00; year 1 600.00; year 2 600.00]");
    }

    @Test
    void toTableShowsYearFlowAndCumulativeFlowRightAligned() {
      CashFlows flows = CashFlows.of(USD, -1_250_000, 400_000.5, 1_234_567.125, -0.135);

      assertThat(flows.toTable())
          .isEqualTo(
              """
              | year | flow              | cumulative        |
              | ---: | ----------------: | ----------------: |
              |    0 | USD -1,250,000.00 | USD -1,250,000.00 |
              |    1 |    USD 400,000.50 |   USD -849,999.50 |
              |    2 |  USD 1,234,567.12 |    USD 384,567.62 |
              |    3 |         USD -0.14 |    USD 384,567.49 |
              """);
    }

    @Test
    void toTableIsAsWideAsItsHeadersForSmallAmounts() {
      assertThat(CashFlows.of(USD, 1, -2).toTable())
          .isEqualTo(
              """
              | year | flow       | cumulative |
              | ---: | ---------: | ---------: |
              |    0 |   USD 1.00 |   USD 1.00 |
              |    1 |  USD -2.00 |  USD -1.00 |
              """);
    }

    @Test
    void toTableWidensTheYearColumnForALongSeries() {
      String table = CashFlows.of(EUR, new double[12345]).toTable();

      assertThat(table.lines()).hasSize(12347);
      assertThat(table.lines().skip(2).findFirst()).contains("|     0 |   EUR 0.00 |   EUR 0.00 |");
      assertThat(table.lines().skip(1).findFirst()).contains("| ----: | ---------: | ---------: |");
      assertThat(table).startsWith("| year  |").endsWith("| 12344 |   EUR 0.00 |   EUR 0.00 |\n");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
      "0.125, 0.12",
      "0.135, 0.14",
      "0.145, 0.14",
      "-0.125, -0.12",
      "2.675, 2.68",
      "0.005, 0.00",
      "0.015, 0.02",
      "-0.004, 0.00",
      "1234567.125, '1,234,567.12'"
    })
    void roundsHalfEvenToTheCentAsCurrencyAmountDoes(double amount, String shown) {
      CashFlows flows = CashFlows.of(USD, amount);

      assertThat(flows.toDisplayString()).isEqualTo("USD: year 0 " + shown);
      assertThat(CurrencyAmount.of(USD, amount).toDisplayString()).isEqualTo("USD " + shown);
      assertThat(flows.toTable()).contains("USD " + shown + " |");
    }
  }

  @Test
  void isEqualByCurrencyAndEveryAmount() {
    new EqualsTester()
        .addEqualityGroup(
            UPGRADE, CashFlows.of(USD, -1000, 600, 600), CashFlows.of(USD, -1e3, 6e2, 6e2))
        .addEqualityGroup(CashFlows.of(EUR, -1000, 600, 600))
        .addEqualityGroup(CashFlows.of(USD, -1000, 600, 600.001))
        .addEqualityGroup(CashFlows.of(USD, -1000, 600, 600, 0))
        .addEqualityGroup(CashFlows.of(USD, -1000, 600))
        .addEqualityGroup(CashFlows.of(USD, 600, -1000, 600))
        .addEqualityGroup(CashFlows.of(USD, 0.0), CashFlows.of(USD, -0.0))
        .testEquals();
  }

  @Test
  void roundTripsThroughJavaSerialisation() throws Exception {
    assertThat(JavaSerialization.roundTrip(UPGRADE)).isEqualTo(UPGRADE);
    SerializableTester.reserializeAndAssert(CashFlows.of(EUR, 0, -1.5, 1e12));
  }

  @Test
  void aTamperedAmountIsRefusedOnReading() throws Exception {
    byte[] bytes = JavaSerialization.serialise(CashFlows.of(USD, -1000, 123456.789, 600));
    replaceLong(bytes, Double.doubleToLongBits(123456.789), Double.doubleToLongBits(Double.NaN));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> JavaSerialization.deserialise(bytes))
        .withMessage("amounts[1] must be finite but was NaN");
  }

  /** Replaces the one occurrence of the big-endian {@code from} in {@code bytes} by {@code to}. */
  private static void replaceLong(byte[] bytes, long from, long to) {
    byte[] needle = ByteBuffer.allocate(8).putLong(from).array();
    int found = -1;
    for (int i = 0; i + 8 <= bytes.length; i++) {
      boolean match = true;
      for (int j = 0; j < 8 && match; j++) {
        match = bytes[i + j] == needle[j];
      }
      if (match) {
        assertThat(found).as("the value occurs once in the serialised form").isEqualTo(-1);
        found = i;
      }
    }
    assertThat(found).as("the value occurs in the serialised form").isNotNegative();
    ByteBuffer.wrap(bytes, found, 8).putLong(to);
  }
}
