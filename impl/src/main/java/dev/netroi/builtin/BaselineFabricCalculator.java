package dev.netroi.builtin;

import dev.netroi.OptionRole;
import dev.netroi.calc.Measures;

/** Capex and power per GPU of the baseline's fabric (see {@link FabricCalculator}). */
public final class BaselineFabricCalculator extends FabricCalculator {

  /** Creates the calculator. */
  public BaselineFabricCalculator() {
    super(
        OptionRole.BASELINE,
        Measures.FABRIC_CAPEX_PER_GPU_BASELINE,
        Measures.FABRIC_POWER_PER_GPU_BASELINE);
  }
}
