package dev.netroi.engine;

import java.util.List;

/**
 * Thrown when a set of calculators cannot form a registry: two providers of one measure and no
 * override, a required measure that nobody provides, a cycle, two different measures of one name,
 * or a calculator that breaks the SPI's rules. The message names the measures and the calculators;
 * so do the getters.
 */
public final class RegistryException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** What is wrong with the calculators. */
  public enum Kind {
    /** Two or more calculators provide one measure and not exactly one of them overrides it. */
    DUPLICATE_PROVIDER,
    /** A calculator requires a measure that no calculator provides. */
    MISSING_PROVIDER,
    /** Calculators require each other's measures in a cycle. */
    CYCLE,
    /** Two measures share a name but differ in type or unit. */
    CONFLICTING_MEASURE,
    /** A calculator breaks a rule of the SPI, such as providing nothing. */
    INVALID_CALCULATOR,
    /** A calculator could not be loaded by the {@link java.util.ServiceLoader}. */
    LOAD_FAILED
  }

  private final Kind kind;
  private final List<String> measures;
  private final List<String> calculators;

  RegistryException(Kind kind, String message, List<String> measures, List<String> calculators) {
    super(message);
    this.kind = kind;
    this.measures = List.copyOf(measures);
    this.calculators = List.copyOf(calculators);
  }

  RegistryException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.measures = List.of();
    this.calculators = List.of();
  }

  /**
   * Returns what is wrong.
   *
   * @return the kind of problem
   */
  public Kind getKind() {
    return kind;
  }

  /**
   * Returns the names of the measures involved.
   *
   * @return an immutable list of measure names
   */
  public List<String> getMeasures() {
    return measures;
  }

  /**
   * Returns the names of the calculators involved.
   *
   * @return an immutable list of calculator names
   */
  public List<String> getCalculators() {
    return calculators;
  }
}
