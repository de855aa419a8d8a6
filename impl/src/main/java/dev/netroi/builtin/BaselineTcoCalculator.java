package dev.netroi.builtin;

import static dev.netroi.calc.Measures.ANNUAL_TCO_FLEET_BASELINE;
import static dev.netroi.calc.Measures.ANNUAL_TCO_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.LIFETIME_GPU_COST_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.LIFETIME_HOSTING_COST_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.LIFETIME_NETWORK_COST_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.LIFETIME_POWER_COST_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.LIFETIME_TCO_FLEET_BASELINE;
import static dev.netroi.calc.Measures.LIFETIME_TCO_PER_GPU_BASELINE;

import dev.netroi.OptionRole;
import java.util.List;

/** Lifetime and annual TCO of the fleet on the baseline network (see {@link TcoCalculator}). */
public final class BaselineTcoCalculator extends TcoCalculator {

  /** Creates the calculator. */
  public BaselineTcoCalculator() {
    super(
        OptionRole.BASELINE,
        List.of(
            LIFETIME_GPU_COST_PER_GPU_BASELINE,
            LIFETIME_NETWORK_COST_PER_GPU_BASELINE,
            LIFETIME_POWER_COST_PER_GPU_BASELINE,
            LIFETIME_HOSTING_COST_PER_GPU_BASELINE,
            LIFETIME_TCO_PER_GPU_BASELINE,
            LIFETIME_TCO_FLEET_BASELINE,
            ANNUAL_TCO_PER_GPU_BASELINE,
            ANNUAL_TCO_FLEET_BASELINE));
  }
}
