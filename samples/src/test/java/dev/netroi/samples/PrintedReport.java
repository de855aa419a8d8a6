package dev.netroi.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A sample's printout split into lines and blocks, so a test checks each figure in the block it
 * belongs to (the row of one option, the section of one upgrade) rather than anywhere in the whole
 * text; and the display forms of the figures a test derives itself.
 */
final class PrintedReport {

  private final List<String> lines;

  private PrintedReport(List<String> lines) {
    this.lines = List.copyOf(lines);
  }

  /**
   * Returns what a sample prints to the stream it is given.
   *
   * @param sample the sample, printing to its argument
   * @return the printout
   */
  static PrintedReport of(Consumer<PrintStream> sample) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      sample.accept(out);
    }
    return of(bytes.toString(StandardCharsets.UTF_8));
  }

  /**
   * Returns what a {@code main} prints to standard output; standard output is restored after it.
   *
   * @param main the program
   * @return the printout
   */
  static PrintedReport ofStandardOutput(Runnable main) {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      System.setOut(out);
      main.run();
    } finally {
      System.setOut(original);
    }
    return of(bytes.toString(StandardCharsets.UTF_8));
  }

  /**
   * Returns a printout from its text.
   *
   * @param text the text
   * @return the printout
   */
  static PrintedReport of(String text) {
    return new PrintedReport(text.lines().collect(Collectors.toList()));
  }

  /**
   * Returns the lines.
   *
   * @return the lines, without their line ends
   */
  List<String> lines() {
    return lines;
  }

  /**
   * Returns the text.
   *
   * @return the lines, each ending with a newline
   */
  String text() {
    return lines.stream().map(line -> line + "\n").collect(Collectors.joining());
  }

  /**
   * Returns the block that starts with the one line starting with {@code heading} and ends before
   * the first line after it that starts with any of {@code ends} (both once indent is stripped) (or
   * at the end of the printout), without its trailing blank lines. Fails when no line, or more than
   * one, starts with the heading.
   *
   * @param heading how the block's first line starts
   * @param ends how the lines that end the block start
   * @return the block, its heading included
   */
  PrintedReport block(String heading, String... ends) {
    List<Integer> starts =
        java.util.stream.IntStream.range(0, lines.size())
            .filter(i -> lines.get(i).strip().startsWith(heading))
            .boxed()
            .collect(Collectors.toList());
    assertThat(starts).as("lines starting with \"%s\" in:%n%s", heading, text()).hasSize(1);
    int start = starts.get(0);
    int end = start + 1;
    while (end < lines.size() && !startsWithAny(lines.get(end).strip(), ends)) {
      end++;
    }
    while (end > start + 1 && lines.get(end - 1).isBlank()) {
      end--;
    }
    return new PrintedReport(lines.subList(start, end));
  }

  private static boolean startsWithAny(String line, String... prefixes) {
    for (String prefix : prefixes) {
      if (line.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the one line that starts with {@code prefix} once its indent is stripped; fails when
   * none or several do.
   *
   * @param prefix how the line starts after its indent
   * @return the line, indent stripped
   */
  String line(String prefix) {
    List<String> found =
        lines.stream()
            .map(String::strip)
            .filter(line -> line.startsWith(prefix))
            .collect(Collectors.toList());
    assertThat(found).as("lines starting with \"%s\" in:%n%s", prefix, text()).hasSize(1);
    return found.get(0);
  }

  /**
   * Returns the cells of the one table row whose first cell is {@code first}: a markdown row
   * ({@code | a | b |}) split at its bars, or a plain row split at runs of two or more spaces.
   *
   * @param first the first cell, or the second for a markdown table whose first is a rank
   * @return the cells, stripped
   */
  List<String> row(String first) {
    List<List<String>> found =
        lines.stream()
            .map(PrintedReport::cells)
            .filter(cells -> cells.contains(first) && cells.indexOf(first) <= 1)
            .collect(Collectors.toList());
    assertThat(found).as("rows with the cell \"%s\" in:%n%s", first, text()).hasSize(1);
    return found.get(0);
  }

  /**
   * Returns every line split into its cells, as {@link #row} splits them.
   *
   * @return the cells of each line
   */
  List<List<String>> rows() {
    return lines.stream().map(PrintedReport::cells).collect(Collectors.toList());
  }

  private static List<String> cells(String line) {
    String stripped = line.strip();
    if (stripped.startsWith("|")) {
      return java.util.Arrays.stream(stripped.substring(1).split("\\|"))
          .map(String::strip)
          .collect(Collectors.toList());
    }
    return List.of(stripped.split(" {2,}"));
  }

  /**
   * Returns money as netroi displays it: rounded half-even to the cent, with grouping.
   *
   * @param amount the amount
   * @return for example {@code USD -4,347,665.60}
   */
  static String usd(double amount) {
    BigDecimal cents = new BigDecimal(amount).setScale(2, RoundingMode.HALF_EVEN);
    return "USD " + String.format(Locale.ROOT, "%,.2f", cents);
  }

  /**
   * Returns a number with a fixed number of decimals and grouping, rounded half-up as {@link
   * String#format} does.
   *
   * @param value the value
   * @param decimals the decimals
   * @return for example {@code 12.7357}
   */
  static String fixed(double value, int decimals) {
    return String.format(Locale.ROOT, "%,." + decimals + "f", value);
  }
}
