package dev.netroi;

import static dev.netroi.TestMoney.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.netroi.reference.ReferenceArgument;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A network option owns its design: a stated annual cost or a fabric whose NICs are its ports, and
 * a scenario whose collectives need no more ranks than its fleet has GPUs.
 */
@DisplayName("An option owns its design")
class OptionDesignTest {

  private static final Bandwidth G400 = Bandwidth.ofGbps(400);
  private static final Bandwidth G800 = Bandwidth.ofGbps(800);

  private static final FabricPriceList PRICES =
      FabricPriceList.of(usd("30000"), usd("800"), usd("1500"), usd("100"));

  /** A fabric of 800 Gb/s NICs, radix 64, 5 years, support 0.1. */
  private static final NetworkFabric FABRIC_800 =
      NetworkFabric.of(FabricDesign.of(G800, 64, PRICES), 5, 0.1);

  private static final NetworkFabric FABRIC_400 =
      FABRIC_800.withDesign(FABRIC_800.design().withNicSpeed(G400));

  private static final NetworkOption STATED = ReferenceArgument.aiEthernet();

  private static final NetworkOption BUILT =
      NetworkOption.ofFabric("AI Ethernet", G800, 0.95, FABRIC_800);

  private static final String MISMATCH_400_800 =
      "fabric.nicSpeed 400 Gb/s must equal portSpeed 800 Gb/s (the fabric's NICs are the option's"
          + " ports)";

  @Nested
  @DisplayName("NetworkOption")
  class Options {

    @Test
    void aStatedOptionHasACostAndNoFabric() {
      assertThat(STATED.statedAnnualCostPerGpu()).contains(usd("3900"));
      assertThat(STATED.fabric()).isEmpty();
      assertThat(STATED.currency()).isEqualTo(TestMoney.USD);
      assertThat(STATED.inputNames())
          .containsExactlyInAnyOrder("portSpeed", "effectiveFraction", "annualCostPerGpu");
      assertThat(NetworkOption.stated("AI Ethernet", G800, 0.95, usd("3900"))).isEqualTo(STATED);
    }

    @Test
    void anOptionBuiltAsAFabricHasTheFabricAndNoStatedCost() {
      assertThat(BUILT.fabric()).contains(FABRIC_800);
      assertThat(BUILT.statedAnnualCostPerGpu()).isEmpty();
      assertThat(BUILT.currency()).isEqualTo(TestMoney.USD);
      assertThat(BUILT.inputNames())
          .containsExactlyInAnyOrder(
              "portSpeed",
              "effectiveFraction",
              "fabric.lifeYears",
              "fabric.annualSupportShare",
              "fabric.oversubscription",
              "fabric.switchPrice",
              "fabric.opticPrice",
              "fabric.nicPrice",
              "fabric.cablePrice",
              "fabric.switchWatts",
              "fabric.opticWatts",
              "fabric.nicWatts");
      assertThat(BUILT.input("fabric.switchPrice")).isEqualTo(30000.0);
      assertThat(BUILT.input("fabric.lifeYears")).isEqualTo(5.0);
      assertThat(BUILT.withInput("fabric.lifeYears", 4).fabric())
          .contains(FABRIC_800.withLifeYears(4));
    }

    @Test
    void aCostReplacesTheFabricAndAFabricReplacesTheCost() {
      assertThat(STATED.withFabric(FABRIC_800)).isEqualTo(BUILT);
      assertThat(BUILT.withAnnualCostPerGpu(usd("3900"))).isEqualTo(STATED);
      assertThat(BUILT.withFabric(FABRIC_800.withLifeYears(3)).fabric())
          .contains(FABRIC_800.withLifeYears(3));
    }

    @Test
    void withersChangeOneComponent() {
      assertThat(STATED.withName("IB")).isEqualTo(NetworkOption.of("IB", G800, 0.95, usd("3900")));
      assertThat(STATED.withPortSpeed(G400))
          .isEqualTo(NetworkOption.of("AI Ethernet", G400, 0.95, usd("3900")));
      assertThat(BUILT.withEffectiveFraction(0.9))
          .isEqualTo(NetworkOption.ofFabric("AI Ethernet", G800, 0.9, FABRIC_800));
      assertThat(BUILT.withPortSpeed(G800)).isEqualTo(BUILT);
    }

