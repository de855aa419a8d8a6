package dev.netroi.testkit;

import dev.netroi.Bandwidth;
import dev.netroi.CurrencyAmount;
import dev.netroi.GpuFleet;
import dev.netroi.GpuTimeUnit;
import dev.netroi.MarketSnapshot;
import dev.netroi.NetworkOption;
import dev.netroi.PricingModel;
import dev.netroi.Scenario;
import dev.netroi.ThroughputModel;
import dev.netroi.YearBasis;
import dev.netroi.throughput.ThroughputModels;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;
import java.util.OptionalDouble;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import net.jqwik.api.domains.DomainContextBase;
import net.jqwik.api.statistics.Statistics;

/**
 * The jqwik domain of netroi: generators of valid scenario values, all in US dollars.
 *
 * <p>Use it on a property class or method with {@code @Domain(NetroiDomain.class)}; a parameter
 * {@code @ForAll Scenario scenario} (or {@code GpuFleet}, {@code NetworkOption}, {@code
 * PricingModel}, {@code MarketSnapshot}, {@code ThroughputModel}) is then generated from here.
 * jqwik finds domain providers by type, not by name. The global context is included, so
 * {@code @ForAll int} and friends keep working. Outside a domain, the static factories ({@link
 * #scenarios()}, {@link #scenariosWithMarket()}, ...) give the same arbitraries, for instance for
 * {@link CalculatorContract#validScenarios()}.
 *
 * <p>The generators cover, with a frequency of at least one try in ten each:
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
 *       linear model, or an Amdahl model with a share in (0, 1];
 *   <li>the 365-day year, a 360-day year and a 365.25-day year.
 * </ul>
 *
 * <p>Call {@link #coverEdgeCases(Scenario)} in a property to collect statistics on the edge cases
 * and fail the property if its generator never reached one of them.
 */
@Domain(DomainContext.Global.class)
public class NetroiDomain extends DomainContextBase {

  /** The currency of every generated amount. */
  public static final Currency USD = Currency.getInstance("USD");

  /** Creates the domain; jqwik does this. */
  public NetroiDomain() {}

  // ------------------------------------------------------------------ providers, found by type

  /**
   * Provides valid fleets.
   *
   * @return {@link #fleets()}
   */
  @Provide
  public Arbitrary<GpuFleet> validFleets() {
    return fleets();
  }

  /**
   * Provides valid network options.
   *
   * @return {@link #networkOptions()}
   */
  @Provide
  public Arbitrary<NetworkOption> validNetworkOptions() {
    return networkOptions();
  }

  /**
   * Provides valid pricing models.
   *
   * @return {@link #pricingModels()}
   */
  @Provide
  public Arbitrary<PricingModel> validPricingModels() {
    return pricingModels();
  }

  /**
   * Provides valid market snapshots.
   *
   * @return {@link #marketSnapshots()}
   */
  @Provide
  public Arbitrary<MarketSnapshot> validMarketSnapshots() {
    return marketSnapshots();
  }

  /**
   * Provides the built-in throughput models.
   *
   * @return {@link #throughputModels()}
   */
  @Provide
  public Arbitrary<ThroughputModel> validThroughputModels() {
    return throughputModels();
  }

  /**
   * Provides valid scenarios.
   *
   * @return {@link #scenarios()}
   */
  @Provide
  public Arbitrary<Scenario> validScenarios() {
    return scenarios();
  }

  // ------------------------------------------------------------------ static factories

  /**
   * Returns valid scenarios, with or without market facts and throughput model; at least one in six
   * has equal options (the baseline is the candidate).
   *
   * @return the arbitrary
   */
  public static Arbitrary<Scenario> scenarios() {
    return scenarios(marketSnapshots().optional(0.6));
  }

