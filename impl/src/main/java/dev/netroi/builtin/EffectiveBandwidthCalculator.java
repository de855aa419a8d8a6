package dev.netroi.builtin;

import static dev.netroi.calc.Measures.EFFECTIVE_BANDWIDTH_BASELINE;
import static dev.netroi.calc.Measures.EFFECTIVE_BANDWIDTH_CANDIDATE;

import dev.netroi.Bandwidth;
import dev.netroi.NetworkOption;
import dev.netroi.OptionRole;
import dev.netroi.calc.Block;
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

  @Override
  public void calculateBlock(Block block) {
    fill(block, EFFECTIVE_BANDWIDTH_CANDIDATE, OptionRole.CANDIDATE);
    fill(block, EFFECTIVE_BANDWIDTH_BASELINE, OptionRole.BASELINE);
  }

  private static void fill(Block block, Measure<Bandwidth> measure, OptionRole role) {
    double[] portSpeed = block.input(role.path("portSpeed"));
    double[] fraction = block.input(role.effectiveFraction());
    double[] out = block.output(measure);
    for (int row = 0; row < block.size(); row++) {
      out[row] = effectiveGbps(portSpeed[row], fraction[row]);
    }
  }

  /** Effective bandwidth in Gb/s = port speed in Gb/s x effective fraction. */
  static double effectiveGbps(double portSpeedGbps, double effectiveFraction) {
    return portSpeedGbps * effectiveFraction;
  }

  private static Figure<Bandwidth> figure(
      Measure<Bandwidth> measure, String[] formulaAndInputs, NetworkOption option) {
    Bandwidth value =
        Bandwidth.ofGbps(effectiveGbps(option.portSpeed().gbps(), option.effectiveFraction()));
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
