package dev.netroi;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.domains.DomainContextBase;

/**
 * The jqwik generators of netroi's value domain. Use it with {@code @Domain(NetroiDomain.class)} to
 * get {@code @ForAll CurrencyAmount}, {@code Bandwidth}, {@code GpuFleet} and {@code
 * NetworkOption}; the static methods give the same generators to named {@code @Provide} methods.
 *
 * <p>Every generator mixes in its edge cases on purpose (zero, one minor unit, minus one minor
 * unit, one GPU, utilisation 0 and 1, fraction 1), so that coverage checks can demand them.
 */
@SuppressWarnings("exports") // test code; jqwik is on the class path, not a module
public class NetroiDomain extends DomainContextBase {

  /** Creates the domain; jqwik does this for {@code @Domain(NetroiDomain.class)}. */
  public NetroiDomain() {}

  /** Currencies with 2 (USD, EUR), 0 (JPY) and 3 (BHD) minor digits. */
  public static final List<Currency> CURRENCIES =
      List.of(ReferenceValues.USD, ReferenceValues.EUR, ReferenceValues.JPY, ReferenceValues.BHD);

  /** Largest absolute amount in minor units: USD 100 billion, beyond the $13B run rate. */
  public static final long MAX_MINOR_UNITS = 10_000_000_000_000L;

  @Provide
  Arbitrary<Currency> currency() {
    return currencies();
  }

  @Provide
  Arbitrary<CurrencyAmount> currencyAmount() {
    return currencyAmounts();
  }

  @Provide
  Arbitrary<Bandwidth> bandwidth() {
    return bandwidths();
  }

  @Provide
  Arbitrary<GpuFleet> gpuFleet() {
    return fleets();
  }

  @Provide
  Arbitrary<NetworkOption> networkOption() {
    return networkOptions();
  }

  public static Arbitrary<Currency> currencies() {
    return Arbitraries.of(CURRENCIES);
  }

  /** The number of decimals a currency's amounts are shown with. */
  public static int minorDigits(Currency currency) {
    return Math.max(currency.getDefaultFractionDigits(), 0);
  }

  /** Amounts in minor units (cents for USD), with 0, 1 and -1 mixed in. */
  public static Arbitrary<Long> minorUnits() {
    return Arbitraries.frequencyOf(
        Tuple.of(12, Arbitraries.longs().between(-MAX_MINOR_UNITS, MAX_MINOR_UNITS)),
        Tuple.of(3, Arbitraries.longs().between(-100_000, 100_000)),
        Tuple.of(1, Arbitraries.of(0L, 1L, -1L)));
  }

  /** Exactly {@code minorUnits} minor units of {@code currency}, such as 12345 -> USD 123.45. */
  public static CurrencyAmount amountOf(Currency currency, long minorUnits) {
    return CurrencyAmount.of(
        currency, BigDecimal.valueOf(minorUnits, minorDigits(currency)).doubleValue());
  }

  /** Amounts with no more decimals than the currency shows, in any of {@link #CURRENCIES}. */
  public static Arbitrary<CurrencyAmount> currencyAmounts() {
    return Combinators.combine(currencies(), minorUnits()).as(NetroiDomain::amountOf);
  }

  /** Amounts with no more decimals than the currency shows, in one currency. */
  public static Arbitrary<CurrencyAmount> currencyAmountsIn(Currency currency) {
    return minorUnits().map(units -> amountOf(currency, units));
  }

  /** Amounts that are zero or positive, in one currency. */
  public static Arbitrary<CurrencyAmount> nonNegativeAmountsIn(Currency currency) {
    return minorUnits().map(units -> amountOf(currency, Math.abs(units)));
  }

  /**
   * Positive finite rates: the usual port speeds, decimals with up to three places, and any
   * positive finite double (drawn by bit pattern, so from 4.9E-324 to 1.8E308).
   */
  public static Arbitrary<Bandwidth> bandwidths() {
    Arbitrary<Double> portSpeeds = Arbitraries.of(12.5, 25.0, 100.0, 200.0, 400.0, 800.0, 1600.0);
    Arbitrary<Double> decimals =
        Arbitraries.bigDecimals()
            .between(new BigDecimal("0.001"), new BigDecimal("100000"))
            .ofScale(3)
            .map(BigDecimal::doubleValue);
    Arbitrary<Double> anyPositive =
        Arbitraries.longs()
            .between(1L, Double.doubleToRawLongBits(Double.MAX_VALUE))
            .map(Double::longBitsToDouble);
    return Arbitraries.frequencyOf(
            Tuple.of(2, portSpeeds), Tuple.of(3, decimals), Tuple.of(3, anyPositive))
        .map(Bandwidth::ofGbps);
  }

  /** Fractions in (0, 1], with 1 and the smallest positive double mixed in. */
  public static Arbitrary<Double> fractionsAboveZero() {
    return Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.doubles().between(0, false, 1, true).ofScale(4)),
        Tuple.of(2, Arbitraries.doubles().between(0, false, 1, true).ofScale(17)),
        Tuple.of(1, Arbitraries.of(1.0, Double.MIN_VALUE)));
  }

  /** Fractions in [0, 1], with 0 and 1 mixed in. */
  public static Arbitrary<Double> fractions() {
    return Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.doubles().between(0, 1).ofScale(4)),
        Tuple.of(1, Arbitraries.of(0.0, 1.0)));
  }

  /** GPU counts from one to ten million, with one GPU mixed in. */
  public static Arbitrary<Long> gpuCounts() {
    return Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.longs().between(1, 10_000_000)), Tuple.of(1, Arbitraries.just(1L)));
  }

  /** Fleets in USD, with and without a sold utilisation. */
  public static Arbitrary<GpuFleet> fleets() {
    Arbitrary<String> models = Arbitraries.of("H100", "H200", "B200", "MI300X", "A100 80GB");
    Arbitrary<GpuFleet> plain =
        Combinators.combine(models, gpuCounts(), nonNegativeAmountsIn(ReferenceValues.USD))
            .as(GpuFleet::of);
    return Combinators.combine(plain, fractions().injectNull(0.3))
        .as((fleet, sold) -> sold == null ? fleet : fleet.withSoldUtilisation(sold));
  }

  /** Network options in USD. */
  public static Arbitrary<NetworkOption> networkOptions() {
    Arbitrary<String> names = Arbitraries.of("InfiniBand", "Ethernet", "AI Ethernet");
    return Combinators.combine(
            names, bandwidths(), fractionsAboveZero(), nonNegativeAmountsIn(ReferenceValues.USD))
        .as(NetworkOption::of);
  }
}
