package dev.netroi.calc;

import dev.netroi.internal.Checks;
import java.util.List;

/** Thrown when a measure is looked up by a name that is not known; the message lists the names. */
public final class UnknownMeasureException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String name;
  private final List<String> knownNames;

  /**
   * Creates the exception.
   *
   * @param name the name that was looked up
   * @param knownNames the names that are known
   */
  public UnknownMeasureException(String name, List<String> knownNames) {
    super(
        "Unknown measure '"
            + Checks.notNull(name, "name")
            + "'; known measures: "
            + String.join(", ", Checks.notNull(knownNames, "knownNames")));
    this.name = name;
    this.knownNames = List.copyOf(knownNames);
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
}
