package dev.netroi.builtin;

import static dev.netroi.calc.Measures.EXTRA_NETWORK_COST_PER_GPU;
import static dev.netroi.calc.Measures.NETWORK_COST_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.NETWORK_COST_PER_GPU_CANDIDATE;

import dev.netroi.CurrencyAmount;
import dev.netroi.FabricPriceList;
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
import org.jspecify.annotations.Nullable;

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
  private record Cost(CurrencyAmount amount, Explanation explanation) {}

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
    // each fabric is sized once, first: a fleet that does not fit fails before any amount is
    // computed, as in a block
    FabricFormulas.@Nullable Counts candidateCounts = counts(scenario, OptionRole.CANDIDATE);
    FabricFormulas.@Nullable Counts baselineCounts = counts(scenario, OptionRole.BASELINE);
    Cost candidate =
        cost(
            scenario,
            OptionRole.CANDIDATE,
            candidateCounts,
            NETWORK_COST_PER_GPU_CANDIDATE,
            CANDIDATE);
    Cost baseline =
        cost(
            scenario, OptionRole.BASELINE, baselineCounts, NETWORK_COST_PER_GPU_BASELINE, BASELINE);
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
    CurrencyAmount candidate = scenario.candidate().statedAnnualCostPerGpu().orElseThrow();
    CurrencyAmount baseline = scenario.baseline().statedAnnualCostPerGpu().orElseThrow();
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

  /** The sized fabric of a role, or null if the role has none; fails if the fleet does not fit. */
  private static FabricFormulas.@Nullable Counts counts(Scenario scenario, OptionRole role) {
    Optional<NetworkFabric> fabric = scenario.fabric(role);
    return fabric.isEmpty() ? null : FabricCalculator.counts(scenario, fabric.get().design());
  }

  /** One option's cost: stated, or from its fabric (sized as {@code counts}). */
  private static Cost cost(
      Scenario scenario,
      OptionRole role,
      FabricFormulas.@Nullable Counts counts,
      Measure<CurrencyAmount> measure,
      String statedFormula) {
    Optional<NetworkFabric> fabric = scenario.fabric(role);
    if (fabric.isEmpty() || counts == null) {
      CurrencyAmount stated = role.option(scenario).statedAnnualCostPerGpu().orElseThrow();
      return new Cost(
          stated,
          Explanation.of(statedFormula).withInput(role.head() + ".annualCostPerGpu", stated));
    }
    NetworkFabric f = fabric.get();
    FabricPriceList p = f.design().prices();
    double capex =
        FabricCalculator.capexPerGpu(
            counts,
            p.switchPrice().amount(),
            p.opticPrice().amount(),
            p.nicPrice().amount(),
            p.cablePrice().amount(),
            (double) scenario.fleet().count());
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
    return new Cost(annual, explanation);
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
    FabricCalculator.fill(block, role, cost, null); // capex per GPU, made annual below
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
