package dev.netroi.testkit;

import static dev.netroi.testkit.PropertyChecks.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.netroi.CurrencyAmount;
import dev.netroi.GpuFleet;
import dev.netroi.Lifetime;
import dev.netroi.NetworkOption;
import dev.netroi.PricingModel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;

/**
 * The test kit's value generators keep the promises their Javadoc makes: their values stay in the
 * ranges they state, most of them are ordinary, and the edge cases of each value, the extremes its
 * rules allow included, are reached. (The scenario generators, which draw the built-in throughput
 * models of {@code netroi-impl}, are checked there, by {@code ScenarioGeneratorsProperties}.)
 */
class NetroiDomainProperties {

  /** Huge: USD 1 billion or more, watts likewise. */
  private static final double HUGE = 1e9;

  @Test
  void shuffledGivesPermutationsOfTheItemsAndReachesOtherOrders() {
    Coverage<List<Integer>> orders =
        Coverage.<List<Integer>>of("orders of 0..n")
            .require("the given order", order -> isSorted(order))
            .requireShare("another order", 0.5, order -> !isSorted(order));

    qt().forAll(integers().between(0, 30).flatMap(n -> NetroiDomain.shuffled(range(n))))
        .checkAssert(
            order -> {
              orders.record(order);
              List<Integer> sorted = new ArrayList<>(order);
              sorted.sort(null);
              assertThat(sorted).isEqualTo(range(order.size()));
            });
    orders.check();
  }

  @Test
  void decimalsStayWithinTheirBoundsWithTheirScaleAndReachBoth() {
    Coverage<Double> bounds =
        Coverage.<Double>of("decimals in [0.0001, 1]")
            .require("the lower bound", d -> d == 0.0001)
            .require("the upper bound", d -> d == 1.0);

    qt().forAll(NetroiDomain.decimals("0.0001", "1", 4))
        .checkAssert(
            d -> {
              bounds.record(d);
              assertThat(d).isBetween(0.0001, 1.0);
              assertThat(BigDecimal.valueOf(d).stripTrailingZeros().scale()).isLessThanOrEqualTo(4);
            });
    bounds.check();
  }

