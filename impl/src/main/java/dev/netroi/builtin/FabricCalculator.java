package dev.netroi.builtin;

import dev.netroi.CurrencyAmount;
import dev.netroi.FabricDesign;
import dev.netroi.FabricPriceList;
import dev.netroi.InputPaths;
import dev.netroi.NetworkFabric;
import dev.netroi.OptionRole;
import dev.netroi.Scenario;
import dev.netroi.calc.Block;
import dev.netroi.calc.CalculationContext;
import dev.netroi.calc.CalculationException;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Figure;
import dev.netroi.calc.Measure;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The capex and power per GPU of one option's fabric ({@link Scenario#fabric(OptionRole)}), sized
 * for the fleet's GPU count by the formulas documented in {@code dev.netroi.fabric.Fabrics}. Fails
 * with {@code MISSING_INPUT} when the option has no fabric, and as {@code UNDEFINED} (with the
 * maximum and what would fit) when the fleet does not fit the design.
 */
abstract class FabricCalculator extends BuiltInCalculator {

  private final OptionRole role;
  private final Measure<CurrencyAmount> capexMeasure;
  private final Measure<Double> powerMeasure;
  private final String capexFormula;
  private final String powerFormula;

  /**
   * The failure of a scenario without this role's fabric, made once: it is immutable (no stack
   * trace, no suppressed exceptions), and every scenario without a fabric fails with it, so that
   * the audited evaluation of such a scenario allocates no message.
   */
  private final CalculationException noFabric;

  FabricCalculator(
      OptionRole role, Measure<CurrencyAmount> capexMeasure, Measure<Double> powerMeasure) {
    super(Set.of(capexMeasure, powerMeasure), Set.of());
    this.role = role;
    this.capexMeasure = capexMeasure;
    this.powerMeasure = powerMeasure;
    String head = role.fabricHead();
    this.noFabric =
        new CalculationException(
            FailureReason.MISSING_INPUT,
            "the scenario has no "
                + head
                + ": the "
                + role.head()
                + "'s network cost is its stated annualCostPerGpu");
    this.capexFormula =
        capexMeasure
            + " = (switches x "
            + head
            + ".switchPrice + optics x "
            + head
            + ".opticPrice + NICs x "
            + head
            + ".nicPrice + cables x "
            + head
            + ".cablePrice) / fleet.count";
    this.powerFormula =
        powerMeasure
            + " = (switches x "
            + head
            + ".switchWatts + optics x "
            + head
            + ".opticWatts + NICs x "
            + head
            + ".nicWatts) / fleet.count";
  }

  /**
   * Returns the sized fabric of a role for the scenario's fleet, or fails as {@code UNDEFINED} when
   * the fleet does not fit.
   */
  static FabricFormulas.Counts counts(Scenario scenario, FabricDesign design) {
    long gpus = scenario.fleet().count();
    FabricFormulas.Counts counts = FabricFormulas.counts(design, gpus, design.oversubscription());
    if (counts == null) {
      throw new CalculationException(FailureReason.UNDEFINED, FabricFormulas.refusal(design, gpus));
    }
    return counts;
  }

  /** Capex per GPU = capex / GPUs. */
  static double capexPerGpu(
      FabricFormulas.Counts counts,
      double switchPrice,
      double opticPrice,
      double nicPrice,
      double cablePrice,
      double gpus) {
    return FabricFormulas.capex(counts, switchPrice, opticPrice, nicPrice, cablePrice) / gpus;
  }

  /** Power per GPU = watts / GPUs. */
  static double powerPerGpu(
      FabricFormulas.Counts counts,
      double switchWatts,
      double opticWatts,
      double nicWatts,
      double gpus) {
    return FabricFormulas.watts(counts, switchWatts, opticWatts, nicWatts) / gpus;
  }

  /** Short text of a sized fabric for explanations, such as {@code 64 switches in 2 tiers}. */
  static String summary(FabricFormulas.Counts counts) {
    return counts.switches()
        + " switches in "
        + counts.tiers()
        + " tiers, "
        + 2 * counts.links()
        + " optics, "
        + counts.nics()
        + " NICs, "
        + counts.links()
        + " cables";
  }

