package dev.netroi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("TextTable")
class TextTableTest {

  @Test
  void alignsColumnsToTheWidestCellWithARuleUnderTheHeader() {
    String rendered =
        new TextTable("Measure", "Value", "Unit")
            .row("Roi", "18.15 %", "share")
            .row("BenefitCostRatio", "12.7357x", "x")
            .render();

    assertThat(rendered)
        .isEqualTo(
            """
            Measure           Value     Unit
            ----------------  --------  -----
            Roi               18.15 %   share
            BenefitCostRatio  12.7357x  x
            """);
  }

  @Test
  void rendersOnlyTheHeaderWhenThereAreNoRows() {
    assertThat(new TextTable("A", "Bb").render()).isEqualTo("A  Bb\n-  --\n");
  }

  @Test
  void leavesMissingAndNullCellsBlankWithoutTrailingSpaces() {
    String rendered = new TextTable("Name", "Value", "Note").row("a").row("b", null, "c").render();

    assertThat(rendered)
        .isEqualTo(
            """
            Name  Value  Note
            ----  -----  ----
            a
            b            c
            """);
  }

  @Test
  void doesNotPadTheLastColumn() {
    String rendered = new TextTable("K", "V").row("a", "long value").row("b", "v").render();

    assertThat(rendered.lines()).containsExactly("K  V", "-  ----------", "a  long value", "b  v");
  }

  @Test
  void refusesARowWithMoreCellsThanColumns() {
    TextTable table = new TextTable("A", "B");

    assertThatIllegalArgumentException()
        .isThrownBy(() -> table.row("1", "2", "3"))
        .withMessage("row must have at most 2 cells but had 3");
  }

  @Test
  void keepsItsOwnCopyOfTheHeader() {
    String[] header = {"A", "B"};
    TextTable table = new TextTable(header);

    header[0] = "Changed";

    assertThat(table.render()).startsWith("A  B\n");
  }
}
