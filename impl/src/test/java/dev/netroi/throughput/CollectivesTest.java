package dev.netroi.throughput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.netroi.Bandwidth;
import dev.netroi.Collective;
import dev.netroi.CollectiveKind;
import dev.netroi.Workload;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of the alpha-beta model. The bus-bandwidth factors are those of the NCCL tests'
 * performance notes (github.com/NVIDIA/nccl-tests, doc/PERFORMANCE.md): "busBw = algBw x factor",
 * with 2(n-1)/n for all-reduce, (n-1)/n for reduce-scatter, all-gather and all-to-all, and 1 for
 * broadcast and reduce.
 */
class CollectivesTest {

  /** 800 Gb/s at full line rate: 100 GB/s. */
  private static final double B = Collectives.bytesPerSecond(Bandwidth.ofGbps(800), 1.0);

  @Test
  void busBandwidthFactorsAreThoseOfTheNcclTests() {
    assertThat(Collectives.busBandwidthFactor(CollectiveKind.ALL_REDUCE, 8)).isEqualTo(1.75);
    assertThat(Collectives.busBandwidthFactor(CollectiveKind.ALL_REDUCE, 2)).isEqualTo(1.0);
    assertThat(Collectives.busBandwidthFactor(CollectiveKind.ALL_GATHER, 8)).isEqualTo(0.875);
    assertThat(Collectives.busBandwidthFactor(CollectiveKind.REDUCE_SCATTER, 8)).isEqualTo(0.875);
    assertThat(Collectives.busBandwidthFactor(CollectiveKind.ALL_TO_ALL, 4)).isEqualTo(0.75);
    assertThat(Collectives.busBandwidthFactor(CollectiveKind.BROADCAST, 64)).isEqualTo(1.0);
    assertThat(Collectives.busBandwidthFactor(CollectiveKind.REDUCE, 64)).isEqualTo(1.0);
  }

  @Test
  void ringsTakeTwiceNMinusOneStepsForAnAllReduceAndNMinusOneForTheOthers() {
    assertThat(Collectives.latencySteps(CollectiveKind.ALL_REDUCE, 8)).isEqualTo(14);
    for (CollectiveKind kind :
        List.of(
            CollectiveKind.ALL_GATHER,
            CollectiveKind.REDUCE_SCATTER,
            CollectiveKind.ALL_TO_ALL,
            CollectiveKind.BROADCAST,
            CollectiveKind.REDUCE)) {
      assertThat(Collectives.latencySteps(kind, 8)).as(kind.label()).isEqualTo(7);
    }
  }

  @Test
  void aGigabyteAllReduceOnEightGpusAt800GbpsTakes17Point5Milliseconds() {
    Collective allReduce = Collective.of(CollectiveKind.ALL_REDUCE, 1e9, 8);

    double seconds = Collectives.seconds(allReduce, B, 0);

    assertThat(B).isEqualTo(100e9);
    assertThat(seconds).isCloseTo(0.0175, within(1e-15)); // 1.75 x 1 GB / 100 GB/s
    assertThat(Collectives.algorithmBandwidth(1e9, seconds)).isCloseTo(57.142857e9, within(1e3));
    assertThat(Collectives.busBandwidth(allReduce, seconds)).isCloseTo(100e9, within(1e-3));
    // with 5 µs per step, 14 steps add 70 µs
    assertThat(Collectives.seconds(allReduce, B, 5e-6)).isCloseTo(0.01757, within(1e-15));
  }

  @Test
  void theStepHidesOverlappedCommunicationUnderComputeButNoMoreThanTheCompute() {
    Collective allReduce = Collective.of(CollectiveKind.ALL_REDUCE, 1e9, 2); // 10 ms at 100 GB/s
    Workload step =
        Workload.builder()
            .name("w")
            .computeSeconds(0.004)
            .overlapShare(0.5)
            .latencySeconds(0)
            .collectives(List.of(allReduce))
            .source("test")
            .build();

    assertThat(Collectives.communicationSeconds(step, B)).isCloseTo(0.010, within(1e-15));
    // half of 10 ms would hide, but there are only 4 ms of compute: 4 + (10 - 4)
    assertThat(Collectives.stepSeconds(step, B)).isCloseTo(0.010, within(1e-15));
    // with 40 ms of compute, 5 ms hide: 40 + 5
    assertThat(Collectives.stepSeconds(step.withComputeSeconds(0.040), B))
        .isCloseTo(0.045, within(1e-15));
    assertThat(
            Collectives.throughputFactor(
                step.withComputeSeconds(0.040), Bandwidth.ofGbps(800), 1.0))
        .isCloseTo(0.040 / 0.045, within(1e-15));
  }

  @Test
  void countsPerStepMultiplyTheTime() {
    Collective once = Collective.of(CollectiveKind.ALL_TO_ALL, 1e8, 8);
    Collective often = new Collective(CollectiveKind.ALL_TO_ALL, 1e8, 8, 128);
    Workload a =
        Workload.builder()
            .name("a")
            .computeSeconds(1)
            .overlapShare(0)
            .latencySeconds(5e-6)
            .collectives(List.of(once))
            .source("test")
            .build();

    assertThat(Collectives.communicationSeconds(a.withCollectives(List.of(often)), B))
        .isCloseTo(128 * Collectives.communicationSeconds(a, B), within(1e-12));
  }

  @Test
  void aStepWithoutCommunicationRunsAtFullSpeedOnAnyNetwork() {
    Workload silent =
        Workload.builder()
            .name("silent")
            .computeSeconds(1)
            .overlapShare(0)
            .latencySeconds(5e-6)
            .collectives(List.of())
            .source("test")
            .build();

    assertThat(Collectives.throughputFactor(silent, Bandwidth.ofGbps(100), 0.01)).isEqualTo(1.0);
    assertThat(Collectives.stepSeconds(silent, 1)).isEqualTo(1.0);
  }

  @Test
  void badArgumentsAreRefusedNamingFieldRuleAndValue() {
    assertThatThrownBy(() -> Collectives.busBandwidthFactor(CollectiveKind.ALL_REDUCE, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "n (the group size) must be at least 2 (a collective needs two ranks) but was 1");
    assertThatThrownBy(() -> Collectives.latencySteps(CollectiveKind.BROADCAST, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("but was 0");
    Collective c = Collective.of(CollectiveKind.ALL_REDUCE, 1e9, 8);
    assertThatThrownBy(() -> Collectives.seconds(c, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bytesPerSecond must be positive but was 0");
    assertThatThrownBy(() -> Collectives.seconds(c, B, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("latencySeconds must not be negative but was -1");
    assertThatThrownBy(() -> Collectives.bytesPerSecond(Bandwidth.ofGbps(800), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("effectiveFraction must be in (0, 1] but was 0");
    assertThatThrownBy(() -> Collectives.algorithmBandwidth(-1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bytes must not be negative but was -1");
    assertThatThrownBy(() -> Collectives.algorithmBandwidth(1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("seconds must be positive but was 0");
  }
}
