package dev.netroi.engine;

import static dev.netroi.calc.Measures.BENEFIT_COST_RATIO;
import static dev.netroi.calc.Measures.EFFECTIVE_BANDWIDTH_CANDIDATE;
import static dev.netroi.calc.Measures.VALUE_UPLIFT_PER_GPU;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.netroi.Bandwidth;
import dev.netroi.Collective;
import dev.netroi.CollectiveKind;
import dev.netroi.CurrencyAmount;
import dev.netroi.FabricDesign;
import dev.netroi.FabricPriceList;
import dev.netroi.InputPaths;
import dev.netroi.NetworkFabric;
import dev.netroi.Scenario;
import dev.netroi.Workload;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Result;
import dev.netroi.reference.ReferenceArgument;
import dev.netroi.throughput.ThroughputModels;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rules between the parts of a scenario hold on the batch path as on {@link Scenario#with}: a
 * row whose port speed is not its fabric's NIC speed, or whose fleet is smaller than a collective
 * group, fails as {@link FailureReason#INVALID_INPUT} with the message {@code with} gives.
 */
class BatchDesignRulesTest {

  private static final CalculationEngine ENGINE = Netroi.engine();

  private static CurrencyAmount usd(String amount) {
    return CurrencyAmount.of("USD", amount);
  }

  /** The reference's 1,024 GPUs, the candidate built as an 800 Gb/s radix-64 fabric. */
  private static final Scenario BUILT =
      ReferenceArgument.mixtral().toBuilder()
          .candidate(
              ReferenceArgument.aiEthernet()
                  .withFabric(
                      NetworkFabric.of(
                          FabricDesign.of(
                              Bandwidth.ofGbps(800),
                              64,
                              FabricPriceList.of(
                                  usd("50000"), usd("1000"), usd("2500"), usd("100"))),
                          5,
                          0.1)))
          .build();

  /** The reference with a step of 1 s compute and one all-reduce of 1 GB over 64 ranks. */
  private static final Scenario COLLECTIVE =
      ReferenceArgument.mixtral().toBuilder()
          .throughputModel(
              ThroughputModels.collective(
                  Workload.builder()
                      .name("test step")
                      .computeSeconds(1)
                      .overlapShare(0)
                      .latencySeconds(0)
                      .collectives(List.of(Collective.of(CollectiveKind.ALL_REDUCE, 1e9, 64)))
                      .source("test values")
                      .build()))
          .build();

  @Test
  void aRowWhosePortSpeedIsNotItsFabricsNicSpeedIsInvalid() {
    BatchResults results =
        ENGINE.batch(
            BUILT,
            Map.of(InputPaths.CANDIDATE_PORT_SPEED, new double[] {800, 400}),
            List.of(EFFECTIVE_BANDWIDTH_CANDIDATE, BENEFIT_COST_RATIO));

    // 800 Gb/s x 0.95 = 760 Gb/s
    assertThat(results.value(EFFECTIVE_BANDWIDTH_CANDIDATE, 0)).isEqualTo(760.0);
    assertThat(results.isSuccess(BENEFIT_COST_RATIO, 0)).isTrue();
    for (var measure : List.of(EFFECTIVE_BANDWIDTH_CANDIDATE, BENEFIT_COST_RATIO)) {
      assertThat(results.failureReason(measure, 1)).contains(FailureReason.INVALID_INPUT);
    }
    String refusal =
        "candidate.portSpeed: fabric.nicSpeed 800 Gb/s must equal portSpeed 400 Gb/s (the"
            + " fabric's NICs are the option's ports)";
    Result.Failure<Double> failure = (Result.Failure<Double>) results.result(BENEFIT_COST_RATIO, 1);
    assertThat(failure.reason()).isEqualTo(FailureReason.INVALID_INPUT);
    assertThat(failure.message()).isEqualTo("row 1: " + refusal);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> BUILT.with(InputPaths.CANDIDATE_PORT_SPEED, 400))
        .withMessage(refusal);
  }

  @Test
  void aRowWhoseFleetIsSmallerThanACollectiveGroupIsInvalid() {
    BatchResults results =
        ENGINE.batch(
            COLLECTIVE,
            Map.of(InputPaths.FLEET_COUNT, new double[] {1024, 63, 64}),
            List.of(VALUE_UPLIFT_PER_GPU));

    assertThat(results.isSuccess(VALUE_UPLIFT_PER_GPU, 0)).isTrue();
    assertThat(results.failureReason(VALUE_UPLIFT_PER_GPU, 1))
        .contains(FailureReason.INVALID_INPUT);
    assertThat(results.isSuccess(VALUE_UPLIFT_PER_GPU, 2)).isTrue();
    // per-GPU value does not depend on the GPU count
    assertThat(results.value(VALUE_UPLIFT_PER_GPU, 2))
        .isEqualTo(results.value(VALUE_UPLIFT_PER_GPU, 0));
    String refusal =
        "throughputModel collective 1 (all-reduce over 64 ranks) needs fleet.count >= 64 but was"
            + " 63";
    assertThat(((Result.Failure<?>) results.result(VALUE_UPLIFT_PER_GPU, 1)).message())
        .isEqualTo("row 1: " + refusal);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> COLLECTIVE.with(InputPaths.FLEET_COUNT, 63))
        .withMessage(refusal);
  }

  @Test
  void aCollectiveOverMoreRanksThanTheFleetIsRefusedAtConstruction() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                COLLECTIVE.toBuilder()
                    .fleet(ReferenceArgument.fleet().withCount(8))
                    .throughputModel(
                        ThroughputModels.collective(
                            Workload.builder()
                                .name("huge")
                                .computeSeconds(1)
                                .overlapShare(0)
                                .latencySeconds(0)
                                .collectives(
                                    List.of(Collective.of(CollectiveKind.ALL_REDUCE, 1e9, 65_536)))
                                .source("test values")
                                .build()))
                    .build())
        .withMessage(
            "throughputModel collective 1 (all-reduce over 65536 ranks) needs fleet.count >= 65536"
                + " but was 8");
  }
}
