package dev.netroi.throughput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.netroi.Collective;
import dev.netroi.CollectiveKind;
import dev.netroi.InputPaths;
import dev.netroi.InputRule;
import dev.netroi.NetworkOption;
import dev.netroi.Scenario;
import dev.netroi.ThroughputModel;
import dev.netroi.Workload;
import dev.netroi.calc.CalculationResults;
import dev.netroi.calc.Measures;
import dev.netroi.engine.BatchResults;
import dev.netroi.engine.Netroi;
import dev.netroi.reference.ReferenceArgument;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ThroughputModelsTest {

  private final Scenario reference = ReferenceArgument.mixtral();

  private static Object roundTrip(Object value) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return in.readObject();
    }
  }

  @Nested
  class Linear {

    private final ThroughputModel linear = ThroughputModels.linear();

    @Test
    void theFactorIsTheEffectiveFraction() {
      assertThat(linear.throughputFactor(reference.candidate(), reference)).isEqualTo(0.95);
      assertThat(linear.throughputFactor(reference.baseline(), reference)).isEqualTo(0.60);
    }

    @Test
    void itNamesItselfAsTheReference() {
      assertThat(linear.name()).isEqualTo("linear (reference)");
      assertThat(linear).hasToString("linear (reference)");
      assertThat(linear.formula())
          .isEqualTo(
              "throughput factor = effective-bandwidth fraction (value scales linearly with"
                  + " bandwidth)");
    }

    @Test
    void itStaysASingletonThroughSerialisation() throws Exception {
      assertThat(roundTrip(linear)).isSameAs(linear);
      assertThat(ThroughputModels.linear()).isSameAs(linear);
    }
  }

  @Nested
  class Amdahl {

    private final ThroughputModel amdahl = ThroughputModels.amdahl(0.3);

    @Test
    void itsShareIsItsOneInput() {
      assertThat(amdahl.inputNames()).containsExactly("exposedCommunicationShare");
      assertThat(amdahl.input("exposedCommunicationShare")).isEqualTo(0.3);
      assertThat(amdahl.withInput("exposedCommunicationShare", 0.5))
          .isEqualTo(ThroughputModels.amdahl(0.5));
      assertThat(amdahl.isWholeNumber("exposedCommunicationShare")).isFalse();
      assertThat(reference.toBuilder().throughputModel(amdahl).build().inputPaths())
          .contains(InputPaths.THROUGHPUT_MODEL_EXPOSED_COMMUNICATION_SHARE);
    }

    @Test
    void itRefusesAnotherInputOrABrokenShare() {
      assertThatThrownBy(() -> amdahl.input("share"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "amdahl (exposed communication 0.3 on the baseline) has no input 'share'; its inputs:"
                  + " [exposedCommunicationShare]");
      assertThatThrownBy(() -> amdahl.withInput("share", 0.5))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("has no input 'share'");
      assertThatThrownBy(() -> amdahl.withInput("exposedCommunicationShare", -0.1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("exposedCommunicationShare must be in [0, 1] but was -0.1");
    }

    @Test
    void theLinearModelHasNoInputs() {
      assertThat(ThroughputModels.linear().inputNames()).isEmpty();
    }

    @Test
    void theBaselineLosesOnlyItsExposedCommunication() {
      // (1 - 0.3) + 0.3 x 0.60
      assertThat(amdahl.throughputFactor(reference.baseline(), reference))
          .isCloseTo(0.88, within(1e-15));
      assertThat(amdahl.throughputFactor(reference.candidate(), reference))
          .isCloseTo(0.88 / (0.7 + 0.3 * 0.60 / 0.95), within(1e-15));
    }

    @Test
    void withNothingExposedTheNetworkDoesNotMatter() {
      ThroughputModel hidden = ThroughputModels.amdahl(0);
      assertThat(hidden.throughputFactor(reference.baseline(), reference)).isEqualTo(1.0);
      assertThat(hidden.throughputFactor(reference.candidate(), reference)).isEqualTo(1.0);
      assertThat(ThroughputModels.amdahl(-0.0)).isEqualTo(hidden);
      Scenario withAmdahl = reference.toBuilder().throughputModel(amdahl).build();
      // a sweep from 0 to 1 starts here
      assertThat(withAmdahl.with("throughputModel.exposedCommunicationShare", 0).throughputModel())
          .contains(hidden);
    }

    @Test
    void itNamesItsShare() {
      assertThat(amdahl.name()).isEqualTo("amdahl (exposed communication 0.3 on the baseline)");
      assertThat(amdahl).hasToString(amdahl.name());
      assertThat(amdahl.formula())
          .isEqualTo("throughput factor = ((1 - f) + f * e_b) / ((1 - f) + f * e_b / e), f = 0.3");
    }

    @Test
    void itIsAValueOfItsShare() throws Exception {
      assertThat(ThroughputModels.amdahl(0.3)).isEqualTo(amdahl).hasSameHashCodeAs(amdahl);
      assertThat(ThroughputModels.amdahl(0.4)).isNotEqualTo(amdahl);
      assertThat(roundTrip(amdahl)).isEqualTo(amdahl);
    }

    @Test
    void aShareOutsideZeroToOneIsRefusedNamingIt() {
      assertThatThrownBy(() -> ThroughputModels.amdahl(-0.001))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("exposedCommunicationShare must be in [0, 1] but was -0.001");
      assertThatThrownBy(() -> ThroughputModels.amdahl(1.3))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("exposedCommunicationShare must be in [0, 1] but was 1.3");
      assertThatThrownBy(() -> ThroughputModels.amdahl(Double.NaN))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class CollectiveModel {

    private final Workload dense = Workloads.denseTraining();
    private final ThroughputModel model = ThroughputModels.collective(dense);
    private final Scenario scenario = reference.toBuilder().throughputModel(model).build();

    /**
     * A workload of round numbers, worked by hand from the alpha-beta model.
     *
     * <ul>
     *   <li>Bandwidth per GPU: B = port speed x effective fraction = 800 Gb/s = 100 x 10^9 B/s, x
     *       0.5 = 50 x 10^9 B/s.
     *   <li>One all-reduce of 12.5 x 10^9 B per step over n = 5 ranks, alpha = 0.01 s per step:
     *       ring steps 2(n-1) = 8, bus-bandwidth factor 2(n-1)/n = 8/5 = 1.6; collective time C = 8
     *       x 0.01 + 1.6 x 12.5 x 10^9 / (50 x 10^9) = 0.08 + 0.4 = 0.48 s.
     *   <li>Compute 1.2 s, overlap share 0.5: hidden = min(0.5 x 0.48, 1.2) = 0.24 s; step time =
     *       1.2 + 0.48 - 0.24 = 1.44 s; factor = 1.2 / 1.44 = 5/6.
     *   <li>Compute 0.2 s instead: the compute caps what hides, min(0.24, 0.2) = 0.2 s; step time =
     *       0.2 + 0.48 - 0.2 = 0.48 s; factor = 0.2 / 0.48 = 5/12.
     * </ul>
     */
    @Test
    void theFactorIsComputeOverStepTimeAtTheOptionsBandwidth() {
      Workload round =
          Workload.builder()
              .name("round numbers")
              .computeSeconds(1.2)
              .overlapShare(0.5)
              .latencySeconds(0.01)
              .collectives(List.of(Collective.of(CollectiveKind.ALL_REDUCE, 12.5e9, 5)))
              .source("assumption: numbers chosen to be worked by hand")
              .build();
      NetworkOption option =
          reference.candidate().withInput("portSpeed", 800).withEffectiveFraction(0.5);

      ThroughputModel hidesHalf = ThroughputModels.collective(round);
      assertThat(
              hidesHalf.throughputFactor(
                  option, reference.toBuilder().throughputModel(hidesHalf).build()))
          .isCloseTo(5.0 / 6, within(1e-15));

      ThroughputModel computeBound = ThroughputModels.collective(round.withComputeSeconds(0.2));
      assertThat(
              computeBound.throughputFactor(
                  option, reference.toBuilder().throughputModel(computeBound).build()))
          .isCloseTo(5.0 / 12, within(1e-15));
    }

    /**
     * The engine's figures (the model's row form) give each option its own bandwidth and each
     * collective its own bytes. Compute 1.2 s, overlap 0.5, alpha 0.01 s; two all-reduces over 5
     * ranks (8 steps, bus factor 1.6) of 12.5 x 10^9 and 25 x 10^9 B.
     *
     * <ul>
     *   <li>Candidate 800 Gb/s x 0.5 = 50 x 10^9 B/s: C = (0.08 + 1.6 x 12.5 / 50) + (0.08 + 1.6 x
     *       25 / 50) = 0.48 + 0.88 = 1.36 s; hidden min(0.68, 1.2) = 0.68; step 1.2 + 1.36 - 0.68 =
     *       1.88 s; factor 1.2 / 1.88 = 30/47.
     *   <li>Baseline 400 Gb/s x 0.5 = 25 x 10^9 B/s: C = (0.08 + 0.8) + (0.08 + 1.6) = 2.56 s;
     *       hidden min(1.28, 1.2) = 1.2; step 1.2 + 2.56 - 1.2 = 2.56 s; factor 1.2 / 2.56 = 15/32.
     * </ul>
     */
    @Test
    void theEnginesFactorsUseEachOptionsBandwidthAndEachCollectivesBytes() {
      Workload two =
          Workload.builder()
              .name("two all-reduces")
              .computeSeconds(1.2)
              .overlapShare(0.5)
              .latencySeconds(0.01)
              .collectives(
                  List.of(
                      Collective.of(CollectiveKind.ALL_REDUCE, 12.5e9, 5),
                      Collective.of(CollectiveKind.ALL_REDUCE, 25e9, 5)))
              .source("assumption: numbers chosen to be worked by hand")
              .build();
      Scenario twoSpeeds =
          reference.toBuilder()
              .candidate(
                  reference.candidate().withInput("portSpeed", 800).withEffectiveFraction(0.5))
              .baseline(reference.baseline().withInput("portSpeed", 400).withEffectiveFraction(0.5))
              .throughputModel(ThroughputModels.collective(two))
              .build();

      CalculationResults results =
          Netroi.engine()
              .calculate(
                  twoSpeeds,
                  Measures.THROUGHPUT_FACTOR_CANDIDATE,
                  Measures.THROUGHPUT_FACTOR_BASELINE);

      assertThat(results.value(Measures.THROUGHPUT_FACTOR_CANDIDATE))
          .isCloseTo(30.0 / 47, within(1e-15));
      assertThat(results.value(Measures.THROUGHPUT_FACTOR_BASELINE))
          .isCloseTo(15.0 / 32, within(1e-15));
      BatchResults batch =
          Netroi.engine()
              .batch(
                  twoSpeeds,
                  java.util.Map.of(InputPaths.CANDIDATE_EFFECTIVE_FRACTION, new double[] {0.5}),
                  List.of(
                      Measures.THROUGHPUT_FACTOR_CANDIDATE, Measures.THROUGHPUT_FACTOR_BASELINE),
                  1);
      assertThat(batch.value(Measures.THROUGHPUT_FACTOR_CANDIDATE, 0))
          .isCloseTo(30.0 / 47, within(1e-15));
      assertThat(batch.value(Measures.THROUGHPUT_FACTOR_BASELINE, 0))
          .isCloseTo(15.0 / 32, within(1e-15));
    }

    @Test
    void itSeesThePortSpeedUnlikeTheAmdahlModel() {
      NetworkOption slow = scenario.candidate().withInput("portSpeed", 400);

      assertThat(model.throughputFactor(slow, scenario))
          .isLessThan(model.throughputFactor(scenario.candidate(), scenario));
    }

    @Test
    void itsInputsAreTheWorkloadsAndThePathsOfTheScenario() {
      assertThat(model.inputNames()).isEqualTo(dense.inputNames());
      assertThat(scenario.inputPaths())
          .contains(
              InputPaths.THROUGHPUT_MODEL_COMPUTE_SECONDS,
              InputPaths.THROUGHPUT_MODEL_OVERLAP_SHARE,
              InputPaths.THROUGHPUT_MODEL_LATENCY_SECONDS,
              InputPaths.throughputModelCollectiveBytes(1))
          .doesNotContain(InputPaths.THROUGHPUT_MODEL_EXPOSED_COMMUNICATION_SHARE);
      assertThat(scenario.valueAt("throughputModel.collective1Bytes")).isEqualTo(17.5e9);
      assertThat(scenario.with("throughputModel.overlapShare", 1).throughputModel())
          .contains(ThroughputModels.collective(dense.withOverlapShare(1)));
      assertThat(scenario.inputRule(InputPaths.THROUGHPUT_MODEL_OVERLAP_SHARE))
          .isEqualTo(InputRule.fraction());
      assertThatThrownBy(() -> scenario.with("throughputModel.computeSeconds", 0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("throughputModel.computeSeconds must be positive but was 0");
    }

    @Test
    void itNamesItsWorkload() {
      assertThat(model.name()).isEqualTo("collective (" + dense.name() + ")");
      assertThat(model).hasToString(model.name());
      assertThat(model.formula()).startsWith("throughput factor = compute / (compute + exposed");
    }

    @Test
    void itIsAValueOfItsWorkload() throws Exception {
      assertThat(ThroughputModels.collective(Workloads.denseTraining()))
          .isEqualTo(model)
          .hasSameHashCodeAs(model);
      assertThat(ThroughputModels.collective(Workloads.inference())).isNotEqualTo(model);
      assertThat(roundTrip(model)).isEqualTo(model);
      assertThatThrownBy(() -> ThroughputModels.collective(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessageContaining("workload");
    }
  }

  @Test
  void theBuiltInsAreToldApartFromAPlugInByClass() {
    assertThat(ThroughputModels.isBuiltIn(ThroughputModels.linear())).isTrue();
    assertThat(ThroughputModels.isBuiltIn(ThroughputModels.amdahl(0.3))).isTrue();
    assertThat(ThroughputModels.isBuiltIn(ThroughputModels.collective(Workloads.inference())))
        .isTrue();
    // a plug-in from the same class path (the same unnamed module) is not a built-in
    ThroughputModel plugIn =
        new ThroughputModel() {
          @Override
          public String name() {
            return "plug-in";
          }

          @Override
          public String formula() {
            return "throughput factor = 1";
          }

          @Override
          public double throughputFactor(NetworkOption option, Scenario scenario) {
            return 1;
          }
        };
    assertThat(plugIn.getClass().getModule()).isEqualTo(ThroughputModels.class.getModule());
    assertThat(ThroughputModels.isBuiltIn(plugIn)).isFalse();
    assertThatThrownBy(() -> ThroughputModels.isBuiltIn(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("model");
  }
}
