package dev.netroi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.netroi.reference.ReferenceArgument;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A scenario refuses a fleet smaller than the largest group of its throughput model's collectives,
 * and names that collective (1-based, in the model's order) whatever its place in the list: first,
 * last, or tied with another group of the same size (then the first of them).
 */
class ScenarioCollectiveGroupsTest {

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

  private static Collectives model(Collective... collectives) {
    return new Collectives(List.of(collectives));
  }

  private static Scenario.Builder fleetOf(long gpus) {
    return ReferenceArgument.mixtral().toBuilder().fleet(ReferenceArgument.fleet().withCount(gpus));
  }

  /** The largest group (64) comes first; a smaller one (16) after it. */
  private static final Collectives LARGEST_FIRST =
      model(
          Collective.of(CollectiveKind.ALL_TO_ALL, 1e6, 64),
          Collective.of(CollectiveKind.ALL_GATHER, 1e6, 16));

  /** Two groups of 64 ranks, then a smaller one: the first of the two is the one named. */
  private static final Collectives TIED =
      model(
          Collective.of(CollectiveKind.ALL_GATHER, 1e6, 64),
          Collective.of(CollectiveKind.ALL_TO_ALL, 1e6, 64),
          Collective.of(CollectiveKind.REDUCE, 1e6, 2));

  @Test
  void aFleetExactlyAsLargeAsTheLargestGroupIsAccepted() {
    assertThat(fleetOf(64).throughputModel(LARGEST_FIRST).build().fleet().count()).isEqualTo(64);
    assertThat(fleetOf(64).throughputModel(TIED).build().fleet().count()).isEqualTo(64);
  }

  /** 63 = 64 - 1 GPUs: one short of the all-to-all over 64 ranks, collective 1 of the model. */
  @Test
  void oneGpuFewerThanTheLargestGroupIsRefusedEvenWhenThatGroupComesFirst() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> fleetOf(63).throughputModel(LARGEST_FIRST).build())
        .withMessage(
            "throughputModel collective 1 (all-to-all over 64 ranks) needs fleet.count >= 64 but"
                + " was 63");
  }

  /** Collectives 1 and 2 both span 64 ranks; the message names the first, the all-gather. */
  @Test
  void ofTwoEquallyLargeGroupsTheFirstIsNamed() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> fleetOf(63).throughputModel(TIED).build())
        .withMessage(
            "throughputModel collective 1 (all-gather over 64 ranks) needs fleet.count >= 64 but"
                + " was 63");
  }

  /** Writing a fleet count below the group into a built scenario is refused the same way. */
  @Test
  void writingAFleetCountOneBelowTheGroupIsRefused() {
    Scenario scenario = fleetOf(64).throughputModel(LARGEST_FIRST).build();

    assertThat(scenario.with(InputPaths.FLEET_COUNT, 64)).isEqualTo(scenario);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> scenario.with(InputPaths.FLEET_COUNT, 63))
        .withMessage(
            "throughputModel collective 1 (all-to-all over 64 ranks) needs fleet.count >= 64 but"
                + " was 63");
  }
}
