package dev.netroi.throughput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.netroi.Bandwidth;
import dev.netroi.Collective;
import dev.netroi.CollectiveKind;
import dev.netroi.Workload;
import org.junit.jupiter.api.Test;

/**
 * The presets hold the numbers their Javadoc derives, and give the step-time speed-ups of the
 * reference's change (0.60 to 0.95 of an 800 Gb/s port) that the README quotes.
 */
class WorkloadsTest {

  private static final Bandwidth PORT = Bandwidth.ofGbps(800);

  private static double speedUp(Workload workload) {
    return Collectives.throughputFactor(workload, PORT, 0.95)
        / Collectives.throughputFactor(workload, PORT, 0.60);
  }

  @Test
  void denseTrainingIsLlama2SeventyBillionOnTp8TimesDp128() {
    Workload dense = Workloads.denseTraining();

    assertThat(Workloads.EFFECTIVE_FLOPS).isCloseTo(395.6e12, within(1.0));
    assertThat(dense.computeSeconds()).isCloseTo(4.3486, within(5e-5));
    assertThat(dense.collectives())
        .containsExactly(Collective.of(CollectiveKind.ALL_REDUCE, 17.5e9, 128));
    assertThat(dense.overlapShare()).isEqualTo(0.5);
    assertThat(dense.latencySeconds()).isEqualTo(5e-6);
    // comm at 0.95 = 254 x 5 µs + 2 x 127/128 x 17.5 GB / 95 GB/s; half of it hidden
    double communication = 254 * 5e-6 + 2 * 127 / 128.0 * 17.5e9 / 95e9;
    assertThat(Collectives.throughputFactor(dense, PORT, 0.95))
        .isCloseTo(
            dense.computeSeconds() / (dense.computeSeconds() + communication / 2), within(1e-12));
    assertThat(speedUp(dense)).isCloseTo(1.0235, within(5e-5));
  }

  @Test
  void mixtureOfExpertsTrainingIsAllToAllHeavy() {
    Workload moe = Workloads.mixtureOfExpertsTraining();

    assertThat(moe.computeSeconds()).isCloseTo(3.2056, within(5e-5));
    assertThat(moe.collectives())
        .containsExactly(new Collective(CollectiveKind.ALL_TO_ALL, 268_435_456, 8, 128));
    assertThat(moe.overlapShare()).isZero();
    assertThat(speedUp(moe)).isCloseTo(1.0523, within(5e-5));
  }

  @Test
  void inferenceBarelyNoticesTheScaleOutFabric() {
    Workload inference = Workloads.inference();

    assertThat(inference.computeSeconds()).isCloseTo(0.0334, within(5e-5));
    assertThat(inference.collectives())
        .containsExactly(Collective.of(CollectiveKind.BROADCAST, 67_108_864, 2));
    assertThat(speedUp(inference)).isCloseTo(1.0012, within(5e-5));
  }

  @Test
  void everyPresetNamesItsSourcesAndItsAssumptions() {
    assertThat(Workloads.all()).hasSize(3);
    for (Workload preset : Workloads.all()) {
      assertThat(preset.source())
          .as(preset.name())
          .contains("assumptions:", "NVIDIA H100 datasheet", "Kaplan et al. 2020");
    }
    assertThat(Workloads.denseTraining().source()).contains("Touvron et al. 2023");
    assertThat(Workloads.mixtureOfExpertsTraining().source()).contains("Jiang et al. 2024");
    assertThat(Workloads.inference().source()).contains("Jiang et al. 2024");
  }

  @Test
  void theNetworkMattersMoreForMixtureOfExpertsThanForDenseTrainingAndLeastForInference() {
    assertThat(speedUp(Workloads.mixtureOfExpertsTraining()))
        .isGreaterThan(speedUp(Workloads.denseTraining()));
    assertThat(speedUp(Workloads.denseTraining())).isGreaterThan(speedUp(Workloads.inference()));
  }
}
