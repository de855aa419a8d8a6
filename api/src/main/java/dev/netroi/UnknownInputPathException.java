package dev.netroi;

import dev.netroi.internal.Checks;
import java.util.Collection;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Thrown when a {@link Scenario} is asked for an {@link InputPath} it does not have: a misspelt
 * path, or a built-in path that does not apply to this scenario (a {@code market.*} path of a
 * scenario without market facts). The message lists the scenario's paths:
 *
 * <pre>
 * Unknown input path 'candidate.effectivFraction' for scenario 'x'; known paths: [baseline.annualCostPerGpu, ...]
 * Input path 'market.activeGpus' does not apply: scenario 'x' has no market snapshot; known paths: [...]
 * </pre>
 *
 * <pre>{@code
 * try {
 *   scenario.valueAt("candidate.effectivFraction");
 * } catch (UnknownInputPathException e) {
 *   SortedSet<InputPath> known = e.getKnownPaths();   // what to offer instead
 * }
 * }</pre>
 */
public final class UnknownInputPathException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final InputPath path;
  private final SortedSet<InputPath> knownPaths;

  /**
   * Creates the exception.
   *
   * @param path the path that was asked for
   * @param scenarioName the name of the scenario that was asked
   * @param knownPaths the paths that the scenario has
   * @param reason why the path does not apply, such as {@code "scenario 'x' has no market
   *     snapshot"}, or empty for a path that is simply unknown
   */
  public UnknownInputPathException(
      InputPath path, String scenarioName, Collection<InputPath> knownPaths, String reason) {
    super(message(path, scenarioName, knownPaths, reason));
    this.path = path;
    this.knownPaths = Collections.unmodifiableSortedSet(new TreeSet<>(knownPaths));
  }

  private static String message(
      InputPath path, String scenarioName, Collection<InputPath> knownPaths, String reason) {
    Checks.notNull(path, "path");
    Checks.notNull(scenarioName, "scenarioName");
    Checks.notNull(knownPaths, "knownPaths");
    String known = "; known paths: " + new TreeSet<>(knownPaths);
    return Checks.notNull(reason, "reason").isEmpty()
        ? "Unknown input path '" + path + "' for scenario '" + scenarioName + "'" + known
        : "Input path '" + path + "' does not apply: " + reason + known;
  }

  /**
   * Returns the path that was asked for.
   *
   * @return the path
   */
  public InputPath getPath() {
    return path;
  }

  /**
   * Returns the paths that the scenario has, sorted.
   *
   * @return an unmodifiable sorted set
   */
  public SortedSet<InputPath> getKnownPaths() {
    return knownPaths;
  }
}
