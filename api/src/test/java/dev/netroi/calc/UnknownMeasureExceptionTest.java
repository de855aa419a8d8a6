package dev.netroi.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("UnknownMeasureException")
class UnknownMeasureExceptionTest {

  @Test
  void namesTheUnknownNameAndListsTheKnownOnes() {
    UnknownMeasureException e =
        new UnknownMeasureException("Nope", List.of("Roi", "BenefitCostRatio"));

    assertThat(e).hasMessage("Unknown measure 'Nope'; known measures: Roi, BenefitCostRatio");
    assertThat(e.getName()).isEqualTo("Nope");
    assertThat(e.getKnownNames()).containsExactly("Roi", "BenefitCostRatio");
    assertThat(e).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void keepsItsOwnCopyOfTheKnownNames() {
    List<String> known = new ArrayList<>(List.of("Roi"));
    UnknownMeasureException e = new UnknownMeasureException("Nope", known);

    known.add("Later");

    assertThat(e.getKnownNames()).containsExactly("Roi");
    assertThatThrownBy(() -> e.getKnownNames().add("X"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void refusesNulls() {
    assertThatNullPointerException()
        .isThrownBy(() -> new UnknownMeasureException(null, List.of()))
        .withMessage("name must not be null");
    assertThatNullPointerException()
        .isThrownBy(() -> new UnknownMeasureException("Nope", null))
        .withMessage("knownNames must not be null");
  }
}
