package dev.netroi.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The edges of the "did you mean" of {@link UnknownMeasureException}: a known name is suggested
 * when it is at most min(2, its length / 3) edits away (insertions, deletions, substitutions, and
 * swaps of two adjacent letters, each one edit), after stripping and lower-casing. The distances
 * below are counted by hand, edit by edit.
 */
class UnknownMeasureSuggestionBoundariesTest {

  private static final List<String> KNOWN = List.of("Roi", "UpgradeNpv", "BenefitCostRatio");
  private static final String LISTED = "; known measures: Roi, UpgradeNpv, BenefitCostRatio";

  private static String suggesting(String name, String suggestion) {
    return "Unknown measure '" + name + "' (did you mean '" + suggestion + "'?)" + LISTED;
  }

  /**
   * "BenefitCostRat" is "BenefitCostRatio" without its last two letters: 2 deletions, two letters
   * shorter, within min(2, 16 / 3 = 5) = 2.
   */
  @Test
  void twoLettersShortIsSuggested() {
    UnknownMeasureException e = new UnknownMeasureException("BenefitCostRat", KNOWN);

    assertThat(e).hasMessage(suggesting("BenefitCostRat", "BenefitCostRatio"));
    assertThat(e.getSuggestion()).contains("BenefitCostRatio");
  }

  /**
   * "BenefitCostRatiosXY": 3 insertions, three letters longer than "BenefitCostRatio": beyond 2.
   */
  @Test
  void threeLettersLongIsNotSuggested() {
    UnknownMeasureException e = new UnknownMeasureException("BenefitCostRatiosXY", KNOWN);

    assertThat(e).hasMessage("Unknown measure 'BenefitCostRatiosXY'" + LISTED);
    assertThat(e.getSuggestion()).isEmpty();
  }

  /**
   * "UpgradeNvp" is "UpgradeNpv" with "pv" swapped: one edit (two substitutions if swaps were not
   * counted as one, still within 2; so also: "UpgradNvp", one deletion and one swap, 2 edits).
   */
  @Test
  void aSwapOfAdjacentLettersIsOneEdit() {
    assertThat(new UnknownMeasureException("UpgradeNvp", KNOWN))
        .hasMessage(suggesting("UpgradeNvp", "UpgradeNpv"));
    assertThat(new UnknownMeasureException("UpgradNvp", KNOWN))
        .hasMessage(suggesting("UpgradNvp", "UpgradeNpv"));
  }

  /**
   * "BenfitCstRatoi" from "benefitcostratio": delete the second e of "bene", delete the o of
   * "cost", swap the final "io": 3 edits (14 letters against 16, so at least 2 deletions, and the
   * swapped end needs one more), beyond 2. A swap is one edit, not minus one.
   */
  @Test
  void aSwapOnTopOfTwoDeletionsIsThreeEditsAndNotSuggested() {
    UnknownMeasureException e = new UnknownMeasureException("BenfitCstRatoi", KNOWN);

    assertThat(e).hasMessage("Unknown measure 'BenfitCstRatoi'" + LISTED);
    assertThat(e.getSuggestion()).isEmpty();
  }

  /**
   * "XyRoi" is "Roi" with two letters put in front: 2 insertions, more than the 3 / 3 = 1 edit a
   * three-letter name admits (and 8 letters or more from the other names' lengths minus 2).
   */
  @Test
  void lettersBeforeAShortNameAreEditsToo() {
    UnknownMeasureException e = new UnknownMeasureException("XyRoi", KNOWN);

    assertThat(e).hasMessage("Unknown measure 'XyRoi'" + LISTED);
    assertThat(e.getSuggestion()).isEmpty();
    // one letter in front is one edit: within 1
    assertThat(new UnknownMeasureException("XRoi", KNOWN)).hasMessage(suggesting("XRoi", "Roi"));
  }

  /**
   * The length / 3 rule for names of plug-in measures: "Yield" (5 letters) admits 5 / 3 = 1 edit,
   * "Uptime" (6 letters) 6 / 3 = 2. "Yld" and "Uptm" are each 2 deletions away from them.
   */
  @Test
  void aNameOfFiveLettersAdmitsOneEditAndOfSixLettersTwo() {
    List<String> known = List.of("Yield", "Uptime");
    String listed = "; known measures: Yield, Uptime";

    assertThat(new UnknownMeasureException("Yeld", known))
        .hasMessage("Unknown measure 'Yeld' (did you mean 'Yield'?)" + listed);
    assertThat(new UnknownMeasureException("Yld", known))
        .hasMessage("Unknown measure 'Yld'" + listed);
    assertThat(new UnknownMeasureException("Uptm", known))
        .hasMessage("Unknown measure 'Uptm' (did you mean 'Uptime'?)" + listed);
  }
}
