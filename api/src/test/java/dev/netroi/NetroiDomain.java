package dev.netroi;

import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The QuickTheories generators of api values: currency amounts (in USD, EUR, JPY and BHD),
 * bandwidths, fractions, GPU fleets and network options. The property classes of the api take their
 * values from here, such as {@code qt().forAll(NetroiDomain.currencyAmounts())}.
 *
 * <p>Every generator mixes in its edge cases on purpose (zero, one minor unit, minus one minor
 * unit, the largest amounts, the smallest and largest positive doubles, one GPU, utilisation 0 and
 * 1, fraction 1), so that the properties can check that they were reached. The values have short
 * canonical {@code toString}s, so a falsified property shows them as they are.
 */
@SuppressWarnings("exports") // test code; QuickTheories is on the class path, not a module
public final class NetroiDomain {

  /** Currencies with 2 (USD, EUR), 0 (JPY) and 3 (BHD) minor digits. */
  public static final List<Currency> CURRENCIES =
      List.of(TestMoney.USD, TestMoney.EUR, TestMoney.JPY, TestMoney.BHD);

  /** Largest absolute amount in minor units: USD 100 billion, beyond the $13B run rate. */
  public static final long MAX_MINOR_UNITS = 10_000_000_000_000L;

  private NetroiDomain() {}

  /** One of {@link #CURRENCIES}, shown by its code. */
  public static Gen<Currency> currencies() {
    return Generate.pick(CURRENCIES).describedAs(Currency::getCurrencyCode);
  }

  /** The number of decimals a currency's amounts are shown with. */
  public static int minorDigits(Currency currency) {
    return Math.max(currency.getDefaultFractionDigits(), 0);
  }

  /**
   * Decimals with {@code scale} places from {@code min} to {@code max} (both inclusive, both with
   * no more than {@code scale} places), as the nearest doubles; every such decimal can come out,
   * such as 0.001, 0.002 ... 100000.000 for {@code decimals("0.001", "100000", 3)}.
   *
   * <p>Where the range has more steps than a {@code long} holds (such as 17 places up to a
   * million), the whole part and the places are drawn apart (so at most 18 places).
   */
  public static Gen<Double> decimals(String min, String max, int scale) {
    BigDecimal lower = new BigDecimal(min).setScale(scale, RoundingMode.UNNECESSARY);
    BigDecimal upper = new BigDecimal(max).setScale(scale, RoundingMode.UNNECESSARY);
    BigInteger lowerUnits = lower.unscaledValue();
    BigInteger upperUnits = upper.unscaledValue();
    if (lowerUnits.bitLength() < Long.SIZE && upperUnits.bitLength() < Long.SIZE) {
      return longs()
          .between(lowerUnits.longValueExact(), upperUnits.longValueExact())
          .map(units -> BigDecimal.valueOf(units, scale).doubleValue());
    }
    Gen<Long> wholes =
        longs()
            .between(
                lower.setScale(0, RoundingMode.FLOOR).longValueExact(),
                upper.setScale(0, RoundingMode.FLOOR).longValueExact());
    Gen<Long> places = longs().between(0, BigInteger.TEN.pow(scale).longValueExact() - 1);
    return wholes.zip(
        places,
        (whole, units) ->
            BigDecimal.valueOf(whole)
                .add(BigDecimal.valueOf(units, scale))
                .max(lower)
                .min(upper)
                .doubleValue());
  }

  /**
   * Amounts in minor units (cents for USD), with 0, 1, -1 and the largest amounts (plus and minus
   * {@link #MAX_MINOR_UNITS}) mixed in.
   */
  public static Gen<Long> minorUnits() {
    return Generate.frequency(
        List.of(
            Pair.of(12, longs().between(-MAX_MINOR_UNITS, MAX_MINOR_UNITS)),
            Pair.of(3, longs().between(-100_000, 100_000)),
            Pair.of(1, Generate.pick(List.of(0L, 1L, -1L))),
            Pair.of(1, Generate.pick(List.of(MAX_MINOR_UNITS, -MAX_MINOR_UNITS)))));
  }

