package dev.netroi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class WorkloadTest {

  private static final Collective ALL_REDUCE =
      Collective.of(CollectiveKind.ALL_REDUCE, 17.5e9, 128);
  private static final Collective ALL_TO_ALL =
      new Collective(CollectiveKind.ALL_TO_ALL, 268_435_456, 8, 128);
  private static final Workload STEP =
      Workload.builder()
          .name("step")
          .computeSeconds(4.35)
          .overlapShare(0.5)
          .latencySeconds(5e-6)
          .collectives(List.of(ALL_REDUCE, ALL_TO_ALL))
          .source("assumption")
          .build();

  @Nested
  class Collectives {

    @Test
    void itReadsAsAnNcclUserWouldSayIt() {
      assertThat(ALL_REDUCE).hasToString("all-reduce of 17500000000 B over 128 GPUs, 1 per step");
      assertThat(ALL_TO_ALL).hasToString("all-to-all of 268435456 B over 8 GPUs, 128 per step");
      assertThat(CollectiveKind.REDUCE_SCATTER).hasToString("reduce-scatter");
      assertThat(CollectiveKind.values()).hasSize(6);
    }

    @Test
    void badNumbersAreRefusedNamingFieldRuleAndValue() {
      assertThatThrownBy(() -> Collective.of(CollectiveKind.ALL_REDUCE, 1, 1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("groupSize must be at least 2 (a collective needs two ranks) but was 1");
      assertThatThrownBy(() -> Collective.of(CollectiveKind.ALL_REDUCE, -1, 8))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("bytes must not be negative but was -1");
      assertThatThrownBy(() -> Collective.of(CollectiveKind.ALL_REDUCE, Double.NaN, 8))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("bytes must not be negative but was NaN");
      assertThatThrownBy(() -> new Collective(CollectiveKind.BROADCAST, 1, 2, 0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("countPerStep must be at least 1 but was 0");
    }

    @Test
    void zeroBytesAreZeroWhateverTheirSign() {
      assertThat(Collective.of(CollectiveKind.REDUCE, -0.0, 2))
          .isEqualTo(Collective.of(CollectiveKind.REDUCE, 0, 2));
    }
  }

  @Nested
  class Inputs {

    @Test
    void itsInputsAreItsNumbersAndOneMessageSizePerCollective() {
      assertThat(STEP.inputNames())
          .containsExactlyInAnyOrder(
              "computeSeconds",
              "overlapShare",
              "latencySeconds",
              "collective1Bytes",
              "collective2Bytes");
      assertThat(STEP.input("computeSeconds")).isEqualTo(4.35);
      assertThat(STEP.input("overlapShare")).isEqualTo(0.5);
      assertThat(STEP.input("latencySeconds")).isEqualTo(5e-6);
      assertThat(STEP.input("collective1Bytes")).isEqualTo(17.5e9);
      assertThat(STEP.input("collective2Bytes")).isEqualTo(268_435_456);
    }

    @Test
    void writingAnInputChangesOnlyThatNumber() {
      Workload changed = STEP.withInput("collective2Bytes", 1024);
      assertThat(changed.collectives()).containsExactly(ALL_REDUCE, ALL_TO_ALL.withBytes(1024));
      assertThat(STEP.withInput("computeSeconds", 2)).isEqualTo(STEP.withComputeSeconds(2));
      assertThat(STEP.withInput("overlapShare", 0)).isEqualTo(STEP.withOverlapShare(0));
      assertThat(STEP.withInput("latencySeconds", 0)).isEqualTo(STEP.withLatencySeconds(0));
      for (String name : STEP.inputNames()) {
        assertThat(STEP.withInput(name, STEP.input(name))).as(name).isEqualTo(STEP);
      }
    }

    @Test
    void itsRulesAreThoseOfItsFactory() {
      assertThat(STEP.inputRule("computeSeconds")).isEqualTo(InputRule.positive());
      assertThat(STEP.inputRule("overlapShare")).isEqualTo(InputRule.fraction());
      assertThat(STEP.inputRule("latencySeconds")).isEqualTo(InputRule.notNegative());
      assertThat(STEP.inputRule("collective1Bytes")).isEqualTo(InputRule.notNegative());
      for (String name : STEP.inputNames()) {
        for (double value : new double[] {-1, -0.0, 0, 0.5, 1, 2, Double.NaN, 1e300}) {
          boolean accepted;
          try {
            STEP.withInput(name, value);
            accepted = true;
          } catch (IllegalArgumentException e) {
            accepted = false;
          }
          assertThat(STEP.inputRule(name).test(value))
              .as("%s = %s", name, value)
              .isEqualTo(accepted);
        }
      }
    }

    @Test
    void aRefusedMessageSizeNamesItsCollective() {
      assertThatThrownBy(() -> STEP.withInput("collective2Bytes", -1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("throughputModel.collective2Bytes must not be negative but was -1");
    }

    @Test
    void anUnknownInputIsRefusedListingTheKnownOnes() {
      assertThatThrownBy(() -> STEP.input("collective3Bytes"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("has no input 'collective3Bytes'")
          .hasMessageContaining("collective2Bytes");
      assertThatThrownBy(() -> STEP.withInput("bytes", 1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("has no input 'bytes'");
    }
  }

  @Nested
  class Validation {

    @Test
    void badNumbersAreRefusedNamingFieldRuleAndValue() {
      assertThatThrownBy(() -> STEP.withComputeSeconds(0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("throughputModel.computeSeconds must be positive but was 0");
      assertThatThrownBy(() -> STEP.withComputeSeconds(-1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("throughputModel.computeSeconds must be");
      assertThatThrownBy(() -> STEP.withOverlapShare(1.5))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("throughputModel.overlapShare must be in [0, 1] but was 1.5");
      assertThatThrownBy(() -> STEP.withLatencySeconds(-1e-6))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("throughputModel.latencySeconds must not be negative but was -1.0E-6");
      assertThatThrownBy(() -> STEP.withNameAndSource(" ", "x"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("name");
      assertThatThrownBy(() -> STEP.withNameAndSource("x", ""))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("source");
    }

    @Test
    void itKeepsACopyOfItsCollectives() {
      List<Collective> list = new ArrayList<>(List.of(ALL_REDUCE));
      Workload workload = STEP.withCollectives(list);
      list.add(ALL_TO_ALL);
      assertThat(workload.collectives()).containsExactly(ALL_REDUCE);
      assertThatThrownBy(() -> workload.collectives().add(ALL_TO_ALL))
          .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aStepWithoutCollectivesHasOnlyItsThreeNumbers() {
      assertThat(STEP.withCollectives(List.of()).inputNames())
          .containsExactlyInAnyOrder("computeSeconds", "overlapShare", "latencySeconds");
      assertThat(STEP).hasToString("Workload[step, 2 collectives]");
    }
  }

  @Nested
  class Builder {

    @Test
    void buildsWhatItIsGivenWithNoCollectivesByDefault() {
      Workload w =
          Workload.builder()
              .name("quiet")
              .computeSeconds(2)
              .overlapShare(0.25)
              .latencySeconds(1e-6)
              .source("assumption")
              .build();

      assertThat(w.name()).isEqualTo("quiet");
      assertThat(w.computeSeconds()).isEqualTo(2.0);
      assertThat(w.overlapShare()).isEqualTo(0.25);
      assertThat(w.latencySeconds()).isEqualTo(1e-6);
      assertThat(w.collectives()).isEmpty();
      assertThat(w.source()).isEqualTo("assumption");
      assertThat(w).hasToString("Workload[quiet, 0 collectives]");
    }

    @Test
    void refusesAMissingFieldNamingIt() {
      assertThatThrownBy(() -> Workload.builder().name("n").source("s").build())
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("Workload.computeSeconds was not set");
      assertThatThrownBy(
              () ->
                  Workload.builder()
                      .name("n")
                      .computeSeconds(1)
                      .overlapShare(0)
                      .latencySeconds(0)
                      .build())
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("Workload.source was not set");
    }

    @Test
    void refusesABrokenRuleNamingThePath() {
      assertThatThrownBy(() -> STEP.toBuilder().overlapShare(-0.5).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("throughputModel.overlapShare must be in [0, 1] but was -0.5");
      assertThatThrownBy(() -> STEP.withInput("collective1Bytes", -3))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("throughputModel.collective1Bytes must not be negative but was -3");
    }

    @Test
    void withNameAndWithSourceChangeOneTextEach() {
      assertThat(STEP.withName("other").name()).isEqualTo("other");
      assertThat(STEP.withName("other").source()).isEqualTo("assumption");
      assertThat(STEP.withSource("measured").source()).isEqualTo("measured");
      assertThat(STEP.withSource("measured").name()).isEqualTo("step");
      assertThat(STEP.withName("step").withSource("assumption")).isEqualTo(STEP);
    }
  }
}