  /**
   * Returns valid scenarios that all have market facts.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Scenario> scenariosWithMarket() {
    return scenarios(marketSnapshots().map(Optional::of));
  }

  private static Arbitrary<Scenario> scenarios(Arbitrary<Optional<MarketSnapshot>> markets) {
    Arbitrary<Boolean> equalOptions =
        Arbitraries.frequencyOf(
            Tuple.of(1, Arbitraries.just(true)), Tuple.of(5, Arbitraries.just(false)));
    return Combinators.combine(
            fleets(),
            networkOptions(),
            networkOptions(),
            equalOptions,
            pricingModels(),
            markets,
            throughputModels().optional(0.5),
            yearBases())
        .as(
            (fleet, candidate, baseline, equal, pricing, market, model, year) -> {
              Scenario.Builder builder =
                  Scenario.builder()
                      .name("generated")
                      .fleet(fleet)
                      .candidate(candidate)
                      .baseline(equal ? candidate : baseline)
                      .pricing(pricing)
                      .yearBasis(year);
              market.ifPresent(builder::market);
              model.ifPresent(builder::throughputModel);
              return builder.build();
            });
  }

  /**
   * Returns valid fleets: 1 to 100,000 GPUs (one GPU in about one try in seven), a unit price from
   * USD 0 to USD 60,000, and no utilisation or one in [0, 1] with 0 and 1 each in about one try in
   * seven.
   *
   * @return the arbitrary
   */
  public static Arbitrary<GpuFleet> fleets() {
    Arbitrary<Long> counts =
        Arbitraries.frequencyOf(
            Tuple.of(1, Arbitraries.just(1L)),
            Tuple.of(6, Arbitraries.longs().between(1, 100_000)));
    Arbitrary<OptionalDouble> utilisations =
        Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.just(OptionalDouble.empty())),
            Tuple.of(1, Arbitraries.just(OptionalDouble.of(0))),
            Tuple.of(1, Arbitraries.just(OptionalDouble.of(1))),
            Tuple.of(2, Arbitraries.doubles().between(0, 1).ofScale(4).map(OptionalDouble::of)));
    return Combinators.combine(
            Arbitraries.of("H100", "H200", "B200", "MI300X"),
            counts,
            money("0", "60000", 2, 1, 9),
            utilisations)
        .as(
            (model, count, price, utilisation) -> {
              GpuFleet fleet = GpuFleet.of(model, count, price);
              return utilisation.isPresent()
                  ? fleet.withSoldUtilisation(utilisation.getAsDouble())
                  : fleet;
            });
  }

  /**
   * Returns valid network options: a port speed of 100 to 1,600 Gb/s, an effective-bandwidth
   * fraction in (0, 1] with four decimals (1 in about one try in ten), and an annual cost per GPU
   * from USD 0 (about one try in seven) to USD 20,000.
   *
   * @return the arbitrary
   */
  public static Arbitrary<NetworkOption> networkOptions() {
    return Combinators.combine(
            Arbitraries.of("AI Ethernet", "RoCE Ethernet", "InfiniBand"),
            Arbitraries.of(100.0, 200.0, 400.0, 800.0, 1600.0).map(Bandwidth::ofGbps),
            effectiveFractions(),
            money("0", "20000", 2, 1, 6))
        .as(NetworkOption::of);
  }

  /**
   * Returns effective-bandwidth fractions in (0, 1] with four decimals; exactly 1 in about one try
   * in ten.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Double> effectiveFractions() {
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(1.0)),
        Tuple.of(9, Arbitraries.doubles().between(0, false, 1, true).ofScale(4)));
  }

  /**
   * Returns valid pricing models: per GPU-minute (USD 0 to 10, zero in about one try in seven), per
   * GPU-hour (USD 0 to 600, zero likewise), per GPU-minute read from a token price (USD 0.01 to
   * 100), per GPU-hour with a token-price origin, and per million tokens (USD 0 to 100) at 1 to
   * 50,000 tokens per second per GPU.
   *
   * @return the arbitrary
   */
  public static Arbitrary<PricingModel> pricingModels() {
    Arbitrary<PricingModel> perMinute = money("0", "10", 4, 1, 6).map(PricingModel::perGpuMinute);
    Arbitrary<PricingModel> perHour = money("0", "600", 2, 1, 6).map(PricingModel::perGpuHour);
    Arbitrary<PricingModel> fromTokenPrice =
        money("0.01", "100", 2, 0, 1).map(PricingModel::perGpuMinuteFromTokenPrice);
    Arbitrary<PricingModel> perHourWithOrigin =
        Combinators.combine(money("0", "600", 2, 1, 6), money("0.01", "100", 2, 0, 1))
            .as(
                (price, origin) ->
                    PricingModel.PerGpuTime.of(price, GpuTimeUnit.HOUR)
                        .withTokenPriceOrigin(origin));
    Arbitrary<PricingModel> perToken =
        Combinators.combine(
                money("0", "100", 2, 1, 6), Arbitraries.doubles().between(1, 50_000).ofScale(1))
            .as(PricingModel::perMillionTokens);
    return Arbitraries.oneOf(perMinute, perHour, fromTokenPrice, perHourWithOrigin, perToken);
  }

  /**
   * Returns valid market snapshots: a run rate of USD 1 million to 50 billion, 1 to 10 million
   * active GPUs, 1 to 1 million GPUs sold last quarter, ASPs of USD 1 to 60,000.
   *
   * @return the arbitrary
   */
  public static Arbitrary<MarketSnapshot> marketSnapshots() {
    return Combinators.combine(
            money("1000000", "50000000000", 0, 0, 1),
            Arbitraries.longs().between(1, 10_000_000),
            Arbitraries.longs().between(1, 1_000_000),
            money("1", "60000", 2, 0, 1),
            money("1", "60000", 2, 0, 1))
        .as(
            (runRate, active, sold, blended, modelAsp) ->
                MarketSnapshot.builder()
                    .label("generated")
                    .networkRunRate(runRate)
                    .activeGpus(active)
                    .gpusSoldLastQuarter(sold)
                    .blendedAsp(blended)
                    .modelAsp("H100", modelAsp)
                    .build());
  }

  /**
   * Returns the built-in throughput models: the linear model, or an Amdahl model with an
   * exposed-communication share in (0, 1] (three decimals, 1 included).
   *
   * @return the arbitrary
   */
  public static Arbitrary<ThroughputModel> throughputModels() {
    Arbitrary<ThroughputModel> amdahl =
        Arbitraries.doubles().between(0, false, 1, true).ofScale(3).map(ThroughputModels::amdahl);
    return Arbitraries.oneOf(Arbitraries.just(ThroughputModels.linear()), amdahl);
  }

  /**
   * Returns year bases: mostly 365 days, sometimes 360 or 365.25 days.
   *
   * @return the arbitrary
   */
  public static Arbitrary<YearBasis> yearBases() {
    return Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.just(YearBasis.DAYS_365)),
        Tuple.of(1, Arbitraries.just(YearBasis.ofDays(360))),
        Tuple.of(1, Arbitraries.just(YearBasis.ofDays(365.25))));
  }

  /**
   * Returns amounts in USD between two decimals, with the given number of decimals; zero with
   * weight {@code zeroWeight} against {@code otherWeight}.
   */
  private static Arbitrary<CurrencyAmount> money(
      String min, String max, int scale, int zeroWeight, int otherWeight) {
    Arbitrary<CurrencyAmount> amounts =
        Arbitraries.bigDecimals()
            .between(new BigDecimal(min), new BigDecimal(max))
            .ofScale(scale)
            .map(decimal -> CurrencyAmount.of(USD, decimal.doubleValue()));
    if (zeroWeight == 0) {
      return amounts;
    }
    return Arbitraries.frequencyOf(
        Tuple.of(zeroWeight, Arbitraries.just(CurrencyAmount.zero(USD))),
        Tuple.of(otherWeight, amounts));
  }

  // ------------------------------------------------------------------ statistics

  /**
   * Collects statistics on the edge cases of a scenario and checks their coverage: the property
   * calling this fails unless its tries include at least one scenario with one GPU, with zero
   * utilisation, with equal options, with a zero network cost and with a zero GPU-time price. Call
   * it once per try, with the generated scenario.
   *
   * @param scenario the scenario of this try
   */
  public static void coverEdgeCases(Scenario scenario) {
    GpuFleet fleet = scenario.fleet();
    OptionalDouble utilisation = fleet.soldUtilisation();
    edgeCase("one GPU", fleet.count() == 1);
    edgeCase("zero utilisation", utilisation.isPresent() && utilisation.getAsDouble() == 0);
    edgeCase("equal options", scenario.candidate().equals(scenario.baseline()));
    edgeCase(
        "zero network cost",
        scenario.candidate().annualCostPerGpu().isZero()
            || scenario.baseline().annualCostPerGpu().isZero());
    edgeCase("zero GPU-time price", scenario.pricing().price().isZero());
  }

  private static void edgeCase(String label, boolean reached) {
    Statistics.label(label).collect(reached);
    Statistics.label(label).coverage(coverage -> coverage.check(true).count(n -> n > 0));
  }
}