  /** Exactly {@code minorUnits} minor units of {@code currency}, such as 12345 -> USD 123.45. */
  public static CurrencyAmount amountOf(Currency currency, long minorUnits) {
    return CurrencyAmount.of(
        currency, BigDecimal.valueOf(minorUnits, minorDigits(currency)).doubleValue());
  }

  /** Amounts with no more decimals than the currency shows, in any of {@link #CURRENCIES}. */
  public static Gen<CurrencyAmount> currencyAmounts() {
    return currencies().zip(minorUnits(), NetroiDomain::amountOf);
  }

  /** Amounts with no more decimals than the currency shows, in one currency. */
  public static Gen<CurrencyAmount> currencyAmountsIn(Currency currency) {
    return minorUnits().map(units -> amountOf(currency, units));
  }

  /** Amounts that are zero or positive, in one currency. */
  public static Gen<CurrencyAmount> nonNegativeAmountsIn(Currency currency) {
    return minorUnits().map(units -> amountOf(currency, Math.abs(units)));
  }

  /**
   * Positive finite rates: the usual port speeds, decimals with up to three places, any positive
   * finite double (drawn by bit pattern, so from 4.9E-324 to 1.8E308), and the bounds of these
   * (4.9E-324, 1.8E308, 0.001 and 100000) mixed in.
   */
  public static Gen<Bandwidth> bandwidths() {
    Gen<Double> portSpeeds = Generate.pick(List.of(12.5, 25.0, 100.0, 200.0, 400.0, 800.0, 1600.0));
    Gen<Double> decimals = decimals("0.001", "100000", 3);
    Gen<Double> anyPositive =
        longs()
            .between(1L, Double.doubleToRawLongBits(Double.MAX_VALUE))
            .map(Double::longBitsToDouble);
    Gen<Double> bounds =
        Generate.pick(List.of(Double.MIN_VALUE, Double.MAX_VALUE, 0.001, 100_000.0));
    return Generate.frequency(
            List.of(
                Pair.of(2, portSpeeds),
                Pair.of(3, decimals),
                Pair.of(3, anyPositive),
                Pair.of(1, bounds)))
        .map(Bandwidth::ofGbps);
  }

  /** Fractions in (0, 1], with 1 and the smallest positive double mixed in. */
  public static Gen<Double> fractionsAboveZero() {
    return Generate.frequency(
        List.of(
            Pair.of(8, decimals("0.0001", "1", 4)),
            Pair.of(2, decimals("1E-17", "1", 17)),
            Pair.of(1, Generate.pick(List.of(1.0, Double.MIN_VALUE)))));
  }

  /** Fractions in [0, 1], with 0 and 1 mixed in. */
  public static Gen<Double> fractions() {
    return Generate.frequency(
        List.of(Pair.of(8, decimals("0", "1", 4)), Pair.of(1, Generate.pick(List.of(0.0, 1.0)))));
  }

  /** GPU counts from one to ten million, with one GPU mixed in. */
  public static Gen<Long> gpuCounts() {
    return Generate.frequency(
        List.of(Pair.of(8, longs().between(1, 10_000_000)), Pair.of(1, Generate.constant(1L))));
  }

  /** Fleets in USD, with (7 in 10) and without (3 in 10) a sold utilisation. */
  public static Gen<GpuFleet> fleets() {
    Gen<String> models = Generate.pick(List.of("H100", "H200", "B200", "MI300X", "A100 80GB"));
    Gen<Optional<Double>> sold = fractions().toOptionals(30);
    return models.zip(
        gpuCounts(),
        nonNegativeAmountsIn(TestMoney.USD),
        sold,
        (model, count, price, utilisation) -> {
          GpuFleet fleet = GpuFleet.of(model, count, price);
          return utilisation.map(fleet::withSoldUtilisation).orElse(fleet);
        });
  }

  /** Network options in USD. */
  public static Gen<NetworkOption> networkOptions() {
    Gen<String> names = Generate.pick(List.of("InfiniBand", "Ethernet", "AI Ethernet"));
    return names.zip(
        bandwidths(), fractionsAboveZero(), nonNegativeAmountsIn(TestMoney.USD), NetworkOption::of);
  }
}