    @Test
    void aFabricWhoseNicSpeedIsNotThePortSpeedIsRefusedNamingBoth() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> NetworkOption.ofFabric("AI Ethernet", G800, 0.95, FABRIC_400))
          .withMessage(MISMATCH_400_800);
      assertThatIllegalArgumentException()
          .isThrownBy(() -> STATED.withFabric(FABRIC_400))
          .withMessage(MISMATCH_400_800);
      assertThatIllegalArgumentException()
          .isThrownBy(() -> BUILT.withPortSpeed(G400))
          .withMessage(
              "fabric.nicSpeed 800 Gb/s must equal portSpeed 400 Gb/s (the fabric's NICs are the"
                  + " option's ports)");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> BUILT.withInput("portSpeed", 800.5))
          .withMessage(
              "fabric.nicSpeed 800 Gb/s must equal portSpeed 800.5 Gb/s (the fabric's NICs are"
                  + " the option's ports)");
    }

    @Test
    void withAFabricThePortSpeedRuleAcceptsOnlyTheNicSpeed() {
      InputRule rule = BUILT.inputRule("portSpeed");

      assertThat(rule.test(800)).isTrue();
      assertThat(rule.test(400)).isFalse();
      assertThat(rule.test(Math.nextUp(800.0))).isFalse();
      assertThat(rule.test(Math.nextDown(800.0))).isFalse();
      assertThat(rule.test(Double.NaN)).isFalse();
      assertThat(rule).hasToString("(0, ...) equal to fabric.nicSpeed 800 Gb/s");
      assertThat(STATED.inputRule("portSpeed")).isEqualTo(InputRule.positive());
    }

    @Test
    void neitherTheCostNorTheFabricMayBeNull() {
      assertThatNullPointerException()
          .isThrownBy(() -> NetworkOption.stated("x", G800, 0.5, null))
          .withMessage("annualCostPerGpu must not be null");
      assertThatNullPointerException()
          .isThrownBy(() -> NetworkOption.ofFabric("x", G800, 0.5, null))
          .withMessage("fabric must not be null");
      assertThatNullPointerException()
          .isThrownBy(() -> BUILT.withAnnualCostPerGpu(null))
          .withMessage("annualCostPerGpu must not be null");
    }

    @Test
    void toStringShowsTheCostOrTheFabric() {
      assertThat(STATED)
          .hasToString("NetworkOption[AI Ethernet: 800 Gb/s x 0.95, USD 3900.00 per GPU-year]");
      assertThat(BUILT)
          .hasToString(
              "NetworkOption[AI Ethernet: 800 Gb/s x 0.95, built as NetworkFabric[FabricDesign[1 x"
                  + " 800 Gb/s per GPU, radix 64, smallest tiers that fit, 1:1], 5 years, support"
                  + " 0.1 of capex a year]]");
    }
  }

  @Nested
  @DisplayName("in a scenario")
  class InAScenario {

    private final Scenario mixtral = ReferenceArgument.mixtral();
    private final Scenario built = mixtral.toBuilder().candidate(BUILT).build();

    @Test
    void theFabricIsTheOptionsAndItsPathsAreUnderTheOption() {
      assertThat(built.fabric(OptionRole.CANDIDATE)).contains(FABRIC_800);
      assertThat(built.fabric(OptionRole.BASELINE)).isEmpty();
      assertThat(OptionRole.CANDIDATE.fabricPath("switchPrice"))
          .isEqualTo(InputPath.of("candidate.fabric.switchPrice"));
      assertThat(built.valueAt("candidate.fabric.switchPrice")).isEqualTo(30000.0);
      assertThat(built.with("candidate.fabric.switchPrice", 25000).fabric(OptionRole.CANDIDATE))
          .contains(
              FABRIC_800.withDesign(
                  FABRIC_800.design().withPrices(PRICES.withInput("switchPrice", 25000))));
    }

    @Test
    void aPortSpeedThatIsNotTheNicSpeedIsRefusedByWithAndByTheRule() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> built.with(InputPaths.CANDIDATE_PORT_SPEED, 400))
          .withMessage(
              "candidate.portSpeed: fabric.nicSpeed 800 Gb/s must equal portSpeed 400 Gb/s (the"
                  + " fabric's NICs are the option's ports)");
      InputRule rule = built.inputRule(InputPaths.CANDIDATE_PORT_SPEED);
      assertThat(rule.test(400)).isFalse();
      assertThat(rule.test(800)).isTrue();
      assertThat(built.with(InputPaths.CANDIDATE_PORT_SPEED, 800)).isEqualTo(built);
      // the baseline states its cost: any positive speed
      assertThat(built.inputRule(InputPaths.BASELINE_PORT_SPEED).test(400)).isTrue();
    }
  }

  @Nested
  @DisplayName("collective groups")
  class Groups {

    /** A model that only lists collectives, as the collective model of netroi-impl does. */
    private record Collectives(List<Collective> collectives) implements ThroughputModel {
      private static final long serialVersionUID = 1L;

      @Override
      public String name() {
        return "collectives";
      }

      @Override
      public String formula() {
        return "throughput factor = 1";
      }

      @Override
      public double throughputFactor(NetworkOption option, Scenario scenario) {
        return 1;
      }
    }

    private static final Collectives HUGE =
        new Collectives(List.of(Collective.of(CollectiveKind.ALL_REDUCE, 1e9, 65_536)));

    /** Collectives over 16 and 64 ranks: the fleet needs at least 64 GPUs. */
    private static final Collectives TWO =
        new Collectives(
            List.of(
                Collective.of(CollectiveKind.ALL_GATHER, 1e6, 16),
                Collective.of(CollectiveKind.ALL_TO_ALL, 1e6, 64)));

    private Scenario.Builder fleetOf(long gpus) {
      return ReferenceArgument.mixtral().toBuilder()
          .fleet(ReferenceArgument.fleet().withCount(gpus));
    }

    @Test
    void aGroupLargerThanTheFleetIsRefusedNamingBoth() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> fleetOf(8).throughputModel(HUGE).build())
          .withMessage(
              "throughputModel collective 1 (all-reduce over 65536 ranks) needs fleet.count >="
                  + " 65536 but was 8");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> fleetOf(32).throughputModel(TWO).build())
          .withMessage(
              "throughputModel collective 2 (all-to-all over 64 ranks) needs fleet.count >= 64 but"
                  + " was 32");
    }

    @Test
    void aFleetAsLargeAsTheLargestGroupIsAccepted() {
      assertThat(fleetOf(64).throughputModel(TWO).build().fleet().count()).isEqualTo(64);
      assertThat(fleetOf(65_536).throughputModel(HUGE).build().throughputModel()).contains(HUGE);
      // a model without collectives puts no bound on the fleet
      assertThat(ThroughputModel.class.cast(new Collectives(List.of())).collectives()).isEmpty();
      assertThat(fleetOf(1).throughputModel(new Collectives(List.of())).build().fleet().count())
          .isEqualTo(1);
    }

    @Test
    void theFleetCountRuleAcceptsOnlyCountsFromTheLargestGroup() {
      Scenario s = fleetOf(64).throughputModel(TWO).build();
      InputRule rule = s.inputRule(InputPaths.FLEET_COUNT);

      assertThat(rule.test(64)).isTrue();
      assertThat(rule.test(1_000)).isTrue();
      assertThat(rule.test(63)).isFalse();
      assertThat(rule.test(64.5)).isFalse();
      assertThat(rule)
          .hasToString(
              "whole numbers in (0, 9007199254740992] at least the largest collective group of"
                  + " the throughput model, 64");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> s.with(InputPaths.FLEET_COUNT, 63))
          .withMessage(
              "throughputModel collective 2 (all-to-all over 64 ranks) needs fleet.count >= 64 but"
                  + " was 63");
      // without collectives the rule is the fleet's own
      assertThat(ReferenceArgument.mixtral().inputRule(InputPaths.FLEET_COUNT).test(1)).isTrue();
    }
  }
}
