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
  CALCULATION_ERROR
}
