package dev.netroi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import net.jqwik.api.statistics.Statistics;
import org.assertj.core.data.Offset;

@Domain(NetroiDomain.class)
@Domain(DomainContext.Global.class)
class CurrencyAmountProperties {

  /** Labels the edge cases the generators must reach: zero, one minor unit, negative. */
  private static void collectSign(String label, CurrencyAmount amount) {
    long minorUnits =
        BigDecimal.valueOf(amount.amount())
            .movePointRight(NetroiDomain.minorDigits(amount.currency()))
            .longValueExact();
    String kind =
        minorUnits == 0
            ? "zero"
            : minorUnits == 1 ? "one minor unit" : minorUnits < 0 ? "negative" : "positive";
    Statistics.label(label).collect(kind);
  }

  private static void requireSignCoverage(String label) {
    Statistics.label(label)
        .coverage(
            coverage -> {
              coverage.check("zero").count(c -> c >= 1);
              coverage.check("one minor unit").count(c -> c >= 1);
              coverage.check("negative").percentage(p -> p >= 20);
              coverage.check("positive").percentage(p -> p >= 20);
            });
  }

  @Property
  void parseReadsBackTheCanonicalForm(@ForAll CurrencyAmount amount) {
    collectSign("amount", amount);
    Statistics.label("currency").collect(amount.currency().getCurrencyCode());

    assertThat(CurrencyAmount.parse(amount.toString())).isEqualTo(amount);

    requireSignCoverage("amount");
    Statistics.label("currency")
        .coverage(
            coverage -> {
              for (Currency currency : NetroiDomain.CURRENCIES) {
                coverage.check(currency.getCurrencyCode()).count(c -> c >= 1);
              }
            });
  }

  @Property
  void parseReadsBackTheDisplayString(@ForAll CurrencyAmount amount) {
    collectSign("amount", amount);

    assertThat(CurrencyAmount.parse(amount.toDisplayString())).isEqualTo(amount);

    requireSignCoverage("amount");
  }

  @Property
  void ofReadsTheRoundedDecimalAsTheSameAmount(@ForAll CurrencyAmount amount) {
    CurrencyAmount reread =
        CurrencyAmount.of(amount.currency().getCurrencyCode(), amount.rounded().toPlainString());

    assertThat(reread).isEqualTo(amount);
  }

  @Property
  void toStringIsTheRoundedAmountWithoutGrouping(@ForAll CurrencyAmount amount) {
    assertThat(amount.toString())
        .isEqualTo(amount.currency().getCurrencyCode() + " " + amount.rounded().toPlainString())
        .doesNotContain(",");
    assertThat(amount.rounded().scale()).isEqualTo(NetroiDomain.minorDigits(amount.currency()));
    assertThat(amount.toDisplayString().replace(",", "")).isEqualTo(amount.toString());
  }

  @Property
  void minusUndoesPlus(@ForAll("sameCurrencyPairs") Tuple2<CurrencyAmount, CurrencyAmount> pair) {
    CurrencyAmount a = pair.get1();
    CurrencyAmount b = pair.get2();
    collectSign("b", b);

    assertThat(a.plus(b).minus(b).rounded()).isEqualTo(a.rounded());
    assertThat(a.minus(b).plus(b).rounded()).isEqualTo(a.rounded());
    assertThat(a.plus(b)).isEqualTo(b.plus(a));

    requireSignCoverage("b");
  }

  @Property
  void anAmountLessItselfIsZero(@ForAll CurrencyAmount amount) {
    collectSign("amount", amount);

    assertThat(amount.minus(amount)).isEqualTo(CurrencyAmount.zero(amount.currency()));
    assertThat(amount.plus(amount.negated()).isZero()).isTrue();
    assertThat(amount.negated().negated()).isEqualTo(amount);
    assertThat(amount.negated().isNegative()).isEqualTo(!amount.isNegative() && !amount.isZero());

    requireSignCoverage("amount");
  }

