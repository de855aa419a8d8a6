package dev.netroi.builtin;

import static dev.netroi.calc.Measures.EXTRA_NETWORK_COST_PER_GPU;
import static dev.netroi.calc.Measures.FABRIC_CAPEX_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.FABRIC_CAPEX_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.NETWORK_COST_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.NETWORK_COST_PER_GPU_CANDIDATE;

import dev.netroi.CurrencyAmount;
import dev.netroi.InputPath;
import dev.netroi.OptionRole;
import dev.netroi.Scenario;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Measure;
import dev.netroi.calc.Row;
import dev.netroi.fabric.FabricFormulas;
import dev.netroi.finance.AnnualValue;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The annual network cost per GPU of both options, and the extra cost of the candidate = cost
 * (candidate) - cost (baseline) ({@link AnnualValue#extraCost}).
 *
 * <p>An option's cost is its stated {@code annualCostPerGpu}, unless the scenario has a fabric for
 * it ({@link Scenario#fabric(OptionRole)}): then it is the fabric's capex per GPU / life + support
 * share x capex per GPU ({@link FabricFormulas#annualCost}), with the capex per GPU the measure
 * {@code FabricCapexPerGpuCandidate} or {@code FabricCapexPerGpuBaseline} (used, so that a plug-in
 * that overrides it changes the cost), and the explanation names that source. Where that measure
 * fails (a fleet that does not fit the fabric: {@code UNDEFINED}) the three measures fail as {@code
 * DEPENDENCY_FAILED}; where an option has a fabric but no calculator gives its capex, they fail as
 * {@code MISSING_INPUT}, naming the measure.
 */
public final class NetworkCostCalculator extends BuiltInRowCalculator {

  private static final String CANDIDATE_STATED =
      NETWORK_COST_PER_GPU_CANDIDATE + " = candidate.annualCostPerGpu";
  private static final String BASELINE_STATED =
      NETWORK_COST_PER_GPU_BASELINE + " = baseline.annualCostPerGpu";
  private static final String EXTRA =
      EXTRA_NETWORK_COST_PER_GPU + " = candidate.annualCostPerGpu - baseline.annualCostPerGpu";
  private static final String EXTRA_WITH_FABRIC =
      EXTRA_NETWORK_COST_PER_GPU
          + " = "
          + NETWORK_COST_PER_GPU_CANDIDATE
          + " - "
          + NETWORK_COST_PER_GPU_BASELINE;

  private static final int CANDIDATE = 0;
  private static final int BASELINE = 1;
  private static final int EXTRA_COST = 2;

  /** The indexes of the used capex measures in {@link Row#value}: there are no required ones. */
  private static final int CANDIDATE_CAPEX = 0;

  private static final int BASELINE_CAPEX = 1;

  /** The two options, each with its measures and inputs. */
  private static final Option CANDIDATE_OPTION =
      new Option(
          OptionRole.CANDIDATE,
          CANDIDATE_CAPEX,
          NETWORK_COST_PER_GPU_CANDIDATE,
          FABRIC_CAPEX_PER_GPU_CANDIDATE,
          CANDIDATE_STATED);

  private static final Option BASELINE_OPTION =
      new Option(
          OptionRole.BASELINE,
          BASELINE_CAPEX,
          NETWORK_COST_PER_GPU_BASELINE,
          FABRIC_CAPEX_PER_GPU_BASELINE,
          BASELINE_STATED);

  /**
   * The input paths per structure, indexed by (candidate has a fabric ? 2 : 0) + (baseline has a
   * fabric ? 1 : 0): the candidate's inputs first (its stated cost, or its fabric's life and
   * support share), then the baseline's.
   */
  private static final List<List<InputPath>> PATHS =
      List.of(
          concat(CANDIDATE_OPTION.stated, BASELINE_OPTION.stated),
          concat(CANDIDATE_OPTION.stated, BASELINE_OPTION.fabric),
          concat(CANDIDATE_OPTION.fabric, BASELINE_OPTION.stated),
          concat(CANDIDATE_OPTION.fabric, BASELINE_OPTION.fabric));

  /**
   * One option: its role, the index of its used capex measure, its inputs with a fabric (life,
   * support share) and without (stated cost), and its texts, made once.
   */
  private static final class Option {
    final OptionRole role;
    final int capexValue;
    final Measure<CurrencyAmount> capex;
    final List<InputPath> stated;
    final List<InputPath> fabric;
    final String statedFormula;
    final String fabricFormula;
    final String noCapex;

    Option(
        OptionRole role,
        int capexValue,
        Measure<CurrencyAmount> cost,
        Measure<CurrencyAmount> capex,
        String statedFormula) {
      this.role = role;
      this.capexValue = capexValue;
      this.capex = capex;
      this.stated = List.of(role.path("annualCostPerGpu"));
      this.fabric = List.of(role.fabricPath("lifeYears"), role.fabricPath("annualSupportShare"));
      this.statedFormula = statedFormula;
      this.fabricFormula =
          cost
              + " = fabric capex per GPU / "
              + fabric.get(0)
              + " + "
              + fabric.get(1)
              + " x fabric capex per GPU (from the "
              + role.head()
              + "'s fabric, not its stated annualCostPerGpu)";
      this.noCapex =
          cost
              + " is missing: the "
              + role.head()
              + " has a fabric ("
              + role.fabricHead()
              + "), whose cost needs "
              + capex
              + ", and no calculator gives it";
    }

    boolean hasFabric(Row row) {
      return (row.layout() & (role == OptionRole.CANDIDATE ? 2 : 1)) != 0;
    }

    /** The index of this option's first input in {@link Row#input}. */
    int firstInput(Row row) {
      return role == OptionRole.CANDIDATE
          ? 0
          : CANDIDATE_OPTION.hasFabric(row) ? CANDIDATE_OPTION.fabric.size() : 1;
    }

    /** Whether the option has a fabric but its capex measure is absent from the row. */
    boolean lacksCapex(Row row) {
      return hasFabric(row) && !row.isPresent(capexValue);
    }

    /** This option's cost in the row; its capex is present if it has a fabric. */
    double cost(Row row) {
      int input = firstInput(row);
      if (!hasFabric(row)) {
        return row.input(input);
      }
      return FabricFormulas.annualCost(
          row.value(capexValue), row.input(input), row.input(input + 1));
    }

    Explanation explain(Row row) {
      int input = firstInput(row);
      if (!hasFabric(row)) {
        return Explanation.of(statedFormula)
            .withInput(stated.get(0).toString(), money(row, row.input(input)));
      }
      return Explanation.of(fabricFormula)
          .withInput(capex, money(row, row.value(capexValue)))
          .withInput(fabric.get(0).toString(), row.input(input))
          .withInput(fabric.get(1).toString(), row.input(input + 1));
    }
  }

  private static List<InputPath> concat(List<InputPath> first, List<InputPath> second) {
    return Stream.concat(first.stream(), second.stream()).toList();
  }

  /** Creates the calculator. */
  public NetworkCostCalculator() {
    super(
        List.of(
            NETWORK_COST_PER_GPU_CANDIDATE,
            NETWORK_COST_PER_GPU_BASELINE,
            EXTRA_NETWORK_COST_PER_GPU),
        List.of(),
        List.of(FABRIC_CAPEX_PER_GPU_CANDIDATE, FABRIC_CAPEX_PER_GPU_BASELINE));
  }

  @Override
  public int layout(Scenario structure) {
    return (structure.fabric(OptionRole.CANDIDATE).isPresent() ? 2 : 0)
        + (structure.fabric(OptionRole.BASELINE).isPresent() ? 1 : 0);
  }

  @Override
  public List<InputPath> inputPaths(Scenario structure) {
    return PATHS.get(layout(structure));
  }

  @Override
  public @Nullable FailureReason compute(Row row) {
    if (CANDIDATE_OPTION.lacksCapex(row) || BASELINE_OPTION.lacksCapex(row)) {
      return FailureReason.MISSING_INPUT; // a fabric without its capex; see refusal
    }
    double candidate = CANDIDATE_OPTION.cost(row);
    double baseline = BASELINE_OPTION.cost(row);
    row.set(CANDIDATE, candidate);
    row.set(BASELINE, baseline);
    row.set(EXTRA_COST, AnnualValue.extraCost(candidate, baseline));
    return null;
  }

  @Override
  public Explanation explain(Row row, int output) {
    if (output == CANDIDATE) {
      return CANDIDATE_OPTION.explain(row);
    }
    if (output == BASELINE) {
      return BASELINE_OPTION.explain(row);
    }
    CurrencyAmount candidate = money(row, row.output(CANDIDATE));
    CurrencyAmount baseline = money(row, row.output(BASELINE));
    if (!CANDIDATE_OPTION.hasFabric(row) && !BASELINE_OPTION.hasFabric(row)) {
      return Explanation.of(EXTRA)
          .withInput(CANDIDATE_OPTION.stated.get(0).toString(), candidate)
          .withInput(BASELINE_OPTION.stated.get(0).toString(), baseline);
    }
    return Explanation.of(EXTRA_WITH_FABRIC)
        .withInput(NETWORK_COST_PER_GPU_CANDIDATE, candidate)
        .withInput(NETWORK_COST_PER_GPU_BASELINE, baseline);
  }

  @Override
  public String refusal(Row row, FailureReason reason) {
    return CANDIDATE_OPTION.lacksCapex(row) ? CANDIDATE_OPTION.noCapex : BASELINE_OPTION.noCapex;
  }
}
