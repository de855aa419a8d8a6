package dev.netroi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netroi.reference.ReferenceArgument;
import org.junit.jupiter.api.Test;

class OptionRoleTest {

  private static final Scenario MIXTRAL = ReferenceArgument.mixtral();

  @Test
  void eachRoleNamesItsOptionAndItsPaths() {
    assertThat(OptionRole.CANDIDATE.head()).isEqualTo("candidate");
    assertThat(OptionRole.BASELINE.head()).isEqualTo("baseline");
    assertThat(OptionRole.CANDIDATE.option(MIXTRAL)).isSameAs(MIXTRAL.candidate());
    assertThat(OptionRole.BASELINE.option(MIXTRAL)).isSameAs(MIXTRAL.baseline());
    assertThat(OptionRole.CANDIDATE.effectiveFraction())
        .isEqualTo(InputPaths.CANDIDATE_EFFECTIVE_FRACTION);
    assertThat(OptionRole.BASELINE.effectiveFraction())
        .isEqualTo(InputPaths.BASELINE_EFFECTIVE_FRACTION);
    assertThat(OptionRole.BASELINE.path("portSpeed")).isEqualTo(InputPaths.BASELINE_PORT_SPEED);
    assertThat(OptionRole.CANDIDATE.path("annualCostPerGpu"))
        .isEqualTo(InputPaths.CANDIDATE_ANNUAL_COST_PER_GPU);
  }

  @Test
  void badArgumentsAreRefusedByName() {
    assertThatThrownBy(() -> OptionRole.CANDIDATE.path(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("inputName");
    assertThatThrownBy(() -> OptionRole.CANDIDATE.option(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("scenario");
    assertThatThrownBy(() -> OptionRole.CANDIDATE.path("not a name"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
