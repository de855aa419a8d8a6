package dev.netroi.calc;

/** Why a measure could not be computed. Immutable and thread-safe. */
public enum FailureReason {
  /** The scenario lacks an input the measure needs, such as market facts. */
  MISSING_INPUT,
  /** The figure is mathematically undefined for this scenario, such as a ratio over zero cost. */
  UNDEFINED,
  /** A measure this one requires failed; the message names it. */
  DEPENDENCY_FAILED,
  /** The calculator failed unexpectedly or broke its contract; the message names it. */
  CALCULATION_ERROR,
  /**
   * An input of the scenario breaks a rule of its value, such as an effective fraction of 1.3; only
   * on the engine's batch path, where a row's inputs are numbers in columns (a {@code Scenario}
   * with such an input cannot be built). Every measure of that row fails with this reason.
   */
  INVALID_INPUT
}
