package dev.netroi;

import static dev.netroi.testkit.PropertyChecks.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netroi.testkit.NetroiDomain;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class CurrencyAmountProperties {

  private static final int EXAMPLES = 1000;

  /** Counts how often each label was seen, so that a property can demand its edge cases. */
  private static void count(Map<String, Integer> counts, String label) {
    counts.merge(label, 1, Integer::sum);
  }

  /** The share of {@code label} among all counted values, in percent. */
  private static double percent(Map<String, Integer> counts, String label) {
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    return 100.0 * counts.getOrDefault(label, 0) / total;
  }

  /** Labels the edge cases the generators must reach: zero, one minor unit, negative. */
  private static String sign(CurrencyAmount amount) {
    long minorUnits =
        BigDecimal.valueOf(amount.amount())
            .movePointRight(NetroiDomain.minorDigits(amount.currency()))
            .longValueExact();
    return minorUnits == 0
        ? "zero"
        : minorUnits == 1 ? "one minor unit" : minorUnits < 0 ? "negative" : "positive";
  }

  private static void requireSignCoverage(Map<String, Integer> signs) {
    assertThat(signs).as("signs seen").containsKeys("zero", "one minor unit");
    assertThat(percent(signs, "negative"))
        .as("%% negative in %s", signs)
        .isGreaterThanOrEqualTo(20);
    assertThat(percent(signs, "positive"))
        .as("%% positive in %s", signs)
        .isGreaterThanOrEqualTo(20);
  }

  @Test
  void parseReadsBackTheCanonicalForm() {
    Map<String, Integer> signs = new TreeMap<>();
    Map<String, Integer> currencies = new TreeMap<>();

    qt(EXAMPLES)
        .forAll(NetroiDomain.currencyAmounts())
        .checkAssert(
            amount -> {
              count(signs, sign(amount));
              count(currencies, amount.currency().getCurrencyCode());

              assertThat(CurrencyAmount.parse(amount.toString())).isEqualTo(amount);
            });

    requireSignCoverage(signs);
    for (Currency currency : NetroiDomain.CURRENCIES) {
      assertThat(currencies).as("currencies seen").containsKey(currency.getCurrencyCode());
    }
  }

  @Test
  void parseReadsBackTheDisplayString() {
    Map<String, Integer> signs = new TreeMap<>();

    qt(EXAMPLES)
        .forAll(NetroiDomain.currencyAmounts())
        .checkAssert(
            amount -> {
              count(signs, sign(amount));

              assertThat(CurrencyAmount.parse(amount.toDisplayString())).isEqualTo(amount);
            });

    requireSignCoverage(signs);
  }

  @Test
  void ofReadsTheRoundedDecimalAsTheSameAmount() {
    qt(EXAMPLES)
        .forAll(NetroiDomain.currencyAmounts())
        .checkAssert(
            amount -> {
              CurrencyAmount reread =
                  CurrencyAmount.of(
                      amount.currency().getCurrencyCode(), amount.rounded().toPlainString());

              assertThat(reread).isEqualTo(amount);
            });
  }

  @Test
  void toStringIsTheRoundedAmountWithoutGrouping() {
    qt(EXAMPLES)
        .forAll(NetroiDomain.currencyAmounts())
        .checkAssert(
            amount -> {
              assertThat(amount.toString())
                  .isEqualTo(
                      amount.currency().getCurrencyCode() + " " + amount.rounded().toPlainString())
                  .doesNotContain(",");
              assertThat(amount.rounded().scale())
                  .isEqualTo(NetroiDomain.minorDigits(amount.currency()));
              assertThat(amount.toDisplayString().replace(",", "")).isEqualTo(amount.toString());
            });
  }

  @Test
  void minusUndoesPlus() {
    Map<String, Integer> signs = new TreeMap<>();

    qt(EXAMPLES)
        .forAll(sameCurrencyPairs())
        .checkAssert(
            pair -> {
              CurrencyAmount a = pair._1;
              CurrencyAmount b = pair._2;
              count(signs, sign(b));

              assertThat(a.plus(b).minus(b).rounded()).isEqualTo(a.rounded());
              assertThat(a.minus(b).plus(b).rounded()).isEqualTo(a.rounded());
              assertThat(a.plus(b)).isEqualTo(b.plus(a));
            });

    requireSignCoverage(signs);
  }

  @Test
  void anAmountLessItselfIsZero() {
    Map<String, Integer> signs = new TreeMap<>();

    qt(EXAMPLES)
        .forAll(NetroiDomain.currencyAmounts())
        .checkAssert(
            amount -> {
              count(signs, sign(amount));

              assertThat(amount.minus(amount)).isEqualTo(CurrencyAmount.zero(amount.currency()));
              assertThat(amount.plus(amount.negated()).isZero()).isTrue();
              assertThat(amount.negated().negated()).isEqualTo(amount);
              assertThat(amount.negated().isNegative())
                  .isEqualTo(!amount.isNegative() && !amount.isZero());
            });

    requireSignCoverage(signs);
  }

  @Test
  void dividedByUndoesMultipliedBy() {
    Map<String, Integer> signs = new TreeMap<>();
    Map<String, Integer> factorSigns = new TreeMap<>();

    qt(EXAMPLES)
        .forAll(NetroiDomain.currencyAmounts(), nonZeroFactors())
        .checkAssert(
            (amount, factor) -> {
              count(signs, sign(amount));
              count(factorSigns, factor < 0 ? "negative" : "positive");

              assertThat(amount.multipliedBy(factor).dividedBy(factor).rounded())
                  .isEqualTo(amount.rounded());
            });

    requireSignCoverage(signs);
    assertThat(factorSigns).as("factor signs seen").containsKeys("negative", "positive");
  }

  @Test
  void ratioIsScaleInvariant() {
    Map<String, Integer> signs = new TreeMap<>();

    qt(EXAMPLES)
        .forAll(sameCurrencyPairs(), nonZeroFactors())
        .assuming((pair, k) -> !pair._2.isZero())
        .checkAssert(
            (pair, k) -> {
              CurrencyAmount a = pair._1;
              CurrencyAmount b = pair._2;
              count(signs, sign(a));
              double expected = a.amount() / b.amount();

              double scaled = a.multipliedBy(k).ratioTo(b.multipliedBy(k));

              assertThat(scaled).isCloseTo(expected, Offset.offset(Math.abs(expected) * 1e-12));
              assertThat(a.ratioTo(b)).isEqualTo(expected);
            });

    assertThat(signs).as("signs of the numerator seen").containsKeys("zero", "negative");
  }

  @Test
  void equalsAndHashCodeAgree() {
    Map<String, Integer> equality = new TreeMap<>();

    qt(EXAMPLES)
        .forAll(sameCurrencyPairs())
        .checkAssert(
            pair -> {
              CurrencyAmount a = pair._1;
              CurrencyAmount b = pair._2;
              count(equality, a.equals(b) ? "equal" : "different");

              CurrencyAmount copyOfA = CurrencyAmount.of(a.currency(), a.amount());
              assertThat(copyOfA).isEqualTo(a);
              assertThat(copyOfA.hashCode()).isEqualTo(a.hashCode());
              assertThat(a.equals(b)).isEqualTo(b.equals(a));
              assertThat(a.equals(b)).isEqualTo(a.compareTo(b) == 0);
              if (a.equals(b)) {
                assertThat(a.hashCode()).isEqualTo(b.hashCode());
              }
              assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
            });

    assertThat(equality).as("pairs seen").containsKey("equal");
  }

  @Test
  void amountsOfDifferentCurrenciesNeverMix() {
    // One pair in four has the same currency and is skipped; 100 attempts per example (not 10)
    // make giving up on finding a pair of two currencies practically impossible.
    qt(EXAMPLES)
        .withGenerateAttempts(100)
        .forAll(NetroiDomain.currencyAmounts(), NetroiDomain.currencyAmounts())
        .assuming((a, b) -> !a.currency().equals(b.currency()))
        .checkAssert(
            (a, b) -> {
              assertThatThrownBy(() -> a.plus(b))
                  .isInstanceOfSatisfying(
                      CurrencyMismatchException.class,
                      e -> {
                        assertThat(e.getExpected()).isEqualTo(a.currency());
                        assertThat(e.getActual()).isEqualTo(b.currency());
                        assertThat(e)
                            .hasMessage(
                                "Currencies differ: "
                                    + a.currency().getCurrencyCode()
                                    + "/"
                                    + b.currency().getCurrencyCode());
                      });
              assertThatThrownBy(() -> a.minus(b)).isInstanceOf(CurrencyMismatchException.class);
              assertThatThrownBy(() -> a.compareTo(b))
                  .isInstanceOf(CurrencyMismatchException.class);
              assertThat(a).isNotEqualTo(b);
            });
  }

  /** Pairs of amounts in one currency; one pair in eight is two equal amounts. */
  private static Gen<Pair<CurrencyAmount, CurrencyAmount>> sameCurrencyPairs() {
    return NetroiDomain.currencies()
        .flatMap(
            currency -> {
              Gen<CurrencyAmount> amounts = NetroiDomain.currencyAmountsIn(currency);
              return Generate.frequency(
                  List.of(
                      Pair.of(7, amounts.zip(amounts, Pair::of)),
                      Pair.of(1, amounts.map(a -> Pair.of(a, a)))));
            });
  }

  /**
   * Factors of either sign with a magnitude from 1e-6 to 1e6: six places, many places, and the
   * factors of the reference analysis (0.95, 0.60, minutes per year, 1 / 3.3 million GPUs, 1).
   */
  private static Gen<Double> nonZeroFactors() {
    Gen<Double> magnitudes =
        Generate.frequency(
            List.of(
                Pair.of(4, NetroiDomain.decimals("0.000001", "1000000", 6)),
                Pair.of(2, Generate.pick(List.of(0.95, 0.60, 525_600.0, 1.0 / 3.3e6, 1.0))),
                Pair.of(1, NetroiDomain.decimals("0.000001", "1000000", 17))));
    return magnitudes.zip(Generate.pick(List.of(1.0, -1.0)), (magnitude, sign) -> magnitude * sign);
  }
}
