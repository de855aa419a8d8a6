package dev.netroi;

import static dev.netroi.TestMoney.EUR;
import static dev.netroi.TestMoney.USD;
import static dev.netroi.TestMoney.usd;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The hash contract of the value classes that are final classes rather than records ({@link
 * FabricDesign}, {@link Workload}, {@link NetworkOption}, {@link NetworkFabric}, {@link
 * CashFlows}): equal values have equal hash codes ({@link EqualsTester}), and values that differ in
 * one field have different hash codes, so that a {@code HashMap} or {@code HashSet} of designs,
 * options or workloads (a sweep's keys, a cache of results) keeps them in different buckets rather
 * than in a single list. The pairs are picked by hand, one per field; each value differs from the
 * base value in that field only.
 */
class FinalValueHashCodesTest {

  private static final FabricPriceList PRICES =
      FabricPriceList.of(usd("30000"), usd("800"), usd("1500"), usd("100"));
  private static final FabricDesign DESIGN = FabricDesign.of(Bandwidth.ofGbps(800), 64, PRICES);
  private static final NetworkFabric FABRIC = NetworkFabric.of(DESIGN, 5, 0.1);
  private static final Collective ALL_REDUCE = Collective.of(CollectiveKind.ALL_REDUCE, 1e9, 8);
  private static final Workload STEP =
      Workload.builder()
          .name("step")
          .computeSeconds(1)
          .overlapShare(0.5)
          .latencySeconds(5e-6)
          .collectives(List.of(ALL_REDUCE))
          .source("assumption")
          .build();
  private static final NetworkOption OPTION =
      NetworkOption.of("AI Ethernet", Bandwidth.ofGbps(800), 0.95, usd("3900"));

  /** Each value's hash code differs from the first one's, and from each other's. */
  private static void assertHashCodesDiffer(Object base, List<?> oneFieldChanged) {
    for (Object changed : oneFieldChanged) {
      assertThat(changed).as("a value with one field changed").isNotEqualTo(base);
      assertThat(changed.hashCode())
          .as("hash code of %s vs %s", changed, base)
          .isNotEqualTo(base.hashCode());
    }
  }

  @Test
  void fabricDesignsThatDifferInOneFieldHaveDifferentHashCodes() {
    new EqualsTester()
        .addEqualityGroup(DESIGN, FabricDesign.of(Bandwidth.ofGbps(800), 64, PRICES))
        .addEqualityGroup(DESIGN.withSwitchRadix(128))
        .testEquals();
    assertHashCodesDiffer(
        DESIGN,
        List.of(
            DESIGN.withNicsPerGpu(2),
            DESIGN.withNicSpeed(Bandwidth.ofGbps(400)),
            DESIGN.withSwitchRadix(128),
            DESIGN.withTiers(2),
            DESIGN.withOversubscription(2),
            DESIGN.withRails(true, 8),
            DESIGN.withPrices(
                FabricPriceList.of(usd("25000"), usd("800"), usd("1500"), usd("100")))));
  }

  @Test
  void networkFabricsThatDifferInOneFieldHaveDifferentHashCodes() {
    new EqualsTester()
        .addEqualityGroup(FABRIC, NetworkFabric.of(DESIGN, 5, 0.1))
        .addEqualityGroup(FABRIC.withLifeYears(4))
        .testEquals();
    assertHashCodesDiffer(
        FABRIC,
        List.of(
            FABRIC.withDesign(DESIGN.withSwitchRadix(128)),
            FABRIC.withLifeYears(4),
            FABRIC.withAnnualSupportShare(0.2)));
  }

  @Test
  void networkOptionsThatDifferInOneFieldHaveDifferentHashCodes() {
    new EqualsTester()
        .addEqualityGroup(
            OPTION, NetworkOption.of("AI Ethernet", Bandwidth.ofGbps(800), 0.95, usd("3900.00")))
        .addEqualityGroup(OPTION.withEffectiveFraction(0.6))
        .testEquals();
    assertHashCodesDiffer(
        OPTION,
        List.of(
            OPTION.withName("InfiniBand"),
            OPTION.withPortSpeed(Bandwidth.ofGbps(400)),
            OPTION.withEffectiveFraction(0.6),
            OPTION.withAnnualCostPerGpu(usd("3000")),
            OPTION.withFabric(FABRIC)));
  }

  @Test
  void workloadsThatDifferInOneFieldHaveDifferentHashCodes() {
    new EqualsTester()
        .addEqualityGroup(STEP, STEP.toBuilder().build())
        .addEqualityGroup(STEP.withComputeSeconds(2))
        .testEquals();
    assertHashCodesDiffer(
        STEP,
        List.of(
            STEP.withName("other step"),
            STEP.withComputeSeconds(2),
            STEP.withOverlapShare(0.25),
            STEP.withLatencySeconds(1e-6),
            STEP.withCollectives(List.of()),
            STEP.withSource("measured")));
  }

  /**
   * Same amounts in another currency, and the same currency with another amount: the currency
   * counts in the hash code as well as the amounts.
   */
  @Test
  void cashFlowsThatDifferInCurrencyOrOneAmountHaveDifferentHashCodes() {
    CashFlows upgrade = CashFlows.of(USD, -1000, 600, 600);
    new EqualsTester()
        .addEqualityGroup(upgrade, CashFlows.of(USD, -1e3, 6e2, 6e2))
        .addEqualityGroup(CashFlows.of(EUR, -1000, 600, 600))
        .testEquals();
    assertHashCodesDiffer(
        upgrade,
        List.of(
            CashFlows.of(EUR, -1000, 600, 600),
            CashFlows.of(USD, -1000, 600, 700),
            CashFlows.of(USD, -1000, 600)));
  }
}
