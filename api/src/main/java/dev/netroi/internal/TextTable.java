package dev.netroi.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table with a header row and left-aligned columns, used by the {@code toString()} of
 * results and grids. Not thread-safe; not part of the public API.
 */
public final class TextTable {

  private final List<String[]> rows = new ArrayList<>();
  private final int columns;

  /**
   * Creates a table with the given header.
   *
   * @param header the column titles
   */
  public TextTable(String... header) {
    this.columns = header.length;
    rows.add(header.clone());
  }

  /**
   * Adds a row; missing cells are blank and extra cells are an error.
   *
   * @param cells the cells of the row
   * @return this table
   * @throws IllegalArgumentException if there are more cells than columns
   */
  public TextTable row(String... cells) {
    if (cells.length > columns) {
      throw new IllegalArgumentException(
          "row must have at most " + columns + " cells but had " + cells.length);
    }
    String[] row = new String[columns];
    for (int i = 0; i < columns; i++) {
      row[i] = i < cells.length && cells[i] != null ? cells[i] : "";
    }
    rows.add(row);
    return this;
  }

  /**
   * Renders the table, one line per row, with a rule under the header.
   *
   * @return the rendered table, ending with a line break
   */
  public String render() {
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int i = 0; i < columns; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (int r = 0; r < rows.size(); r++) {
      appendRow(out, rows.get(r), widths);
      if (r == 0) {
        String[] rule = new String[columns];
        for (int i = 0; i < columns; i++) {
          rule[i] = "-".repeat(widths[i]);
        }
        appendRow(out, rule, widths);
      }
    }
    return out.toString();
  }

  private static void appendRow(StringBuilder out, String[] row, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < row.length; i++) {
      if (i > 0) {
        line.append("  ");
      }
      line.append(row[i]);
      if (i < row.length - 1) {
        line.append(" ".repeat(widths[i] - row[i].length()));
      }
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }
}