  @Property
  void dividedByUndoesMultipliedBy(
      @ForAll CurrencyAmount amount, @ForAll("nonZeroFactors") double factor) {
    collectSign("amount", amount);
    Statistics.label("factor").collect(factor < 0 ? "negative" : "positive");

    assertThat(amount.multipliedBy(factor).dividedBy(factor).rounded()).isEqualTo(amount.rounded());

    requireSignCoverage("amount");
    Statistics.label("factor")
        .coverage(
            coverage -> {
              coverage.check("negative").count(c -> c >= 1);
              coverage.check("positive").count(c -> c >= 1);
            });
  }

  @Property
  void ratioIsScaleInvariant(
      @ForAll("sameCurrencyPairsWithNonZeroDenominator")
          Tuple2<CurrencyAmount, CurrencyAmount> pair,
      @ForAll("nonZeroFactors") double k) {
    CurrencyAmount a = pair.get1();
    CurrencyAmount b = pair.get2();
    collectSign("a", a);
    double expected = a.amount() / b.amount();

    double scaled = a.multipliedBy(k).ratioTo(b.multipliedBy(k));

    assertThat(scaled).isCloseTo(expected, Offset.offset(Math.abs(expected) * 1e-12));
    assertThat(a.ratioTo(b)).isEqualTo(expected);

    Statistics.label("a")
        .coverage(
            coverage -> {
              coverage.check("zero").count(c -> c >= 1);
              coverage.check("negative").count(c -> c >= 1);
            });
  }

  @Property
  void equalsAndHashCodeAgree(
      @ForAll("sameCurrencyPairs") Tuple2<CurrencyAmount, CurrencyAmount> pair) {
    CurrencyAmount a = pair.get1();
    CurrencyAmount b = pair.get2();
    Statistics.label("equal").collect(a.equals(b));

    CurrencyAmount copyOfA = CurrencyAmount.of(a.currency(), a.amount());
    assertThat(copyOfA).isEqualTo(a);
    assertThat(copyOfA.hashCode()).isEqualTo(a.hashCode());
    assertThat(a.equals(b)).isEqualTo(b.equals(a));
    assertThat(a.equals(b)).isEqualTo(a.compareTo(b) == 0);
    if (a.equals(b)) {
      assertThat(a.hashCode()).isEqualTo(b.hashCode());
    }
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));

    Statistics.label("equal").coverage(coverage -> coverage.check(true).count(c -> c >= 1));
  }

  @Property
  void amountsOfDifferentCurrenciesNeverMix(@ForAll CurrencyAmount a, @ForAll CurrencyAmount b) {
    Assume.that(!a.currency().equals(b.currency()));

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
    assertThatThrownBy(() -> a.compareTo(b)).isInstanceOf(CurrencyMismatchException.class);
    assertThat(a).isNotEqualTo(b);
  }

  @Provide
  Arbitrary<Tuple2<CurrencyAmount, CurrencyAmount>> sameCurrencyPairs() {
    // One pair in eight is two equal amounts, so that equal values are exercised too.
    return NetroiDomain.currencies()
        .flatMap(
            currency ->
                Arbitraries.frequencyOf(
                    Tuple.of(
                        7,
                        Combinators.combine(
                                NetroiDomain.currencyAmountsIn(currency),
                                NetroiDomain.currencyAmountsIn(currency))
                            .as(Tuple::of)),
                    Tuple.of(
                        1, NetroiDomain.currencyAmountsIn(currency).map(a -> Tuple.of(a, a)))));
  }

  @Provide
  Arbitrary<Tuple2<CurrencyAmount, CurrencyAmount>> sameCurrencyPairsWithNonZeroDenominator() {
    return sameCurrencyPairs().filter(pair -> !pair.get2().isZero());
  }

  @Provide
  Arbitrary<Double> nonZeroFactors() {
    Arbitrary<Double> magnitudes =
        Arbitraries.frequencyOf(
            Tuple.of(4, Arbitraries.doubles().between(1e-6, 1e6).ofScale(6)),
            Tuple.of(2, Arbitraries.of(0.95, 0.60, 525_600.0, 1.0 / 3.3e6, 1.0)),
            Tuple.of(1, Arbitraries.doubles().between(1e-6, 1e6).ofScale(17)));
    return Combinators.combine(magnitudes, Arbitraries.of(1.0, -1.0))
        .as((magnitude, sign) -> magnitude * sign)
        .filter(factor -> factor != 0);
  }
}
