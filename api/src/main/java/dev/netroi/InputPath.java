package dev.netroi;

import dev.netroi.internal.Checks;
import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * The stable name of one numeric input of a {@link Scenario}, such as {@code
 * candidate.effectiveFraction}: the vocabulary of sweeps, Monte Carlo runs and scenario files.
 *
 * <p>A path is at least two dot-separated segments, each a lowerCamel word (a lower-case ASCII
 * letter, then ASCII letters or digits). The first segment, the {@linkplain #head() head}, names a
 * part of the scenario ({@code fleet}, {@code candidate}, {@code market}, ...); the rest, the
 * {@linkplain #relativeName() relative name}, names the input of that part as {@link
 * HasInputs#inputNames()} does. {@link InputPaths} lists the built-in paths.
 *
 * <pre>{@code
 * InputPath path = InputPath.of("candidate.effectiveFraction");
 * double fraction = scenario.valueAt(path);                    // 0.95
 * Scenario tuned = scenario.with(path, 0.9);
 * }</pre>
 *
 * <p>{@code toString()} is the name, and {@code of(path.toString())} equals {@code path}; paths are
 * equal and ordered by name. Value-based, immutable and thread-safe.
 */
public final class InputPath implements Comparable<InputPath>, Serializable {

  private static final long serialVersionUID = 1L;

  private final String name;

  /**
   * The head and the relative name, split once: {@link Scenario#valueAt} asks for both on every
   * read, and a lifetime calculator reads a dozen paths per row on the audited path.
   */
  private final transient String head;

  private final transient String relativeName;

  private InputPath(String name) {
    this.name = name;
    int dot = name.indexOf('.');
    this.head = name.substring(0, dot);
    this.relativeName = name.substring(dot + 1);
  }

  /**
   * Obtains a path from its name, such as {@code "fleet.count"}.
   *
   * @param name the path, two or more dot-separated lowerCamel segments
   * @return the path
   * @throws IllegalArgumentException if the name has fewer than two segments or a segment is not a
   *     lowerCamel word
   */
  public static InputPath of(String name) {
    return new InputPath(check(Checks.notNull(name, "path")));
  }

  private static String check(String name) {
    String[] segments = name.split("\\.", -1);
    if (segments.length < 2) {
      throw new IllegalArgumentException(
          "path must have at least two dot-separated segments, such as"
              + " 'candidate.effectiveFraction', but was '"
              + name
              + "'");
    }
    for (int i = 0; i < segments.length; i++) {
      if (!isLowerCamel(segments[i])) {
        throw new IllegalArgumentException(
            "path segments must be lowerCamel words (a lower-case letter, then letters or digits)"
                + " but segment "
                + (i + 1)
                + " of '"
                + name
                + "' was '"
                + segments[i]
                + "'");
      }
    }
    return name;
  }

  private static boolean isLowerCamel(String segment) {
    if (segment.isEmpty() || !isLower(segment.charAt(0))) {
      return false;
    }
    for (int i = 1; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (!(isLower(c) || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLower(char c) {
    return c >= 'a' && c <= 'z';
  }

  /**
   * Returns the first segment, the part of the scenario the input belongs to, such as {@code
   * "candidate"} for {@code candidate.effectiveFraction}.
   *
   * @return the head, a lowerCamel word
   */
  public String head() {
    return head;
  }

  /**
   * Returns the path after the head, the input's name within its part, such as {@code
   * "effectiveFraction"} for {@code candidate.effectiveFraction}.
   *
   * @return the relative name, one or more dot-separated lowerCamel words
   */
  public String relativeName() {
    return relativeName;
  }

  /** Validates a deserialised path through the factory. */
  private Object readResolve() {
    return of(name);
  }

  @Override
  public int compareTo(InputPath other) {
    return name.compareTo(other.name);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof InputPath other && name.equals(other.name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  /**
   * Returns the name, such as {@code "candidate.effectiveFraction"}.
   *
   * @return the name, accepted by {@link #of(String)}
   */
  @Override
  public String toString() {
    return name;
  }
}
