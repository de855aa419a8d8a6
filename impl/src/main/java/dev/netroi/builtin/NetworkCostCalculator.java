package dev.netroi.builtin;

import static dev.netroi.calc.Measures.EXTRA_NETWORK_COST_PER_GPU;
import static dev.netroi.calc.Measures.NETWORK_COST_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.NETWORK_COST_PER_GPU_CANDIDATE;

import dev.netroi.CurrencyAmount;
import dev.netroi.InputPath;
import dev.netroi.InputPaths;
import dev.netroi.NetworkFabric;
import dev.netroi.OptionRole;
import dev.netroi.Scenario;
import dev.netroi.calc.Block;
import dev.netroi.calc.CalculationContext;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.Figure;
import dev.netroi.calc.Measure;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The annual network cost per GPU of both options, and the extra cost of the candidate = cost
 * (candidate) - cost (baseline).
 *
 * <p>An option's cost is its stated {@code annualCostPerGpu}, unless the scenario has a fabric for
 * it ({@link Scenario#fabric(OptionRole)}): then it is the fabric's capex per GPU / life + support
 * share x capex per GPU, with the fabric sized for the fleet ({@link FabricCalculator}), and the
 * explanation names that source. A fleet that does not fit the fabric fails the three measures as
 * {@code UNDEFINED}.
 */
public final class NetworkCostCalculator extends BuiltInCalculator {

  private static final String CANDIDATE =
      NETWORK_COST_PER_GPU_CANDIDATE + " = candidate.annualCostPerGpu";
  private static final String BASELINE =
      NETWORK_COST_PER_GPU_BASELINE + " = baseline.annualCostPerGpu";
  private static final String EXTRA =
      EXTRA_NETWORK_COST_PER_GPU + " = candidate.annualCostPerGpu - baseline.annualCostPerGpu";
  private static final String EXTRA_WITH_FABRIC =
      EXTRA_NETWORK_COST_PER_GPU
          + " = "
          + NETWORK_COST_PER_GPU_CANDIDATE
          + " - "
          + NETWORK_COST_PER_GPU_BASELINE;

  /** An option's cost and how it was found. */
  private record Cost(CurrencyAmount amount, Explanation explanation, String name) {}

  /** Creates the calculator. */
  public NetworkCostCalculator() {
    super(
        Set.of(
            NETWORK_COST_PER_GPU_CANDIDATE,
            NETWORK_COST_PER_GPU_BASELINE,
            EXTRA_NETWORK_COST_PER_GPU),
        Set.of());
  }

  @Override
  public List<Figure<?>> calculate(CalculationContext context) {
    Scenario scenario = context.scenario();
    if (scenario.fabric(OptionRole.CANDIDATE).isEmpty()
        && scenario.fabric(OptionRole.BASELINE).isEmpty()) {
      return stated(scenario);
    }
    for (OptionRole role : OptionRole.values()) {
      // a fleet that does not fit a fabric fails before any amount is computed, as in a block
      scenario.fabric(role).ifPresent(f -> FabricCalculator.counts(scenario, f.design()));
    }
    Cost candidate =
        cost(scenario, OptionRole.CANDIDATE, NETWORK_COST_PER_GPU_CANDIDATE, CANDIDATE);
    Cost baseline = cost(scenario, OptionRole.BASELINE, NETWORK_COST_PER_GPU_BASELINE, BASELINE);
    return List.of(
        Figure.of(NETWORK_COST_PER_GPU_CANDIDATE, candidate.amount(), candidate.explanation()),
        Figure.of(NETWORK_COST_PER_GPU_BASELINE, baseline.amount(), baseline.explanation()),
        Figure.of(
            EXTRA_NETWORK_COST_PER_GPU,
            CurrencyAmount.of(
                sameCurrency(candidate.amount(), baseline.amount()),
                extraCost(candidate.amount().amount(), baseline.amount().amount())),
            Explanation.of(EXTRA_WITH_FABRIC)
                .withInput(NETWORK_COST_PER_GPU_CANDIDATE, candidate.amount())
                .withInput(NETWORK_COST_PER_GPU_BASELINE, baseline.amount())));
  }

  /** The costs as the scenario states them: the reference analysis's case. */
  private static List<Figure<?>> stated(Scenario scenario) {
    CurrencyAmount candidate = scenario.candidate().annualCostPerGpu();
    CurrencyAmount baseline = scenario.baseline().annualCostPerGpu();
    return List.of(
        Figure.of(
            NETWORK_COST_PER_GPU_CANDIDATE,
            candidate,
            Explanation.of(CANDIDATE).withInput("candidate.annualCostPerGpu", candidate)),
        Figure.of(
            NETWORK_COST_PER_GPU_BASELINE,
            baseline,
            Explanation.of(BASELINE).withInput("baseline.annualCostPerGpu", baseline)),
        Figure.of(
            EXTRA_NETWORK_COST_PER_GPU,
            CurrencyAmount.of(
                sameCurrency(candidate, baseline),
                extraCost(candidate.amount(), baseline.amount())),
            Explanation.of(EXTRA)
                .withInput("candidate.annualCostPerGpu", candidate)
                .withInput("baseline.annualCostPerGpu", baseline)));
  }

  /** One option's cost: stated, or from its fabric. */
  private static Cost cost(
      Scenario scenario, OptionRole role, Measure<CurrencyAmount> measure, String statedFormula) {
    String name = role.head() + ".annualCostPerGpu";
    Optional<NetworkFabric> fabric = scenario.fabric(role);
    if (fabric.isEmpty()) {
      CurrencyAmount stated = role.option(scenario).annualCostPerGpu();
      return new Cost(stated, Explanation.of(statedFormula).withInput(name, stated), name);
    }
    NetworkFabric f = fabric.get();
    double capex = FabricCalculator.capexPerGpu(scenario, f);
    String head = role.fabricHead();
    CurrencyAmount capexAmount = CurrencyAmount.of(scenario.currency(), capex);
    CurrencyAmount annual =
        CurrencyAmount.of(
            scenario.currency(),
            FabricFormulas.annualCost(capex, f.lifeYears(), f.annualSupportShare()));
    Explanation explanation =
        Explanation.of(
                measure
                    + " = fabric capex per GPU / "
                    + head
                    + ".lifeYears + "
                    + head
                    + ".annualSupportShare x fabric capex per GPU (from the "
                    + role.head()
                    + "'s fabric, not its stated annualCostPerGpu)")
            .withInput("fabric capex per GPU", capexAmount)
            .withInput(head + ".lifeYears", f.lifeYears())
            .withInput(head + ".annualSupportShare", f.annualSupportShare());
    return new Cost(annual, explanation, measure.name());
  }

  @Override
  public void calculateBlock(Block block) {
    int rows = block.size();
    double[] candidate = block.output(NETWORK_COST_PER_GPU_CANDIDATE);
    double[] baseline = block.output(NETWORK_COST_PER_GPU_BASELINE);
    fillCost(block, OptionRole.CANDIDATE, InputPaths.CANDIDATE_ANNUAL_COST_PER_GPU, candidate);
    fillCost(block, OptionRole.BASELINE, InputPaths.BASELINE_ANNUAL_COST_PER_GPU, baseline);
    double[] extra = block.output(EXTRA_NETWORK_COST_PER_GPU);
    for (int row = 0; row < rows; row++) {
      extra[row] = extraCost(candidate[row], baseline[row]);
    }
  }

  /** Fills one option's cost: its stated cost, or its fabric's annual cost. */
  private static void fillCost(Block block, OptionRole role, InputPath stated, double[] cost) {
    int rows = block.size();
    if (block.scenario().fabric(role).isEmpty()) {
      System.arraycopy(block.input(stated), 0, cost, 0, rows);
      return;
    }
    FabricCalculator.fillCapex(block, role, cost); // capex per GPU, made annual below
    double[] life = block.input(role.fabricPath("lifeYears"));
    double[] support = block.input(role.fabricPath("annualSupportShare"));
    for (int row = 0; row < rows; row++) {
      cost[row] = FabricFormulas.annualCost(cost[row], life[row], support[row]);
    }
  }

  /** Extra cost = candidate's annual cost per GPU - baseline's. */
  static double extraCost(double candidate, double baseline) {
    return candidate - baseline;
  }
}
