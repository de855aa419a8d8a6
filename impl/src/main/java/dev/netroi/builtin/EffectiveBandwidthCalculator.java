package dev.netroi.builtin;

import static dev.netroi.calc.Measures.EFFECTIVE_BANDWIDTH_BASELINE;
import static dev.netroi.calc.Measures.EFFECTIVE_BANDWIDTH_CANDIDATE;

import dev.netroi.InputPath;
import dev.netroi.NetworkOption;
import dev.netroi.OptionRole;
import dev.netroi.Scenario;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Row;
import dev.netroi.throughput.Throughput;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Effective bandwidth = port speed x effective-bandwidth fraction, for both options ({@link
 * Throughput#effectiveGbps}).
 */
public final class EffectiveBandwidthCalculator extends BuiltInRowCalculator {

  private static final List<InputPath> PATHS =
      List.of(
          OptionRole.CANDIDATE.path("portSpeed"),
          OptionRole.CANDIDATE.effectiveFraction(),
          OptionRole.BASELINE.path("portSpeed"),
          OptionRole.BASELINE.effectiveFraction());

  private static final String[] FORMULAS = {
    EFFECTIVE_BANDWIDTH_CANDIDATE + " = " + PATHS.get(0) + " x " + PATHS.get(1),
    EFFECTIVE_BANDWIDTH_BASELINE + " = " + PATHS.get(2) + " x " + PATHS.get(3)
  };

  /** Creates the calculator. */
  public EffectiveBandwidthCalculator() {
    super(List.of(EFFECTIVE_BANDWIDTH_CANDIDATE, EFFECTIVE_BANDWIDTH_BASELINE), List.of());
  }

  @Override
  public List<InputPath> inputPaths(Scenario structure) {
    return PATHS;
  }

  @Override
  public @Nullable FailureReason compute(Row row) {
    row.set(0, Throughput.effectiveGbps(row.input(0), row.input(1)));
    row.set(1, Throughput.effectiveGbps(row.input(2), row.input(3)));
    return null;
  }

  @Override
  public Explanation explain(Row row, int output) {
    // the audited path's row is the scenario itself: show its values as they are
    int port = 2 * output;
    NetworkOption option =
        (output == 0 ? OptionRole.CANDIDATE : OptionRole.BASELINE).option(row.scenario());
    return Explanation.of(FORMULAS[output])
        .withInput(PATHS.get(port).toString(), option.portSpeed(), "")
        .withInput(PATHS.get(port + 1).toString(), row.input(port + 1));
  }
}
