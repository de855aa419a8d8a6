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
  void suggestsNothingWhenNoKnownNameIsNear() {
    // "nope" is 3 edits from "roi" (n for r, i for p, drop the e), beyond the 3 / 3 = 1 that a name
    // of three letters admits, and 12 letters shorter than "benefitcostratio"
    UnknownMeasureException e =
        new UnknownMeasureException("Nope", List.of("Roi", "BenefitCostRatio"));

    assertThat(e.getSuggestion()).isEmpty();
  }

  /**
   * Each name below is a near miss of "BenefitCostRatio" (16 letters, so up to min(2, 16 / 3) = 2
   * edits) once stripped and lower-cased, and at least 13 edits from "Roi" (at least 16 - 3 = 13
   * letters longer): a swap of two adjacent letters, one letter more, one less, one other, two
   * edits, a case slip, blanks.
   */
  @Test
  void suggestsTheKnownNameThatANearMissMeant() {
    List<String> known = List.of("Roi", "BenefitCostRatio");
    for (String nearMiss :
        List.of(
            "BenefitCostRatoi",
            "BenefitCostRatios",
            "BenefitCostRato",
            "BenefitCostRatia",
            "BenefitCstRatoi",
            "benefitCostRatio",
            "BENEFITCOSTRATIO",
            " BenefitCostRatio\t")) {
      UnknownMeasureException e = new UnknownMeasureException(nearMiss, known);

      assertThat(e)
          .as(nearMiss)
          .hasMessage(
              "Unknown measure '"
                  + nearMiss
                  + "' (did you mean 'BenefitCostRatio'?); known measures: Roi, BenefitCostRatio");
      assertThat(e.getSuggestion()).as(nearMiss).contains("BenefitCostRatio");
    }
  }

  /**
   * "BenefitCstRto" is three deletions from "BenefitCostRatio" (o, a, i): beyond 2 edits. "Rio" is
   * one swap from "Roi", within 3 / 3 = 1; "R" is two deletions from it, beyond 1.
   */
  @Test
  void aNameOfThreeLettersAdmitsOneEditAndNoNameMoreThanTwo() {
    List<String> known = List.of("Roi", "BenefitCostRatio");

    assertThat(new UnknownMeasureException("BenefitCstRto", known).getSuggestion()).isEmpty();
    assertThat(new UnknownMeasureException("Rio", known))
        .hasMessage(
            "Unknown measure 'Rio' (did you mean 'Roi'?); known measures: Roi, BenefitCostRatio");
    assertThat(new UnknownMeasureException("R", known).getSuggestion()).isEmpty();
  }

  /** "Npvs" is one letter more than "Npv" and one other than "Npva": a tie suggests neither. */
  @Test
  void twoKnownNamesEquallyNearSuggestNeither() {
    UnknownMeasureException e = new UnknownMeasureException("Npvs", List.of("Npv", "Npva"));

    assertThat(e).hasMessage("Unknown measure 'Npvs'; known measures: Npv, Npva");
    assertThat(e.getSuggestion()).isEmpty();
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
