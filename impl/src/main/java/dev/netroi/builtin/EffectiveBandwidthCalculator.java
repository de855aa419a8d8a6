package dev.netroi.builtin;

import static dev.netroi.calc.Measures.EFFECTIVE_BANDWIDTH_BASELINE;
import static dev.netroi.calc.Measures.EFFECTIVE_BANDWIDTH_CANDIDATE;

import dev.netroi.Bandwidth;
import dev.netroi.NetworkOption;
import dev.netroi.calc.CalculationContext;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.Figure;
import dev.netroi.calc.Measure;
import java.util.List;
import java.util.Set;

/** Effective bandwidth = port speed x effective-bandwidth fraction, for both options. */
public final class EffectiveBandwidthCalculator extends BuiltInCalculator {

  /** Creates the calculator. */
  public EffectiveBandwidthCalculator() {
    super(Set.of(EFFECTIVE_BANDWIDTH_CANDIDATE, EFFECTIVE_BANDWIDTH_BASELINE), Set.of());
  }

  @Override
  public List<Figure<?>> calculate(CalculationContext context) {
    return List.of(
        figure(EFFECTIVE_BANDWIDTH_CANDIDATE, "candidate", context.scenario().candidate()),
        figure(EFFECTIVE_BANDWIDTH_BASELINE, "baseline", context.scenario().baseline()));
  }

  private static Figure<Bandwidth> figure(
      Measure<Bandwidth> measure, String role, NetworkOption option) {
    Bandwidth value = option.portSpeed().multipliedBy(option.effectiveFraction());
    Explanation explanation =
        Explanation.of(measure + " = " + role + ".portSpeed x " + role + ".effectiveFraction")
            .withInput(role + ".portSpeed", option.portSpeed().toString())
            .withInput(role + ".effectiveFraction", plain(option.effectiveFraction()));
    return Figure.of(measure, value, explanation);
  }
}
