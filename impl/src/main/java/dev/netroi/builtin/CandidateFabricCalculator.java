package dev.netroi.builtin;

import dev.netroi.OptionRole;
import dev.netroi.calc.Measures;

/** Capex and power per GPU of the candidate's fabric (see {@link FabricCalculator}). */
public final class CandidateFabricCalculator extends FabricCalculator {

  /** Creates the calculator. */
  public CandidateFabricCalculator() {
    super(
        OptionRole.CANDIDATE,
        Measures.FABRIC_CAPEX_PER_GPU_CANDIDATE,
        Measures.FABRIC_POWER_PER_GPU_CANDIDATE);
  }
}