  @Test
  void lifetimesKeepTheirRangesAndReachTheirEdgesAndTheLimitsOfTheRules() {
    Coverage<Lifetime> edges =
        Coverage.<Lifetime>of("lifetimes")
            .require("a 1-year horizon", l -> l.horizonYears() == 1)
            .require("a 5-year horizon", l -> l.horizonYears() == 5)
            .require("a 30-year horizon", l -> l.horizonYears() == 30)
            .require("a horizon above 30 years", l -> l.horizonYears() > 30)
            .require("a 100-year horizon", l -> l.horizonYears() == Lifetime.MAX_HORIZON_YEARS)
            .require("a zero discount rate", l -> l.discountRate() == 0)
            .require("a negative discount rate", l -> l.discountRate() < 0)
            .require("a discount rate within 1e-6 of -1", l -> l.discountRate() + 1 <= 1e-6)
            .require("a discount rate of 5 or more", l -> l.discountRate() >= 5)
            .require("a GPU life below the horizon", l -> l.gpuLifeYears() < l.horizonYears())
            .require("a GPU life equal to the horizon", l -> l.gpuLifeYears() == l.horizonYears())
            .require("a GPU life above the horizon", l -> l.gpuLifeYears() > l.horizonYears())
            .require("a fractional GPU life", l -> l.gpuLifeYears() != Math.rint(l.gpuLifeYears()))
            .require("a zero residual share", l -> l.gpuResidualShare() == 0)
            .require("a residual share of 1", l -> l.gpuResidualShare() == 1)
            .require("zero watts", l -> l.gpuWatts() == 0)
            .require("huge watts", l -> l.gpuWatts() >= HUGE)
            .require("a PUE of 1", l -> l.pue() == 1)
            .require("a zero electricity price", l -> l.electricityPricePerKwh().isZero())
            .require("a huge electricity price", l -> l.electricityPricePerKwh().amount() >= HUGE)
            .require("no hosting price", l -> l.hostingPricePerKwMonth().isZero())
            .require("a hosting price", l -> !l.hostingPricePerKwMonth().isZero())
            .require("a zero first-year ramp", l -> l.firstYearRamp() == 0)
            .require("a first-year ramp of 1", l -> l.firstYearRamp() == 1)
            // most terms are ordinary: the extremes are about a tenth
            .requireShare("ordinary terms", 0.85, l -> !isExtreme(l));

    qt().forAll(NetroiDomain.lifetimes())
        .checkAssert(
            lifetime -> {
              edges.record(lifetime);
              assertThat(lifetime.horizonYears()).isBetween(1, Lifetime.MAX_HORIZON_YEARS);
              assertThat(lifetime.discountRate())
                  .isGreaterThan(-1)
                  .isLessThanOrEqualTo(Lifetime.MAX_DISCOUNT_RATE);
              assertThat(lifetime.gpuLifeYears()).isPositive();
              assertThat(lifetime.gpuResidualShare()).isBetween(0.0, 1.0);
              assertThat(isOrdinaryOrHuge(lifetime.gpuWatts(), 2000))
                  .as("%s W in [0, 2000] or [1e9, 1e12]", lifetime.gpuWatts())
                  .isTrue();
              assertThat(lifetime.pue()).isBetween(1.0, 2.0);
              assertOrdinaryOrHuge(lifetime.electricityPricePerKwh(), 0.5);
              assertOrdinaryOrHuge(lifetime.hostingPricePerKwMonth(), 300);
              assertThat(lifetime.firstYearRamp()).isBetween(0.0, 1.0);
              assertThat(lifetime.currency()).isEqualTo(NetroiDomain.USD);
              assertThat(lifetime.toBuilder().build()).isEqualTo(lifetime);
            });
    edges.check();
  }

  @Test
  void lifetimesInACurrencyHaveTheirPricesInIt() {
    qt().forAll(
            NetroiDomain.currencies()
                .flatMap(
                    currency -> NetroiDomain.lifetimesIn(currency).map(l -> Pair.of(currency, l))))
        .checkAssert(pair -> assertThat(pair._2.currency()).isEqualTo(pair._1));
  }

  @Test
  void fleetsKeepTheirRangesAndReachTheirEdgesAndTheLimitsOfTheRules() {
    Coverage<GpuFleet> edges =
        Coverage.<GpuFleet>of("fleets")
            .requireShare("one GPU", 0.08, f -> f.count() == 1)
            .require("more than 100,000 GPUs", f -> f.count() > 100_000)
            .require("a huge count, 2^53 or more", f -> f.count() >= NetroiDomain.MAX_EXACT_COUNT)
            .require("a free GPU", f -> f.unitPrice().isZero())
            .require("a huge unit price", f -> f.unitPrice().amount() >= HUGE)
            .require("no utilisation", f -> f.soldUtilisation().isEmpty())
            .require("zero utilisation", f -> f.soldUtilisation().equals(OptionalDouble.of(0)))
            .require("full utilisation", f -> f.soldUtilisation().equals(OptionalDouble.of(1)))
            // most fleets are ordinary: up to 100,000 GPUs at up to USD 60,000
            .requireShare(
                "ordinary fleets",
                0.9,
                f -> f.count() <= 100_000 && f.unitPrice().amount() <= 60_000);

    qt().forAll(NetroiDomain.fleets())
        .checkAssert(
            fleet -> {
              edges.record(fleet);
              assertThat(fleet.count()).isPositive();
              assertOrdinaryOrHuge(fleet.unitPrice(), 60_000);
            });
    edges.check();
  }

