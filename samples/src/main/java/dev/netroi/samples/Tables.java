package dev.netroi.samples;

import java.util.ArrayList;
import java.util.List;

/** Plain-text tables for the samples' reports: the first column left-aligned, the rest right. */
final class Tables {

  private Tables() {}

  /**
   * Formats a table with a header, a rule under it, and two spaces of indent.
   *
   * @param header the column names
   * @param rows the rows, each as long as the header
   * @return the lines, each ending with a newline
   */
  static String format(String[] header, List<String[]> rows) {
    List<String[]> all = new ArrayList<>();
    all.add(header);
    all.addAll(rows);
    int[] widths = new int[header.length];
    for (String[] row : all) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    StringBuilder text = new StringBuilder();
    int total = 0;
    for (int width : widths) {
      total += width + 2;
    }
    for (int r = 0; r < all.size(); r++) {
      String[] row = all.get(r);
      StringBuilder line = new StringBuilder("  ");
      for (int i = 0; i < row.length; i++) {
        String cell = row[i];
        String pad = " ".repeat(widths[i] - cell.length());
        line.append(i == 0 ? cell + pad : pad + cell).append(i + 1 < row.length ? "  " : "");
      }
      text.append(line.toString().stripTrailing()).append('\n');
      if (r == 0) {
        text.append("  ").append("-".repeat(total - 2)).append('\n');
      }
    }
    return text.toString();
  }
}
