package dev.netroi.testkit;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.netroi.Bandwidth;
import dev.netroi.Collective;
import dev.netroi.CollectiveKind;
import dev.netroi.CurrencyAmount;
import dev.netroi.FabricDesign;
import dev.netroi.FabricPriceList;
import dev.netroi.GpuFleet;
import dev.netroi.GpuTimeUnit;
import dev.netroi.Lifetime;
import dev.netroi.MarketSnapshot;
import dev.netroi.NetworkFabric;
import dev.netroi.NetworkOption;
import dev.netroi.PricingModel;
import dev.netroi.Scenario;
import dev.netroi.ThroughputModel;
import dev.netroi.Workload;
import dev.netroi.YearBasis;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The generators of netroi's domain for QuickTheories: the values of the api (currency amounts,
 * bandwidths, fractions, fleets, network options, pricing models, market facts, fabrics, workloads,
 * lifetime terms) and valid scenarios made of them, all in US dollars unless a generator takes a
 * currency. One set for every test of netroi and of its plug-ins, published with the tests of
 * {@code netroi-api} as a test-jar.
 *
 * <pre>{@code
 * qt().forAll(NetroiDomain.scenarios(), NetroiDomain.networkOptions())
 *     .checkAssert((scenario, other) -> ...);
 * }</pre>
 *
 * <p>Generators are named as nouns and composed from the small ones here ({@link #fleets()}, {@link
 * #networkOptions()}, {@link #pricingModels()}, {@link #lifetimes()}, ...) into {@link
 * #scenarios()}. They shrink: a failing scenario is reported as the smallest one QuickTheories
 * finds (fewer GPUs, lower prices, the first choices of each list). Most examples are ordinary
 * values, and the edge cases of each value come with a frequency of at least one example in ten:
 *
 * <ul>
 *   <li>fleets of 1 to 100,000 GPUs, one GPU included, with GPU prices from zero;
 *   <li>no sold utilisation, or one in [0, 1] with exactly 0 and exactly 1 included;
 *   <li>effective-bandwidth fractions in (0, 1] (four decimals, 1 included) and annual network
 *       costs per GPU from zero;
 *   <li>equal options (the baseline is the candidate);
 *   <li>prices per GPU-minute and per GPU-hour (zero included), GPU-minute prices read from a token
 *       price, GPU-hour prices with a token-price origin, and prices per million tokens with a
 *       throughput per GPU;
 *   <li>no market facts or a market snapshot; no throughput model (the linear reference), the
 *       linear model, an Amdahl model with a share in [0, 1], or the collective model of a
 *       generated workload;
 *   <li>the 365-day year, a 360-day year and a 365.25-day year;
 *   <li>a candidate, a baseline, both or neither built as a fabric ({@link #networkFabrics()}, its
 *       NIC speed the option's port speed), one time in five each, with fleets that fit and fleets
 *       that do not;
 *   <li>with the collective model, fleets of at least as many GPUs as the workload's largest
 *       collective group (a smaller generated fleet grows to that count);
 *   <li>no lifetime terms, or lifetime terms ({@link #lifetimes()}) one time in three: horizons of
 *       1 to 30 years, discount rates in [-0.5, 0.5] with 0 included, GPU lives below, equal to and
 *       above the horizon, residual shares and first-year ramps with 0 and 1 included.
 * </ul>
 *
 * <p><b>The extremes the values allow.</b> A small share of the examples of each value generator,
 * about 5 to 10 % in all (fleets about 4 %, network options about 7 %, lifetime terms about 10 %),
 * goes to the limits of the value's rules, so that a property meets what a user may legally enter:
 * fleets of 10<sup>12</sup> up to 2<sup>53</sup> GPUs (and of 100,000 to 10 million), GPU prices,
 * network costs, GPU-time prices and energy and hosting prices of USD 1 billion to 1 trillion
 * ({@link #hugeAmounts()}), port speeds from 0.001 Gb/s to 100 Tb/s, effective fractions down to
 * 1E-17, discount rates just above -1 (-0.9999999, -0.99999999999999 and the next double above -1)
 * and from 0.5 up to {@link Lifetime#MAX_DISCOUNT_RATE 10}, horizons of 31 to {@link
 * Lifetime#MAX_HORIZON_YEARS 100} years (100 itself included), and 1 GW to 1 TW per GPU. {@code
 * NetroiDomainProperties} checks that each is reached and that most values stay ordinary.
 *
 * <p>The throughput models ({@link #throughputModels()}, and so {@link #scenarios()}) are the
 * built-in ones of {@code netroi-impl}, which must be on the class path (it is in the tests of
 * {@code netroi-impl}, of the samples and of plug-ins); the value generators need {@code
 * netroi-api} only.
 *
 * <p>{@link #scenarioEdgeCases()} checks that a property's examples reached the edge cases.
 */
@SuppressWarnings("exports") // test code; QuickTheories is on the class path, not a module
public final class NetroiDomain {

  /** The currency of every generated amount unless a generator takes another. */
  public static final Currency USD = Currency.getInstance("USD");

  /** Euros: 2 minor digits. */
  public static final Currency EUR = Currency.getInstance("EUR");

  /** Yen: 0 minor digits. */
  public static final Currency JPY = Currency.getInstance("JPY");

  /** Bahraini dinars: 3 minor digits. */
  public static final Currency BHD = Currency.getInstance("BHD");

  /** Currencies with 2 (USD, EUR), 0 (JPY) and 3 (BHD) minor digits. */
  public static final List<Currency> CURRENCIES = List.of(USD, EUR, JPY, BHD);

  /** Largest absolute amount in minor units: USD 100 billion, beyond the $13B run rate. */
  public static final long MAX_MINOR_UNITS = 10_000_000_000_000L;

  /** The largest GPU count, whose input (a double) is exact: 2<sup>53</sup>. */
  public static final long MAX_EXACT_COUNT = GpuFleet.MAX_COUNT;

  private NetroiDomain() {}

  /**
   * Returns an amount in US dollars, the currency of every generated value, from a plain decimal.
   *
   * @param decimal the amount, such as {@code "3900"} or {@code "0.27"}
   * @return the amount
   */
  public static CurrencyAmount usd(String decimal) {
    return CurrencyAmount.of(USD.getCurrencyCode(), decimal);
  }

  // ------------------------------------------------------------------ combinators

  /**
   * Returns a generator that draws from the given ones with the given weights: {@code weighted(1,
   * ones, 6, others)} draws from {@code ones} one time in seven.
   *
   * @param weight1 the weight of the first generator, positive
   * @param gen1 the first generator
   * @param weight2 the weight of the second generator, positive
   * @param gen2 the second generator
   * @param <T> the type of the values
   * @return the generator
   */
  public static <T> Gen<T> weighted(int weight1, Gen<T> gen1, int weight2, Gen<T> gen2) {
    return Generate.frequency(List.of(Pair.of(weight1, gen1), Pair.of(weight2, gen2)));
  }

  /**
   * Returns a generator that draws from each of the given ones equally often.
   *
   * @param gens the generators, at least one
   * @param <T> the type of the values
   * @return the generator
   */
  public static <T> Gen<T> oneOf(List<Gen<T>> gens) {
    List<Pair<Integer, Gen<T>>> equal = new ArrayList<>();
    for (Gen<T> gen : gens) {
      equal.add(Pair.of(1, gen));
    }
    return Generate.frequency(equal);
  }

  /**
   * Returns decimals with {@code scale} places from {@code min} to {@code max} (both included, both
   * with no more than {@code scale} places), as the nearest doubles; every such decimal can come
   * out, such as 0, 0.0001, ..., 1 for {@code decimals("0", "1", 4)}.
   *
   * <p>Where the range has more steps than a {@code long} holds (such as 17 places up to a
   * million), the whole part and the places are drawn apart (so at most 18 places).
   *
   * @param min the least value, a plain decimal
   * @param max the greatest value, a plain decimal
   * @param scale the number of decimals
   * @return the generator
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
   * Returns the orders of a list's elements: each example is a permutation of {@code items}
   * (Fisher-Yates over the generator's random source, so it shrinks towards the given order).
   *
   * @param items the elements
   * @param <T> the type of the elements
   * @return the generator
   */
  public static <T> Gen<List<T>> shuffled(List<T> items) {
    List<T> copy = List.copyOf(items);
    Gen<List<T>> orders =
        random -> {
          List<T> order = new ArrayList<>(copy);
          for (int i = order.size() - 1; i > 0; i--) {
            Collections.swap(order, i, integers().between(0, i).generate(random));
          }
          return order;
        };
    return orders.describedAs(List::toString);
  }

  // ------------------------------------------------------------------ money

  /**
   * Returns one of {@link #CURRENCIES}, shown by its code.
   *
   * @return the generator
   */
  public static Gen<Currency> currencies() {
    return Generate.pick(CURRENCIES).describedAs(Currency::getCurrencyCode);
  }

  /**
   * Returns the number of decimals a currency's amounts are shown with.
   *
   * @param currency the currency
   * @return its minor digits, 0 for a currency without
   */
  public static int minorDigits(Currency currency) {
    return Math.max(currency.getDefaultFractionDigits(), 0);
  }

  /**
   * Returns amounts in minor units (cents for USD), with 0, 1, -1 and the largest amounts (plus and
   * minus {@link #MAX_MINOR_UNITS}) mixed in.
   *
   * @return the generator
   */
  public static Gen<Long> minorUnits() {
    return Generate.frequency(
        List.of(
            Pair.of(12, longs().between(-MAX_MINOR_UNITS, MAX_MINOR_UNITS)),
            Pair.of(3, longs().between(-100_000, 100_000)),
            Pair.of(1, Generate.pick(List.of(0L, 1L, -1L))),
            Pair.of(1, Generate.pick(List.of(MAX_MINOR_UNITS, -MAX_MINOR_UNITS)))));
  }

  /**
   * Returns exactly {@code minorUnits} minor units of {@code currency}, such as 12345 -> USD
   * 123.45.
   *
   * @param currency the currency
   * @param minorUnits the amount in minor units
   * @return the amount
   */
  public static CurrencyAmount amountOf(Currency currency, long minorUnits) {
    return CurrencyAmount.of(
        currency, BigDecimal.valueOf(minorUnits, minorDigits(currency)).doubleValue());
  }

  /**
   * Returns amounts with no more decimals than the currency shows, in any of {@link #CURRENCIES}.
   *
   * @return the generator
   */
  public static Gen<CurrencyAmount> currencyAmounts() {
    return currencies().zip(minorUnits(), NetroiDomain::amountOf);
  }

  /**
   * Returns amounts with no more decimals than the currency shows, in one currency.
   *
   * @param currency the currency
   * @return the generator
   */
  public static Gen<CurrencyAmount> currencyAmountsIn(Currency currency) {
    return minorUnits().map(units -> amountOf(currency, units));
  }

  /**
   * Returns amounts that are zero or positive, in one currency.
   *
   * @param currency the currency
   * @return the generator
   */
  public static Gen<CurrencyAmount> nonNegativeAmountsIn(Currency currency) {
    return minorUnits().map(units -> amountOf(currency, Math.abs(units)));
  }

  /**
   * Returns huge prices in US dollars: USD 1 billion to 1 trillion in whole dollars, exactly 1
   * trillion one time in five.
   *
   * @return the generator
   */
  public static Gen<CurrencyAmount> hugeAmounts() {
    return hugeAmountsIn(USD);
  }

  private static Gen<CurrencyAmount> hugeAmountsIn(Currency currency) {
    return weighted(1, Generate.constant(1e12), 4, decimals("1000000000", "1000000000000", 0))
        .map(amount -> CurrencyAmount.of(currency, amount));
  }

  /** {@code ordinary}, or a {@linkplain #hugeAmountsIn(Currency) huge amount} one time in 50. */
  private static Gen<CurrencyAmount> orHuge(Gen<CurrencyAmount> ordinary, Currency currency) {
    return weighted(49, ordinary, 1, hugeAmountsIn(currency));
  }

  // ------------------------------------------------------------------ rates and fractions

  /**
   * Returns bandwidths: the usual port speeds, decimals with up to three places from 0.001 Gb/s to
   * 100 Tb/s, and those bounds mixed in. Not subnormal or near-overflow doubles: their products
   * underflow or overflow in the calculators, which fail such rows as calculation errors (a named
   * overflow failure is the work of the API issue that follows).
   *
   * @return the generator
   */
  public static Gen<Bandwidth> bandwidths() {
    Gen<Double> portSpeeds = Generate.pick(List.of(12.5, 25.0, 100.0, 200.0, 400.0, 800.0, 1600.0));
    Gen<Double> decimals = decimals("0.001", "100000", 3);
    Gen<Double> bounds = Generate.pick(List.of(0.001, 100_000.0));
    return Generate.frequency(
            List.of(Pair.of(3, portSpeeds), Pair.of(5, decimals), Pair.of(1, bounds)))
        .map(Bandwidth::ofGbps);
  }

  /**
   * Returns every bandwidth the value allows, for the tests of {@link Bandwidth} itself: the usual
   * port speeds, decimals with up to three places, any positive finite double (drawn by bit
   * pattern, so from 4.9E-324 to 1.8E308 Gb/s), and the bounds of these (4.9E-324, 1.8E308, 0.001
   * and 100000) mixed in.
   *
   * @return the generator
   */
  public static Gen<Bandwidth> anyBandwidths() {
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

  /**
   * Returns fractions in (0, 1], with 1 and 1E-17 mixed in, and one time in six with up to 17
   * decimals (down to 1E-17).
   *
   * @return the generator
   */
  public static Gen<Double> fractionsAboveZero() {
    return Generate.frequency(
        List.of(
            Pair.of(8, decimals("0.0001", "1", 4)),
            Pair.of(2, decimals("1E-17", "1", 17)),
            Pair.of(1, Generate.pick(List.of(1.0, 1e-17)))));
  }

  /**
   * Returns fractions in [0, 1] with four decimals, with 0 and 1 mixed in.
   *
   * @return the generator
   */
  public static Gen<Double> fractions() {
    return Generate.frequency(
        List.of(Pair.of(8, decimals("0", "1", 4)), Pair.of(1, Generate.pick(List.of(0.0, 1.0)))));
  }

  /**
   * Returns effective-bandwidth fractions in (0, 1] with four decimals; exactly 1 in about one try
   * in ten.
   *
   * @return the generator
   */
  public static Gen<Double> effectiveFractions() {
    return weighted(1, Generate.constant(1.0), 9, decimals("0.0001", "1", 4));
  }

  // ------------------------------------------------------------------ fleets and options

  /**
   * Returns GPU counts: one GPU one time in seven, 1 to 100,000 most of the time, 100,000 to 10
   * million one time in 25, and one time in 50 a huge count: 2<sup>53</sup> ({@link
   * #MAX_EXACT_COUNT}, the largest a fleet takes) or any count from 10<sup>12</sup> to it.
   *
   * @return the generator
   */
  public static Gen<Long> gpuCounts() {
    Gen<Long> huge =
        oneOf(
            List.of(
                Generate.constant(MAX_EXACT_COUNT),
                longs().between(1_000_000_000_000L, MAX_EXACT_COUNT)));
    return Generate.frequency(
        List.of(
            Pair.of(7, Generate.constant(1L)),
            Pair.of(40, longs().between(1, 100_000)),
            Pair.of(2, longs().between(100_000, 10_000_000)),
            Pair.of(1, huge)));
  }

  /**
   * Returns valid fleets in US dollars: {@linkplain #gpuCounts() GPU counts} (one GPU one time in
   * seven, up to 100,000 most of the time, huge ones rarely), a unit price from USD 0 (one try in
   * ten) to USD 60,000 or, one time in 50, a {@linkplain #hugeAmounts() huge} one, and no
   * utilisation or one in [0, 1] with 0 and 1 each in about one try in seven.
   *
   * @return the generator
   */
  public static Gen<GpuFleet> fleets() {
    Gen<OptionalDouble> utilisations =
        Generate.frequency(
            List.of(
                Pair.of(3, Generate.constant(OptionalDouble.empty())),
                Pair.of(1, Generate.constant(OptionalDouble.of(0))),
                Pair.of(1, Generate.constant(OptionalDouble.of(1))),
                Pair.of(2, decimals("0", "1", 4).map(OptionalDouble::of))));
    return Generate.pick(List.of("H100", "H200", "B200", "MI300X", "A100 80GB"))
        .zip(
            gpuCounts(),
            orHuge(money("0", "60000", 2, 1, 9), USD),
            utilisations,
            (model, count, price, utilisation) -> {
              GpuFleet fleet = GpuFleet.of(model, count, price);
              return utilisation.isPresent()
                  ? fleet.withSoldUtilisation(utilisation.getAsDouble())
                  : fleet;
            });
  }

  /**
   * Returns valid network options in US dollars: a port speed of 100 to 1,600 Gb/s, or one time in
   * 20 any of {@link #bandwidths()} (0.001 Gb/s to 100 Tb/s); an effective-bandwidth fraction of
   * {@link #effectiveFractions()} (four decimals, 1 in about one try in ten), or one time in 50 a
   * tiny one, from 1E-17 to 0.0001 (1E-17, or 17 decimals); and an annual cost per GPU from USD 0
   * (about one try in seven) to USD 20,000, or one time in 50 a {@linkplain #hugeAmounts() huge}
   * one; one option in ten is instead built as one of {@link #networkFabrics()}, its NIC speed set
   * to the option's port speed ({@link #builtAs}).
   *
   * @return the generator
   */
  public static Gen<NetworkOption> networkOptions() {
    return weighted(
        9,
        statedOptions(),
        1,
        statedOptions()
            .zip(networkFabrics(), (option, fabric) -> builtAs(option, Optional.of(fabric))));
  }

  /**
   * Returns the option built as the fabric, the fabric's NIC speed set to the option's port speed
   * (a fabric's NICs are its option's ports), or the option itself when there is no fabric.
   *
   * @param option an option
   * @param fabric a fabric, or empty
   * @return the option built as the fabric, or {@code option}
   */
  public static NetworkOption builtAs(NetworkOption option, Optional<NetworkFabric> fabric) {
    return fabric
        .map(f -> option.withFabric(f.withDesign(f.design().withNicSpeed(option.portSpeed()))))
        .orElse(option);
  }

  /** The options with a stated cost, as {@link #networkOptions()} describes them. */
  private static Gen<NetworkOption> statedOptions() {
    Gen<Bandwidth> portSpeeds =
        weighted(
            19,
            Generate.pick(List.of(100.0, 200.0, 400.0, 800.0, 1600.0)).map(Bandwidth::ofGbps),
            1,
            bandwidths());
    Gen<Double> tiny = weighted(1, Generate.constant(1e-17), 2, decimals("1E-17", "0.0001", 17));
    Gen<Double> fractions = weighted(49, effectiveFractions(), 1, tiny);
    return Generate.pick(List.of("AI Ethernet", "RoCE Ethernet", "InfiniBand", "Ethernet"))
        .zip(portSpeeds, fractions, orHuge(money("0", "20000", 2, 1, 6), USD), NetworkOption::of);
  }

  /**
   * Returns valid pricing models: per GPU-minute (USD 0 to 10, zero in about one try in seven), per
   * GPU-hour (USD 0 to 600, zero likewise), per GPU-minute read from a token price (USD 0.01 to
   * 100), per GPU-hour with a token-price origin, and per million tokens (USD 0 to 100) at 1 to
   * 50,000 tokens per second per GPU, each kind one time in five; one GPU-minute or GPU-hour price
   * in 50 is {@linkplain #hugeAmounts() huge}.
   *
   * @return the generator
   */
  public static Gen<PricingModel> pricingModels() {
    Gen<PricingModel> perMinute =
        orHuge(money("0", "10", 4, 1, 6), USD).map(PricingModel::perGpuMinute);
    Gen<PricingModel> perHour =
        orHuge(money("0", "600", 2, 1, 6), USD).map(PricingModel::perGpuHour);
    Gen<PricingModel> fromTokenPrice =
        money("0.01", "100", 2, 0, 1).map(PricingModel::perGpuMinuteFromTokenPrice);
    Gen<PricingModel> perHourWithOrigin =
        money("0", "600", 2, 1, 6)
            .zip(
                money("0.01", "100", 2, 0, 1),
                (price, origin) ->
                    PricingModel.PerGpuTime.of(price, GpuTimeUnit.HOUR)
                        .withTokenPriceOrigin(origin));
    Gen<PricingModel> perToken =
        money("0", "100", 2, 1, 6).zip(decimals("1", "50000", 1), PricingModel::perMillionTokens);
    return oneOf(List.of(perMinute, perHour, fromTokenPrice, perHourWithOrigin, perToken));
  }

  /**
   * Returns valid market snapshots: a run rate of USD 1 million to 50 billion, 1 to 10 million
   * active GPUs, 1 to 1 million GPUs sold last quarter, ASPs of USD 1 to 60,000.
   *
   * @return the generator
   */
  public static Gen<MarketSnapshot> marketSnapshots() {
    Gen<CurrencyAmount> asps = money("1", "60000", 2, 0, 1);
    return money("1000000", "50000000000", 0, 0, 1)
        .zip(
            longs().between(1, 10_000_000),
            longs().between(1, 1_000_000),
            asps.zip(asps, Pair::of),
            (runRate, active, sold, asp) ->
                MarketSnapshot.builder()
                    .label("generated")
                    .networkRunRate(runRate)
                    .activeGpus(active)
                    .gpusSoldLastQuarter(sold)
                    .blendedAsp(asp._1)
                    .modelAsp("H100", asp._2)
                    .build());
  }

  /**
   * Returns the built-in throughput models of {@code netroi-impl}, each a third of the time: the
   * linear model, an Amdahl model with an exposed-communication share in [0, 1] (three decimals, 0
   * and 1 included), or the collective model of a {@linkplain #workloads() workload}.
   *
   * @return the generator
   * @throws IllegalStateException if {@code netroi-impl} is not on the class path
   */
  public static Gen<ThroughputModel> throughputModels() {
    return oneOf(
        List.of(
            Generate.constant(BuiltInModels.call("linear", new Class<?>[0])),
            decimals("0", "1", 3)
                .map(share -> BuiltInModels.call("amdahl", new Class<?>[] {double.class}, share)),
            workloads()
                .map(
                    workload ->
                        BuiltInModels.call(
                            "collective", new Class<?>[] {Workload.class}, workload))));
  }

  /**
   * The factories of {@code dev.netroi.throughput.ThroughputModels}, called by reflection: these
   * generators are published with {@code netroi-api}, which cannot depend on {@code netroi-impl}.
   */
  private static final class BuiltInModels {
    private static final String FACTORIES = "dev.netroi.throughput.ThroughputModels";

    private BuiltInModels() {}

    static ThroughputModel call(String factory, Class<?>[] parameters, Object... arguments) {
      Method method;
      try {
        method = Class.forName(FACTORIES).getMethod(factory, parameters);
      } catch (ClassNotFoundException | NoSuchMethodException e) {
        throw new IllegalStateException(
            "NetroiDomain.throughputModels() needs netroi-impl on the class path: "
                + FACTORIES
                + "."
                + factory
                + " was not found",
            e);
      }
      try {
        return (ThroughputModel) method.invoke(null, arguments);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      } catch (InvocationTargetException e) {
        if (e.getCause() instanceof RuntimeException runtime) {
          throw runtime;
        }
        throw new IllegalStateException(e.getCause());
      }
    }
  }

  /**
   * Returns valid workloads for the collective model: compute of 1 ms to 10 s per step, an overlap
   * share in [0, 1] (two decimals), a latency of 0 to 20 µs per algorithm step, and zero to three
   * collectives of any kind, 0 to 20 GB each, over 2 to 1,024 ranks, 1 to 200 times per step.
   *
   * @return the generator
   */
  public static Gen<Workload> workloads() {
    Gen<Collective> collectives =
        Generate.enumValues(CollectiveKind.class)
            .zip(
                decimals("0", "20000000000", 0),
                integers().between(2, 1024),
                integers().between(1, 200),
                Collective::new);
    return decimals("0.001", "10", 3)
        .zip(
            decimals("0", "1", 2),
            decimals("0", "0.00002", 7),
            lists().of(collectives).ofSizeBetween(0, 3),
            (compute, overlap, latency, list) ->
                Workload.builder()
                    .name("generated")
                    .computeSeconds(compute)
                    .overlapShare(overlap)
                    .latencySeconds(latency)
                    .collectives(list)
                    .source("generated")
                    .build());
  }

  /**
   * Returns valid fabrics: 1 to 4 NICs per GPU at 100 to 1,600 Gb/s, a radix of 4 to 128 (so that
   * large fleets often do not fit), 2 tiers, 3 or the smallest that fit, an oversubscription of 1
   * to 4 (two decimals), rail-optimised or not with 1 to 8 GPUs per server, prices from USD 0 to
   * 60,000 per switch and to 3,000 per optic, NIC and cable, 0 to 2,000 W per device, a life of 0.5
   * to 10 years and a support share of 0 to 0.3.
   *
   * @return the generator
   */
  public static Gen<NetworkFabric> networkFabrics() {
    return networkFabrics(List.of(4, 8, 16, 32, 64, 128));
  }

  /**
   * Returns valid scenarios as {@link #scenarios()} does, but both options always have a fabric, of
   * radix 64 or 128, so that most fleets fit (all do in 3 tiers of radix 128).
   *
   * @return the generator
   */
  public static Gen<Scenario> scenariosWithFabrics() {
    return scenarios(
        weighted(2, Generate.constant(Optional.empty()), 3, optionalMarkets()),
        networkFabrics(List.of(64, 128)).map(Optional::of));
  }

  private static Gen<NetworkFabric> networkFabrics(List<Integer> radixes) {
    Gen<FabricPriceList> prices =
        money("0", "60000", 2, 1, 6)
            .zip(
                money("0", "3000", 2, 1, 6),
                money("0", "3000", 2, 1, 6),
                money("0", "3000", 2, 1, 6),
                FabricPriceList::of)
            .zip(
                decimals("0", "2000", 1),
                decimals("0", "30", 2),
                decimals("0", "50", 2),
                (list, sw, optic, nic) -> list.withPower(sw, optic, nic));
    Gen<FabricDesign> designs =
        Generate.pick(radixes)
            .zip(
                Generate.pick(List.of(FabricDesign.SMALLEST_THAT_FITS, 2, 3)),
                decimals("1", "4", 2),
                prices,
                (radix, tiers, oversubscription, list) ->
                    FabricDesign.of(Bandwidth.ofGbps(800), radix, list)
                        .withTiers(tiers)
                        .withOversubscription(oversubscription))
            .zip(
                integers().between(1, 4),
                Generate.booleans(),
                integers().between(1, 8),
                (design, nics, rails, perServer) ->
                    design.withNicsPerGpu(nics).withRails(rails, perServer));
    return designs.zip(decimals("0.5", "10", 1), decimals("0", "0.3", 2), NetworkFabric::of);
  }

  /**
   * Returns valid lifetime terms in US dollars: {@link #lifetimesIn(Currency) lifetimesIn(USD)}.
   *
   * @return the generator
   */
  public static Gen<Lifetime> lifetimes() {
    return lifetimesIn(USD);
  }

  /**
   * Returns valid lifetime terms with prices in the given currency. Most are ordinary:
   *
   * <ul>
   *   <li>a horizon of 1 to 30 years, exactly 1 and exactly 5 years each about one try in ten;
   *   <li>a discount rate in [-0.5, 0.5] (four decimals), exactly 0 about one try in six and
   *       negative in about two in five;
   *   <li>a GPU life equal to the horizon (the default) one try in four, else the horizon times 0.2
   *       to 2 (two decimals): below and above the horizon, often fractional;
   *   <li>a GPU residual share of exactly 0, exactly 1 (each one try in five) or in [0, 1];
   *   <li>0 to 2,000 W per GPU (one decimal; 0 about one try in ten), a PUE of 1 (one try in ten)
   *       to 2 (two decimals), 0 to 0.5 per kWh (four decimals; 0 about one try in seven);
   *   <li>no hosting price half the time, else 0 to 300 per kW-month;
   *   <li>a first-year ramp of exactly 0, exactly 1 (each one try in five) or in [0, 1].
   * </ul>
   *
   * <p>and a few go to the limits of {@link Lifetime}'s rules, about 10 % of the terms in all:
   *
   * <ul>
   *   <li>a horizon of 31 to 100 years one time in 50, exactly {@link Lifetime#MAX_HORIZON_YEARS
   *       100} one time in 50;
   *   <li>a discount rate within 10<sup>-6</sup> of -1 one time in 80: -0.9999999,
   *       -0.99999999999999 or the next double above -1 ({@code Math.nextUp(-1.0)}); in [-0.999,
   *       -0.5] (three decimals) one time in 240; in [0.5, 10] (four decimals), 10 ({@link
   *       Lifetime#MAX_DISCOUNT_RATE}) included, one time in 60;
   *   <li>1 GW to 1 TW per GPU one time in 50;
   *   <li>an energy or hosting price of 1 billion to 1 trillion one time in 100 each.
   * </ul>
   *
   * @param currency the currency of the energy and hosting prices
   * @return the generator
   */
  public static Gen<Lifetime> lifetimesIn(Currency currency) {
    Gen<Integer> horizons =
        Generate.frequency(
            List.of(
                Pair.of(4, Generate.constant(1)),
                Pair.of(4, Generate.constant(5)),
                Pair.of(40, integers().between(1, 30)),
                Pair.of(1, integers().between(31, Lifetime.MAX_HORIZON_YEARS)),
                Pair.of(1, Generate.constant(Lifetime.MAX_HORIZON_YEARS))));
    Gen<Double> nearMinusOne =
        weighted(
            3,
            Generate.pick(List.of(-0.9999999, -0.99999999999999, Math.nextUp(-1.0))),
            1,
            decimals("-0.999", "-0.5", 3));
    Gen<Double> high =
        weighted(1, Generate.constant(Lifetime.MAX_DISCOUNT_RATE), 4, decimals("0.5", "10", 4));
    Gen<Double> rates =
        Generate.frequency(
            List.of(
                Pair.of(10, Generate.constant(0.0)),
                Pair.of(48, decimals("-0.5", "0.5", 4)),
                Pair.of(1, nearMinusOne),
                Pair.of(1, high)));
    Gen<Optional<Double>> lifeFactors =
        weighted(
            1, Generate.constant(Optional.empty()), 3, decimals("0.2", "2", 2).map(Optional::of));
    Gen<Double> shares = zeroOneOrBetween();
    Gen<Double> watts =
        Generate.frequency(
            List.of(
                Pair.of(5, Generate.constant(0.0)),
                Pair.of(44, decimals("0", "2000", 1)),
                Pair.of(1, decimals("1000000000", "1000000000000", 0))));
    Gen<Double> pues = weighted(1, Generate.constant(1.0), 9, decimals("1", "2", 2));
    Gen<CurrencyAmount> energyPrices =
        weighted(99, money(currency, "0", "0.5", 4, 1, 6), 1, hugeAmountsIn(currency));
    Gen<CurrencyAmount> hostingPrices =
        weighted(99, money(currency, "0", "300", 2, 1, 1), 1, hugeAmountsIn(currency));
    Gen<Double> ramps = zeroOneOrBetween();
    Gen<Lifetime> lifetimes =
        random -> {
          int horizon = horizons.generate(random);
          Lifetime.Builder builder =
              Lifetime.builder().horizonYears(horizon).discountRate(rates.generate(random));
          lifeFactors.generate(random).ifPresent(factor -> builder.gpuLifeYears(horizon * factor));
          return builder
              .gpuResidualShare(shares.generate(random))
              .gpuWatts(watts.generate(random))
              .pue(pues.generate(random))
              .electricityPricePerKwh(energyPrices.generate(random))
              .hostingPricePerKwMonth(hostingPrices.generate(random))
              .firstYearRamp(ramps.generate(random))
              .build();
        };
    return lifetimes.describedAs(Lifetime::toString);
  }

  /** Shares of exactly 0 or exactly 1 (each one try in five), else in [0, 1] with four decimals. */
  private static Gen<Double> zeroOneOrBetween() {
    return Generate.frequency(
        List.of(
            Pair.of(1, Generate.constant(0.0)),
            Pair.of(1, Generate.constant(1.0)),
            Pair.of(3, decimals("0", "1", 4))));
  }

  /**
   * Returns year bases: mostly 365 days, sometimes 360 or 365.25 days.
   *
   * @return the generator
   */
  public static Gen<YearBasis> yearBases() {
    return Generate.frequency(
        List.of(
            Pair.of(8, Generate.constant(YearBasis.DAYS_365)),
            Pair.of(1, Generate.constant(YearBasis.ofDays(360))),
            Pair.of(1, Generate.constant(YearBasis.ofDays(365.25)))));
  }

  /**
   * Returns amounts in USD between two decimals, with the given number of decimals; zero with
   * weight {@code zeroWeight} against {@code otherWeight}.
   */
  private static Gen<CurrencyAmount> money(
      String min, String max, int scale, int zeroWeight, int otherWeight) {
    return money(USD, min, max, scale, zeroWeight, otherWeight);
  }

  /** As {@link #money(String, String, int, int, int)}, in the given currency. */
  private static Gen<CurrencyAmount> money(
      Currency currency, String min, String max, int scale, int zeroWeight, int otherWeight) {
    Gen<CurrencyAmount> amounts =
        decimals(min, max, scale).map(d -> CurrencyAmount.of(currency, d));
    if (zeroWeight == 0) {
      return amounts;
    }
    return weighted(
        zeroWeight, Generate.constant(CurrencyAmount.zero(currency)), otherWeight, amounts);
  }

  // ------------------------------------------------------------------ scenario values

  /**
   * Returns valid scenarios, with or without market facts (60 % with) and throughput model (half
   * with), the candidate and the baseline each built as a fabric one time in five (with the
   * collective model, a fleet at least as large as the workload's largest collective group), and
   * lifetime terms one time in three; at least one in six has equal options (the baseline is the
   * candidate).
   *
   * @return the generator
   */
  public static Gen<Scenario> scenarios() {
    return scenarios(weighted(2, Generate.constant(Optional.empty()), 3, optionalMarkets()));
  }

  /**
   * Returns valid scenarios that all have market facts.
   *
   * @return the generator
   */
  public static Gen<Scenario> scenariosWithMarket() {
    return scenarios(optionalMarkets());
  }

  private static Gen<Optional<MarketSnapshot>> optionalMarkets() {
    return marketSnapshots().map(Optional::of);
  }

  /**
   * Returns valid scenarios as {@link #scenarios()} does, but whose options have no fabric: their
   * network costs are the stated ones, so no per-GPU figure depends on the GPU count (a fabric's
   * capex per GPU does: switches come in whole units).
   *
   * @return the generator
   */
  public static Gen<Scenario> scenariosWithStatedCosts() {
    return scenarios(
        weighted(2, Generate.constant(Optional.empty()), 3, optionalMarkets()),
        Generate.constant(Optional.empty()));
  }

  /**
   * Returns valid scenarios as {@link #scenarios()} does, but all with lifetime terms ({@link
   * #lifetimes()}), for the properties of the lifetime measures.
   *
   * @return the generator
   */
  public static Gen<Scenario> scenariosWithLifetimes() {
    return scenarios(
        weighted(2, Generate.constant(Optional.empty()), 3, optionalMarkets()),
        someFabrics(),
        lifetimes().map(Optional::of));
  }

  private static Gen<Scenario> scenarios(Gen<Optional<MarketSnapshot>> markets) {
    return scenarios(markets, someFabrics());
  }

  private static Gen<Optional<NetworkFabric>> someFabrics() {
    return weighted(4, Generate.constant(Optional.empty()), 1, networkFabrics().map(Optional::of));
  }

  private static Gen<Scenario> scenarios(
      Gen<Optional<MarketSnapshot>> markets, Gen<Optional<NetworkFabric>> fabrics) {
    return scenarios(
        markets,
        fabrics,
        weighted(2, Generate.constant(Optional.empty()), 1, lifetimes().map(Optional::of)));
  }

  private static Gen<Scenario> scenarios(
      Gen<Optional<MarketSnapshot>> markets,
      Gen<Optional<NetworkFabric>> fabrics,
      Gen<Optional<Lifetime>> lifetimes) {
    Gen<GpuFleet> fleets = fleets();
    Gen<NetworkOption> options = statedOptions();
    Gen<Boolean> equalOptions = weighted(1, Generate.constant(true), 5, Generate.constant(false));
    Gen<PricingModel> pricing = pricingModels();
    Gen<Optional<ThroughputModel>> models =
        weighted(1, Generate.constant(Optional.empty()), 1, throughputModels().map(Optional::of));
    Gen<YearBasis> years = yearBases();
    Gen<Scenario> scenarios =
        random -> {
          NetworkOption candidate = options.generate(random);
          NetworkOption baseline = options.generate(random);
          GpuFleet fleet = fleets.generate(random);
          boolean equal = equalOptions.generate(random);
          Scenario.Builder builder =
              Scenario.builder()
                  .name("generated")
                  .pricing(pricing.generate(random))
                  .yearBasis(years.generate(random));
          markets.generate(random).ifPresent(builder::market);
          Optional<ThroughputModel> model = models.generate(random);
          model.ifPresent(builder::throughputModel);
          candidate = builtAs(candidate, fabrics.generate(random));
          baseline = builtAs(baseline, fabrics.generate(random));
          builder.candidate(candidate).baseline(equal ? candidate : baseline);
          // a collective needs as many GPUs as its group has ranks: a smaller fleet grows to it
          long fewest = model.map(NetroiDomain::fewestGpus).orElse(1L);
          builder.fleet(fleet.count() < fewest ? fleet.withCount(fewest) : fleet);
          lifetimes.generate(random).ifPresent(builder::lifetime);
          return builder.build();
        };
    return scenarios.describedAs(Scenario::toString);
  }

  // ------------------------------------------------------------------ coverage

  /**
   * Returns the fewest GPUs a fleet may have under a throughput model: its largest collective group
   * ({@link ThroughputModel#collectives()}), or 1 for a model without collectives.
   *
   * @param model the model
   * @return the fewest GPUs, at least 1
   */
  public static long fewestGpus(ThroughputModel model) {
    long fewest = 1;
    for (Collective c : model.collectives()) {
      fewest = Math.max(fewest, c.groupSize());
    }
    return fewest;
  }

  /**
   * Returns the scenario with another throughput model, its fleet grown to the model's {@linkplain
   * #fewestGpus fewest GPUs} where it has fewer (a scenario refuses a collective over more ranks
   * than its fleet has GPUs).
   *
   * @param scenario the scenario
   * @param model the model
   * @return the new scenario
   */
  public static Scenario withThroughputModel(Scenario scenario, ThroughputModel model) {
    long fewest = fewestGpus(model);
    GpuFleet fleet = scenario.fleet();
    return scenario.toBuilder()
        .fleet(fleet.count() < fewest ? fleet.withCount(fewest) : fleet)
        .throughputModel(model)
        .build();
  }

  private static boolean isFree(NetworkOption option) {
    return option.statedAnnualCostPerGpu().filter(CurrencyAmount::isZero).isPresent();
  }

  /**
   * Returns a coverage check of the edge cases of scenarios: it fails unless the examples include
   * at least one scenario with one GPU, with zero utilisation, with equal options, with a zero
   * network cost, with a zero GPU-time price, with lifetime terms, and with lifetime terms at a
   * zero and at a negative discount rate. {@link Coverage#record(Object) Record} each example and
   * {@link Coverage#check() check} after the run.
   *
   * @return a new coverage check
   */
  public static Coverage<Scenario> scenarioEdgeCases() {
    return Coverage.<Scenario>of("scenarios")
        .require("one GPU", scenario -> scenario.fleet().count() == 1)
        .require(
            "zero utilisation",
            scenario -> {
              OptionalDouble utilisation = scenario.fleet().soldUtilisation();
              return utilisation.isPresent() && utilisation.getAsDouble() == 0;
            })
        .require("equal options", scenario -> scenario.candidate().equals(scenario.baseline()))
        .require(
            "zero network cost",
            scenario -> isFree(scenario.candidate()) || isFree(scenario.baseline()))
        .require("zero GPU-time price", scenario -> scenario.pricing().price().isZero())
        .require("lifetime terms", scenario -> scenario.lifetime().isPresent())
        .require(
            "a zero discount rate",
            scenario -> scenario.lifetime().filter(l -> l.discountRate() == 0).isPresent())
        .require(
            "a negative discount rate",
            scenario -> scenario.lifetime().filter(l -> l.discountRate() < 0).isPresent());
  }
}
