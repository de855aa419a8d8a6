package dev.netroi.builtin;

import dev.netroi.testkit.CalculatorContract;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The contract kit as the built-in calculators' tests run it: every check of {@link
 * CalculatorContract} but the batch one, which runs once for all built-ins together in {@link
 * BatchEquivalenceProperties} (every scalar built-in measure of 1,000 generated batches against the
 * audited path, in blocks only) instead of 200 batches for each of the 33 built-in contract
 * instances.
 */
interface BuiltInContract extends CalculatorContract {

  /** Skipped: {@code BatchEquivalenceProperties} checks every built-in measure on both paths. */
  @Test
  @Override
  default void givesTheAuditedFiguresOnTheBatchPath() {
    Assumptions.abort(
        "the batch path of every built-in is checked once, by BatchEquivalenceProperties");
  }
}
