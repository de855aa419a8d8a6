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

  private static final String[] CANDIDATE = names(EFFECTIVE_BANDWIDTH_CANDIDATE, "candidate");
  private static final String[] BASELINE = names(EFFECTIVE_BANDWIDTH_BASELINE, "baseline");

  /** Creates the calculator. */
  public EffectiveBandwidthCalculator() {
    super(Set.of(EFFECTIVE_BANDWIDTH_CANDIDATE, EFFECTIVE_BANDWIDTH_BASELINE), Set.of());
  }

  @Override
  public List<Figure<?>> calculate(CalculationContext context) {
    return List.of(
        figure(EFFECTIVE_BANDWIDTH_CANDIDATE, CANDIDATE, context.scenario().candidate()),
        figure(EFFECTIVE_BANDWIDTH_BASELINE, BASELINE, context.scenario().baseline()));
  }

  private static Figure<Bandwidth> figure(
      Measure<Bandwidth> measure, String[] formulaAndInputs, NetworkOption option) {
    Bandwidth value = option.portSpeed().multipliedBy(option.effectiveFraction());
    Explanation explanation =
        Explanation.of(formulaAndInputs[0])
            .withInput(formulaAndInputs[1], option.portSpeed(), "")
            .withInput(formulaAndInputs[2], option.effectiveFraction());
    return Figure.of(measure, value, explanation);
  }

  /** The formula and the two input names of one role's figure. */
  private static String[] names(Measure<Bandwidth> measure, String role) {
    return new String[] {
      measure + " = " + role + ".portSpeed x " + role + ".effectiveFraction",
      role + ".portSpeed",
      role + ".effectiveFraction"
    };
  }
}