  @Test
  void networkOptionsKeepTheirRangesAndReachTheirEdgesAndTheLimitsOfTheRules() {
    Coverage<NetworkOption> edges =
        Coverage.<NetworkOption>of("network options")
            .require("fraction 1", o -> o.effectiveFraction() == 1)
            .require("a fraction below 0.0001", o -> o.effectiveFraction() < 0.0001)
            .require("a free network", o -> statedCost(o) == 0)
            .require("a huge annual cost", o -> statedCost(o) >= HUGE)
            .require(
                "an option built as a fabric whose NIC speed is its port speed",
                o ->
                    o.fabric().filter(f -> f.design().nicSpeed().equals(o.portSpeed())).isPresent())
            .requireShare("options built as a fabric", 0.05, o -> o.fabric().isPresent())
            .require("a port speed below 100 Gb/s", o -> o.portSpeed().gbps() < 100)
            .require("a port speed above 1,600 Gb/s", o -> o.portSpeed().gbps() > 1600)
            // most options are ordinary
            .requireShare(
                "ordinary options",
                0.85,
                o ->
                    o.portSpeed().gbps() >= 100
                        && o.portSpeed().gbps() <= 1600
                        && o.effectiveFraction() >= 0.0001
                        && statedCost(o) <= 20_000);

    qt().forAll(NetroiDomain.networkOptions())
        .checkAssert(
            option -> {
              edges.record(option);
              assertThat(option.effectiveFraction()).isGreaterThan(0).isLessThanOrEqualTo(1);
              assertThat(option.fabric().isPresent())
                  .isNotEqualTo(option.statedAnnualCostPerGpu().isPresent());
              option.statedAnnualCostPerGpu().ifPresent(c -> assertOrdinaryOrHuge(c, 20_000));
            });
    edges.check();
  }

  /** The option's stated cost, or -1 for an option built as a fabric. */
  private static double statedCost(NetworkOption option) {
    return option.statedAnnualCostPerGpu().map(CurrencyAmount::amount).orElse(-1.0);
  }

  @Test
  void pricingModelsReachZeroAndHugePrices() {
    Coverage<PricingModel> edges =
        Coverage.<PricingModel>of("pricing models")
            .require("a zero price", p -> p.price().isZero())
            .require("a huge price", p -> p.price().amount() >= HUGE);

    // a huge price is one example in 125: 3,000 examples reach it about 24 times
    qt(3000)
        .forAll(NetroiDomain.pricingModels())
        .checkAssert(
            pricing -> {
              edges.record(pricing);
              assertThat(pricing.price().currency()).isEqualTo(NetroiDomain.USD);
            });
    edges.check();
  }

  @Test
  void theThroughputModelsNeedNetroiImplOnTheClassPath() {
    assertThatThrownBy(NetroiDomain::throughputModels)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "NetroiDomain.throughputModels() needs netroi-impl on the class path:"
                + " dev.netroi.throughput.ThroughputModels.linear was not found");
  }

  private static void assertOrdinaryOrHuge(CurrencyAmount amount, double ordinaryMax) {
    assertThat(amount.currency()).isEqualTo(NetroiDomain.USD);
    assertThat(isOrdinaryOrHuge(amount.amount(), ordinaryMax))
        .as("%s in [0, %s] or [1e9, 1e12]", amount, ordinaryMax)
        .isTrue();
  }

  private static boolean isOrdinaryOrHuge(double value, double ordinaryMax) {
    return (value >= 0 && value <= ordinaryMax) || (value >= HUGE && value <= 1e12);
  }

  private static boolean isExtreme(Lifetime l) {
    return l.horizonYears() > 30
        || l.discountRate() < -0.5
        || l.discountRate() > 0.5
        || l.gpuWatts() >= HUGE
        || l.electricityPricePerKwh().amount() >= HUGE
        || l.hostingPricePerKwMonth().amount() >= HUGE;
  }

  private static List<Integer> range(int n) {
    List<Integer> items = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      items.add(i);
    }
    return items;
  }

  private static boolean isSorted(List<Integer> order) {
    for (int i = 1; i < order.size(); i++) {
      if (order.get(i - 1) > order.get(i)) {
        return false;
      }
    }
    return true;
  }
}
