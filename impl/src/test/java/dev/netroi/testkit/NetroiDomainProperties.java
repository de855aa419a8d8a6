package dev.netroi.testkit;

import static dev.netroi.testkit.PropertyChecks.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.netroi.Lifetime;
import dev.netroi.Scenario;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The test kit's own generators keep the promises their Javadoc makes. */
class NetroiDomainProperties {

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
  void scenariosAreValidAndRebuildToThemselves() {
    Coverage<Scenario> edges =
        NetroiDomain.scenarioEdgeCases()
            .require("market facts", scenario -> scenario.market().isPresent())
            .require("no market facts", scenario -> scenario.market().isEmpty())
            .require("a throughput model", scenario -> scenario.throughputModel().isPresent())
            .require("fraction 1", scenario -> scenario.candidate().effectiveFraction() == 1)
            // lifetime terms one time in three
            .requireShare("no lifetime terms", 0.55, scenario -> scenario.lifetime().isEmpty())
            .requireShare(
                "lifetime terms in a quarter", 0.25, scenario -> scenario.lifetime().isPresent());

    qt().forAll(NetroiDomain.scenarios())
        .checkAssert(
            scenario -> {
              edges.record(scenario);
              assertThat(scenario.toBuilder().build()).isEqualTo(scenario);
              assertThat(scenario.fleet().count()).isBetween(1L, 100_000L);
              assertThat(scenario.candidate().effectiveFraction())
                  .isGreaterThan(0)
                  .isLessThanOrEqualTo(1);
              assertThat(scenario.candidate().annualCostPerGpu().currency())
                  .isEqualTo(NetroiDomain.USD);
            });
    edges.check();
  }

  @Test
  void lifetimesKeepTheirRangesAndReachTheirEdges() {
    Coverage<Lifetime> edges =
        Coverage.<Lifetime>of("lifetimes")
            .require("a 1-year horizon", l -> l.horizonYears() == 1)
            .require("a 5-year horizon", l -> l.horizonYears() == 5)
            .require("a 30-year horizon", l -> l.horizonYears() == 30)
            .require("a zero discount rate", l -> l.discountRate() == 0)
            .require("a negative discount rate", l -> l.discountRate() < 0)
            .require("a GPU life below the horizon", l -> l.gpuLifeYears() < l.horizonYears())
            .require("a GPU life equal to the horizon", l -> l.gpuLifeYears() == l.horizonYears())
            .require("a GPU life above the horizon", l -> l.gpuLifeYears() > l.horizonYears())
            .require("a fractional GPU life", l -> l.gpuLifeYears() != Math.rint(l.gpuLifeYears()))
            .require("a zero residual share", l -> l.gpuResidualShare() == 0)
            .require("a residual share of 1", l -> l.gpuResidualShare() == 1)
            .require("zero watts", l -> l.gpuWatts() == 0)
            .require("a zero electricity price", l -> l.electricityPricePerKwh().isZero())
            .require("no hosting price", l -> l.hostingPricePerKwMonth().isZero())
            .require("a hosting price", l -> !l.hostingPricePerKwMonth().isZero())
            .require("a zero first-year ramp", l -> l.firstYearRamp() == 0)
            .require("a first-year ramp of 1", l -> l.firstYearRamp() == 1);

    qt().forAll(NetroiDomain.lifetimes())
        .checkAssert(
            lifetime -> {
              edges.record(lifetime);
              assertThat(lifetime.horizonYears()).isBetween(1, 30);
              assertThat(lifetime.discountRate()).isBetween(-0.5, 0.5);
              assertThat(lifetime.gpuLifeYears()).isPositive();
              assertThat(lifetime.gpuResidualShare()).isBetween(0.0, 1.0);
              assertThat(lifetime.gpuWatts()).isBetween(0.0, 2000.0);
              assertThat(lifetime.pue()).isBetween(1.0, 2.0);
              assertThat(lifetime.electricityPricePerKwh().amount()).isBetween(0.0, 0.5);
              assertThat(lifetime.hostingPricePerKwMonth().amount()).isBetween(0.0, 300.0);
              assertThat(lifetime.firstYearRamp()).isBetween(0.0, 1.0);
              assertThat(lifetime.currency()).isEqualTo(NetroiDomain.USD);
              assertThat(lifetime.toBuilder().build()).isEqualTo(lifetime);
            });
    edges.check();
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
