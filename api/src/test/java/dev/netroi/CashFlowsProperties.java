package dev.netroi;

import static dev.netroi.testkit.PropertyChecks.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.netroi.testkit.NetroiDomain;
import java.io.IOException;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class CashFlowsProperties {

  private static final int EXAMPLES = 1000;

  /**
   * Series of 1 to 41 years in {@code currencies}, amounts in whole minor units up to {@link
   * NetroiDomain#MAX_MINOR_UNITS}, with a negative zero now and then.
   */
  private static Gen<CashFlows> cashFlows(Gen<Currency> currencies) {
    return currencies.flatMap(
        currency ->
            lists()
                .of(
                    Generate.frequency(
                        List.of(
                            Pair.of(
                                12,
                                NetroiDomain.minorUnits()
                                    .map(units -> NetroiDomain.amountOf(currency, units).amount())),
                            Pair.of(1, Generate.constant(-0.0)))))
                .ofSizeBetween(1, 41)
                .map(
                    amounts ->
                        CashFlows.of(
                            currency, amounts.stream().mapToDouble(Double::doubleValue).toArray()))
                .describedAs(CashFlows::toString));
  }

  @Test
  void theTotalIsTheSumOfTheAmountsAddedInOrder() {
    Map<String, Integer> seen = new TreeMap<>();

    qt(EXAMPLES)
        .forAll(cashFlows(NetroiDomain.currencies()))
        .checkAssert(
            flows -> {
              seen.merge(flows.lastYear() == 0 ? "year 0 only" : "many years", 1, Integer::sum);
              seen.merge(flows.currency().getCurrencyCode(), 1, Integer::sum);

              double sum = 0;
              for (double amount : flows.amounts()) {
                sum += amount;
              }

              assertThat(flows.total()).isEqualTo(CurrencyAmount.of(flows.currency(), sum));
              assertThat(flows.cumulative(flows.lastYear())).isEqualTo(flows.total());
            });

    assertThat(seen)
        .as("series seen")
        .containsKeys("year 0 only", "many years", "USD", "EUR", "JPY", "BHD");
  }

  @Test
  void eachCumulativeFlowAddsTheYearsFlowToThePreviousOne() {
    qt(EXAMPLES)
        .forAll(cashFlows(NetroiDomain.currencies()))
        .checkAssert(
            flows -> {
              assertThat(flows.cumulative(0)).isEqualTo(flows.amount(0));
              for (int year = 1; year <= flows.lastYear(); year++) {
                assertThat(flows.cumulative(year).amount())
                    .as("year %d", year)
                    .isEqualTo(flows.cumulative(year - 1).amount() + flows.amount(year).amount());
              }
            });
  }

  @Test
  void theAmountsReadBackGiveAnEqualSeries() {
    qt(EXAMPLES)
        .forAll(cashFlows(NetroiDomain.currencies()))
        .checkAssert(
            flows -> {
              double[] amounts = flows.amounts();
              CashFlows copy = CashFlows.of(flows.currency(), amounts);

              assertThat(copy)
                  .isEqualTo(flows)
                  .hasSameHashCodeAs(flows)
                  .hasToString(flows.toString());
              assertThat(amounts).hasSize(flows.lastYear() + 1);
              for (int year = 0; year <= flows.lastYear(); year++) {
                assertThat(flows.amount(year))
                    .isEqualTo(CurrencyAmount.of(flows.currency(), amounts[year]));
                assertThat(Double.doubleToRawLongBits(amounts[year]))
                    .as("year %d is not a negative zero", year)
                    .isNotEqualTo(Double.doubleToRawLongBits(-0.0));
              }
            });
  }

  @Test
  void theTableHasARowPerYearOfTheFlowAndCumulativeFlowAsCurrencyAmountsShowThem() {
    Gen<Currency> centCurrencies =
        Generate.pick(List.of(TestMoney.USD, TestMoney.EUR)).describedAs(Currency::getCurrencyCode);
    qt(EXAMPLES)
        .forAll(cashFlows(centCurrencies))
        .checkAssert(
            flows -> {
              List<String> lines = flows.toTable().lines().toList();

              assertThat(flows.toTable()).endsWith("\n");
              assertThat(lines).hasSize(flows.lastYear() + 3);
              assertThat(lines.get(0)).startsWith("| year ").contains(" | flow ", " | cumulative");
              int width = lines.get(0).length();
              for (int year = 0; year <= flows.lastYear(); year++) {
                String line = lines.get(year + 2);
                assertThat(line)
                    .as("year %d", year)
                    .hasSize(width)
                    .matches(
                        "\\| +"
                            + year
                            + " \\| +"
                            + Pattern.quote(flows.amount(year).toDisplayString())
                            + " \\| +"
                            + Pattern.quote(flows.cumulative(year).toDisplayString())
                            + " \\|");
              }
            });
  }

  @Test
  void roundTripsThroughJavaSerialisation() {
    qt(200)
        .forAll(cashFlows(NetroiDomain.currencies()))
        .checkAssert(
            flows -> {
              try {
                assertThat(JavaSerialization.roundTrip(flows)).isEqualTo(flows);
              } catch (IOException | ClassNotFoundException e) {
                throw new AssertionError(e);
              }
            });
  }
}
