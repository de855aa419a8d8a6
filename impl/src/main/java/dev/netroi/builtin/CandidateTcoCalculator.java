package dev.netroi.builtin;

import static dev.netroi.calc.Measures.ANNUAL_TCO_FLEET_CANDIDATE;
import static dev.netroi.calc.Measures.ANNUAL_TCO_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.LIFETIME_GPU_COST_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.LIFETIME_HOSTING_COST_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.LIFETIME_NETWORK_COST_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.LIFETIME_POWER_COST_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.LIFETIME_TCO_FLEET_CANDIDATE;
import static dev.netroi.calc.Measures.LIFETIME_TCO_PER_GPU_CANDIDATE;

import dev.netroi.OptionRole;
import java.util.List;

/** Lifetime and annual TCO of the fleet on the candidate network (see {@link TcoCalculator}). */
public final class CandidateTcoCalculator extends TcoCalculator {

  /** Creates the calculator. */
  public CandidateTcoCalculator() {
    super(
        OptionRole.CANDIDATE,
        List.of(
            LIFETIME_GPU_COST_PER_GPU_CANDIDATE,
            LIFETIME_NETWORK_COST_PER_GPU_CANDIDATE,
            LIFETIME_POWER_COST_PER_GPU_CANDIDATE,
            LIFETIME_HOSTING_COST_PER_GPU_CANDIDATE,
            LIFETIME_TCO_PER_GPU_CANDIDATE,
            LIFETIME_TCO_FLEET_CANDIDATE,
            ANNUAL_TCO_PER_GPU_CANDIDATE,
            ANNUAL_TCO_FLEET_CANDIDATE));
  }
}