  @Override
  public List<Figure<?>> calculate(CalculationContext context) {
    Scenario scenario = context.scenario();
    Optional<NetworkFabric> built = scenario.fabric(role);
    if (built.isEmpty()) {
      throw noFabric; // no lambda: a scenario without a fabric allocates nothing here
    }
    NetworkFabric fabric = built.get();
    FabricDesign design = fabric.design();
    FabricPriceList p = design.prices();
    FabricFormulas.Counts counts = counts(scenario, design);
    long gpus = scenario.fleet().count();
    String head = role.fabricHead();
    double capex =
        capexPerGpu(
            counts,
            p.switchPrice().amount(),
            p.opticPrice().amount(),
            p.nicPrice().amount(),
            p.cablePrice().amount(),
            (double) gpus);
    double power =
        powerPerGpu(counts, p.switchWatts(), p.opticWatts(), p.nicWatts(), (double) gpus);
    String sized = summary(counts);
    return List.of(
        Figure.of(
            capexMeasure,
            CurrencyAmount.of(p.currency(), capex),
            Explanation.of(capexFormula)
                .withInput(head, sized)
                .withInput(head + ".switchPrice", p.switchPrice())
                .withInput(head + ".opticPrice", p.opticPrice())
                .withInput(head + ".nicPrice", p.nicPrice())
                .withInput(head + ".cablePrice", p.cablePrice())
                .withInput("fleet.count", gpus)),
        Figure.of(
            powerMeasure,
            power,
            Explanation.of(powerFormula)
                .withInput(head, sized)
                .withInput(head + ".switchWatts", p.switchWatts())
                .withInput(head + ".opticWatts", p.opticWatts())
                .withInput(head + ".nicWatts", p.nicWatts())
                .withInput("fleet.count", gpus)));
  }

  @Override
  public void calculateBlock(Block block) {
    if (block.scenario().fabric(role).isEmpty()) {
      failAll(block, FailureReason.MISSING_INPUT);
      return;
    }
    fill(block, role, block.output(capexMeasure), block.output(powerMeasure));
  }

  /**
   * Fills, for each row, the capex per GPU of a role's fabric and, if {@code power} is not null,
   * its power per GPU, sizing each row's fabric once; fails as {@code UNDEFINED} the rows whose
   * fleet does not fit the design.
   */
  static void fill(Block block, OptionRole role, double[] capex, double @Nullable [] power) {
    FabricDesign design = block.scenario().fabric(role).orElseThrow().design();
    double[] gpus = block.input(InputPaths.FLEET_COUNT);
    double[] oversubscription = block.input(role.fabricPath("oversubscription"));
    double[] switchPrice = block.input(role.fabricPath("switchPrice"));
    double[] opticPrice = block.input(role.fabricPath("opticPrice"));
    double[] nicPrice = block.input(role.fabricPath("nicPrice"));
    double[] cablePrice = block.input(role.fabricPath("cablePrice"));
    double[] switchWatts = block.input(role.fabricPath("switchWatts"));
    double[] opticWatts = block.input(role.fabricPath("opticWatts"));
    double[] nicWatts = block.input(role.fabricPath("nicWatts"));
    for (int row = 0; row < block.size(); row++) {
      if (block.isRowFailed(row)) {
        continue;
      }
      FabricFormulas.Counts counts =
          FabricFormulas.counts(design, (long) gpus[row], oversubscription[row]);
      if (counts == null) {
        block.fail(row, FailureReason.UNDEFINED);
        continue;
      }
      capex[row] =
          capexPerGpu(
              counts, switchPrice[row], opticPrice[row], nicPrice[row], cablePrice[row], gpus[row]);
      if (power != null) {
        power[row] =
            powerPerGpu(counts, switchWatts[row], opticWatts[row], nicWatts[row], gpus[row]);
      }
    }
  }
}
