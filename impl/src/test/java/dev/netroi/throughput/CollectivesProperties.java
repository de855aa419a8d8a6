package dev.netroi.throughput;

import static dev.netroi.testkit.PropertyChecks.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.netroi.Bandwidth;
import dev.netroi.Collective;
import dev.netroi.CollectiveKind;
import dev.netroi.Workload;
import dev.netroi.testkit.NetroiDomain;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Invariants of the alpha-beta model and of the collective throughput model. */
class CollectivesProperties {

  private static Gen<Collective> collectives() {
    return Generate.enumValues(CollectiveKind.class)
        .zip(
            NetroiDomain.decimals("0", "20000000000", 0),
            integers().between(2, 100_000),
            integers().between(1, 200),
            Collective::new);
  }

  /** Bandwidths per GPU from 1 MB/s to 1 TB/s. */
  private static Gen<Double> bytesPerSecond() {
    return NetroiDomain.decimals("0.001", "1000", 3).map(gb -> gb * 1e9);
  }

  private static Gen<Double> latencies() {
    return NetroiDomain.decimals("0", "0.00002", 7);
  }

  @Test
  void busBandwidthFactorsKeepTheirIdentitiesForEveryGroupSize() {
    qt().forAll(integers().between(2, 1_000_000))
        .checkAssert(
            n -> {
              double allReduce = Collectives.busBandwidthFactor(CollectiveKind.ALL_REDUCE, n);
              double allGather = Collectives.busBandwidthFactor(CollectiveKind.ALL_GATHER, n);
              double reduceScatter =
                  Collectives.busBandwidthFactor(CollectiveKind.REDUCE_SCATTER, n);

              // an all-reduce is a reduce-scatter followed by an all-gather
              assertThat(allReduce).isCloseTo(reduceScatter + allGather, within(1e-15));
              assertThat(Collectives.latencySteps(CollectiveKind.ALL_REDUCE, n))
                  .isEqualTo(
                      Collectives.latencySteps(CollectiveKind.REDUCE_SCATTER, n)
                          + Collectives.latencySteps(CollectiveKind.ALL_GATHER, n));
              assertThat(reduceScatter)
                  .isEqualTo(allGather)
                  .isEqualTo(Collectives.busBandwidthFactor(CollectiveKind.ALL_TO_ALL, n))
                  .isCloseTo((n - 1.0) / n, within(0.0))
                  .isBetween(0.5, 1.0);
              assertThat(allReduce).isBetween(1.0, 2.0);
              assertThat(Collectives.busBandwidthFactor(CollectiveKind.BROADCAST, n))
                  .isEqualTo(Collectives.busBandwidthFactor(CollectiveKind.REDUCE, n))
                  .isEqualTo(1.0);
            });
  }

  @Test
  void withoutLatencyTheBusBandwidthIsTheBandwidthTheCollectiveRanAt() {
    qt().forAll(collectives(), bytesPerSecond())
        .assuming((c, b) -> c.bytes() > 0)
        .checkAssert(
            (c, b) -> {
              double seconds = Collectives.seconds(c, b, 0);

              assertThat(Collectives.busBandwidth(c, seconds)).isCloseTo(b, within(b * 1e-12));
            });
  }

  @Test
  void aCollectiveTakesLessTimeOnMoreBandwidthAndMoreTimeForMoreBytes() {
    qt().forAll(collectives(), bytesPerSecond(), bytesPerSecond(), latencies())
        .checkAssert(
            (c, b1, b2, alpha) -> {
              double slow = Math.min(b1, b2);
              double fast = Math.max(b1, b2);

              assertThat(Collectives.seconds(c, fast, alpha))
                  .isLessThanOrEqualTo(Collectives.seconds(c, slow, alpha));
              assertThat(Collectives.seconds(c.withBytes(c.bytes() + 1e6), slow, alpha))
                  .isGreaterThan(Collectives.seconds(c, slow, alpha));
            });
  }

  @Test
  void theThroughputFactorIsInZeroToOneAndRisesWithTheEffectiveFraction() {
    qt().forAll(
            NetroiDomain.workloads(),
            NetroiDomain.networkOptions().map(o -> o.portSpeed()),
            NetroiDomain.effectiveFractions(),
            NetroiDomain.effectiveFractions())
        .checkAssert(
            (workload, speed, e1, e2) -> {
              double low = Collectives.throughputFactor(workload, speed, Math.min(e1, e2));
              double high = Collectives.throughputFactor(workload, speed, Math.max(e1, e2));

              assertThat(low).isGreaterThan(0).isLessThanOrEqualTo(high);
              assertThat(high).isLessThanOrEqualTo(1);
            });
  }

  @Test
  void moreOverlapNeverSlowsAStep() {
    qt().forAll(
            NetroiDomain.workloads(),
            NetroiDomain.decimals("0", "1", 2),
            NetroiDomain.effectiveFractions())
        .checkAssert(
            (workload, share, e) -> {
              Bandwidth speed = Bandwidth.ofGbps(400);
              Workload less = workload.withOverlapShare(Math.min(share, workload.overlapShare()));
              Workload more = workload.withOverlapShare(Math.max(share, workload.overlapShare()));

              assertThat(Collectives.throughputFactor(more, speed, e))
                  .isGreaterThanOrEqualTo(Collectives.throughputFactor(less, speed, e));
            });
  }

  @Test
  void aStepThatMovesNothingRunsAtFullSpeed() {
    qt().forAll(NetroiDomain.workloads(), NetroiDomain.effectiveFractions())
        .checkAssert(
            (workload, e) -> {
              Workload silent =
                  workload
                      .withLatencySeconds(0)
                      .withCollectives(
                          workload.collectives().stream().map(c -> c.withBytes(0)).toList());

              assertThat(Collectives.throughputFactor(silent, Bandwidth.ofGbps(100), e))
                  .isEqualTo(1.0);
              assertThat(
                      Collectives.throughputFactor(
                          workload.withCollectives(List.of()), Bandwidth.ofGbps(100), e))
                  .isEqualTo(1.0);
            });
  }
}
