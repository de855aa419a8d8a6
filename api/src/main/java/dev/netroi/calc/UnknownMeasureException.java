package dev.netroi.calc;

import dev.netroi.internal.Checks;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a measure is looked up by a name that is not known; the message lists the known names
 * and, for an obvious near miss, suggests the nearest one.
 *
 * <p>A known name is suggested when it is the one nearest to the name looked up and near enough:
 * both names are stripped of leading and trailing blanks and lower-cased, and their distance is the
 * number of single-character insertions, deletions, substitutions and swaps of two adjacent
 * characters that turn one into the other (the optimal string alignment distance). The nearest name
 * is suggested when its distance is at most 2 and at most a third of its length (so that a name of
 * 3 characters admits one edit), and no other known name is as near: a tie is no obvious near miss,
 * and the message then suggests nothing.
 *
 * <pre>{@code
 * Unknown measure 'ValueUpliftPerGPU' (did you mean 'ValueUpliftPerGpu'?); known measures: ...
 * Unknown measure 'Nope'; known measures: ...
 * }</pre>
 */
public final class UnknownMeasureException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The most edits a suggestion may be away from the name looked up. */
  static final int MAX_SUGGESTION_DISTANCE = 2;

  private final String name;
  private final List<String> knownNames;
  private final @Nullable String suggestion;

  /**
   * Creates the exception.
   *
   * @param name the name that was looked up
   * @param knownNames the names that are known, in the order the message lists them
   */
  public UnknownMeasureException(String name, List<String> knownNames) {
    super(message(name, knownNames));
    this.name = name;
    this.knownNames = List.copyOf(knownNames);
    this.suggestion = nearest(name, this.knownNames);
  }

  private static String message(String name, List<String> knownNames) {
    Checks.notNull(name, "name");
    Checks.notNull(knownNames, "knownNames");
    String suggestion = nearest(name, knownNames);
    return "Unknown measure '"
        + name
        + "'"
        + (suggestion == null ? "" : " (did you mean '" + suggestion + "'?)")
        + "; known measures: "
        + String.join(", ", knownNames);
  }

  /**
   * Returns the name that was looked up.
   *
   * @return the unknown name
   */
  public String getName() {
    return name;
  }

  /**
   * Returns the names that are known.
   *
   * @return an immutable list of names
   */
  public List<String> getKnownNames() {
    return knownNames;
  }

  /**
   * Returns the known name the message suggests: the one obviously meant, if any.
   *
   * @return the suggestion, or empty if no known name is an obvious near miss
   */
  public Optional<String> getSuggestion() {
    return Optional.ofNullable(suggestion);
  }

  private static @Nullable String nearest(String name, List<String> knownNames) {
    String wanted = fold(name);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    boolean tie = false;
    for (String known : knownNames) {
      String folded = fold(known);
      if (Math.abs(folded.length() - wanted.length()) > MAX_SUGGESTION_DISTANCE) {
        continue; // more edits apart than a suggestion may be
      }
      int distance = distance(wanted, folded);
      if (distance > MAX_SUGGESTION_DISTANCE || distance > folded.length() / 3) {
        continue;
      }
      if (distance < bestDistance) {
        best = known;
        bestDistance = distance;
        tie = false;
      } else if (distance == bestDistance && !known.equals(best)) {
        tie = true;
      }
    }
    return tie ? null : best;
  }

  private static String fold(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  /** The optimal string alignment distance of two strings, counted in chars. */
  private static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int value = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          value = Math.min(value, d[i - 2][j - 2] + 1);
        }
        d[i][j] = value;
      }
    }
    return d[a.length()][b.length()];
  }
}
