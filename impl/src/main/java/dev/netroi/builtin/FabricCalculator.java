package dev.netroi.builtin;

import dev.netroi.CurrencyAmount;
import dev.netroi.FabricDesign;
import dev.netroi.InputPath;
import dev.netroi.InputPaths;
import dev.netroi.NetworkFabric;
import dev.netroi.OptionRole;
import dev.netroi.Scenario;
import dev.netroi.calc.CalculationException;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Measure;
import dev.netroi.calc.Row;
import dev.netroi.fabric.FabricFormulas;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The capex and power per GPU of one option's fabric ({@link Scenario#fabric(OptionRole)}), sized
 * for the fleet's GPU count by {@link FabricFormulas} ({@link FabricFormulas#capexPerGpu}, {@link
 * FabricFormulas#powerPerGpu}). Fails with {@code MISSING_INPUT} when the option has no fabric, and
 * as {@code UNDEFINED} (with the maximum and what would fit) when the fleet does not fit the
 * design.
 */
abstract class FabricCalculator extends BuiltInRowCalculator {

  private static final int CAPEX = 0;
  private static final int POWER = 1;

  // indexes of inputPaths() when the option has a fabric
  private static final int GPUS = 0;
  private static final int OVERSUBSCRIPTION = 1;
  private static final int SWITCH_PRICE = 2;
  private static final int OPTIC_PRICE = 3;
  private static final int NIC_PRICE = 4;
  private static final int CABLE_PRICE = 5;
  private static final int SWITCH_WATTS = 6;
  private static final int OPTIC_WATTS = 7;
  private static final int NIC_WATTS = 8;

  private final OptionRole role;
  private final String capexFormula;
  private final String powerFormula;

  /** The inputs read when the option has a fabric, in the order of the indexes above. */
  private final List<InputPath> fabricInputs;

  /**
   * The refusal of a scenario without this role's fabric, made once, so that every such scenario
   * fails with the same message and the engine reuses its failures.
   */
  private final String noFabric;

  FabricCalculator(
      OptionRole role, Measure<CurrencyAmount> capexMeasure, Measure<Double> powerMeasure) {
    super(List.of(capexMeasure, powerMeasure), List.of());
    this.role = role;
    this.fabricInputs =
        List.of(
            InputPaths.FLEET_COUNT,
            role.fabricPath("oversubscription"),
            role.fabricPath("switchPrice"),
            role.fabricPath("opticPrice"),
            role.fabricPath("nicPrice"),
            role.fabricPath("cablePrice"),
            role.fabricPath("switchWatts"),
            role.fabricPath("opticWatts"),
            role.fabricPath("nicWatts"));
    String head = role.fabricHead();
    this.noFabric =
        "the "
            + role.head()
            + " option has no fabric ("
            + head
            + "): its network cost is its stated "
            + role.path("annualCostPerGpu");
    this.capexFormula =
        capexMeasure
            + " = (switches x "
            + fabricInputs.get(SWITCH_PRICE)
            + " + optics x "
            + fabricInputs.get(OPTIC_PRICE)
            + " + NICs x "
            + fabricInputs.get(NIC_PRICE)
            + " + cables x "
            + fabricInputs.get(CABLE_PRICE)
            + ") / "
            + InputPaths.FLEET_COUNT;
    this.powerFormula =
        powerMeasure
            + " = (switches x "
            + fabricInputs.get(SWITCH_WATTS)
            + " + optics x "
            + fabricInputs.get(OPTIC_WATTS)
            + " + NICs x "
            + fabricInputs.get(NIC_WATTS)
            + ") / "
            + InputPaths.FLEET_COUNT;
  }

  /**
   * Returns the sized fabric of a design for the scenario's fleet, or fails as {@code UNDEFINED}
   * when the fleet does not fit (for the lifetime terms, which size a fabric from a scenario).
   */
  static FabricFormulas.Counts counts(Scenario scenario, FabricDesign design) {
    long gpus = scenario.fleet().count();
    FabricFormulas.Counts counts = FabricFormulas.counts(design, gpus, design.oversubscription());
    if (counts == null) {
      throw new CalculationException(
          FailureReason.UNDEFINED,
          FabricFormulas.fitRefusal(design, gpus, design.oversubscription()));
    }
    return counts;
  }

  /** Short text of a sized fabric for explanations, such as {@code 64 switches in 2 tiers}. */
  static String summary(FabricFormulas.Counts counts) {
    return counts.switches()
        + " switches in "
        + counts.tiers()
        + " tiers, "
        + counts.optics()
        + " optics, "
        + counts.nics()
        + " NICs, "
        + counts.links()
        + " cables";
  }

  @Override
  public List<InputPath> inputPaths(Scenario structure) {
    return structure.fabric(role).isPresent() ? fabricInputs : List.of();
  }

  /** The design of the row's fabric: its structure (radix, tiers, rails), never its numbers. */
  private @Nullable FabricDesign structure(Row row) {
    NetworkFabric fabric = row.scenario().fabric(role).orElse(null);
    return fabric == null ? null : fabric.design();
  }

  /** The row's fabric sized for its fleet, or null if the fleet does not fit. */
  private static FabricFormulas.@Nullable Counts counts(Row row, FabricDesign structure) {
    return FabricFormulas.counts(structure, (long) row.input(GPUS), row.input(OVERSUBSCRIPTION));
  }

  @Override
  public @Nullable FailureReason refuses(Scenario structure) {
    return structure.fabric(role).isEmpty() ? FailureReason.MISSING_INPUT : null;
  }

  @Override
  public @Nullable FailureReason compute(Row row) {
    FabricDesign structure = structure(row);
    if (structure == null) {
      return FailureReason.MISSING_INPUT;
    }
    FabricFormulas.Counts counts = counts(row, structure);
    if (counts == null) {
      return FailureReason.UNDEFINED;
    }
    double gpus = row.input(GPUS);
    row.set(
        CAPEX,
        FabricFormulas.capexPerGpu(
            counts,
            row.input(SWITCH_PRICE),
            row.input(OPTIC_PRICE),
            row.input(NIC_PRICE),
            row.input(CABLE_PRICE),
            gpus));
    row.set(
        POWER,
        FabricFormulas.powerPerGpu(
            counts, row.input(SWITCH_WATTS), row.input(OPTIC_WATTS), row.input(NIC_WATTS), gpus));
    return null;
  }

  @Override
  public Explanation explain(Row row, int output) {
    FabricFormulas.Counts counts =
        Objects.requireNonNull(counts(row, Objects.requireNonNull(structure(row))));
    Explanation explanation =
        Explanation.of(output == CAPEX ? capexFormula : powerFormula)
            .withInput(role.fabricHead(), summary(counts));
    if (output == CAPEX) {
      explanation =
          explanation
              .withInput(name(SWITCH_PRICE), money(row, row.input(SWITCH_PRICE)))
              .withInput(name(OPTIC_PRICE), money(row, row.input(OPTIC_PRICE)))
              .withInput(name(NIC_PRICE), money(row, row.input(NIC_PRICE)))
              .withInput(name(CABLE_PRICE), money(row, row.input(CABLE_PRICE)));
    } else {
      explanation =
          explanation
              .withInput(name(SWITCH_WATTS), row.input(SWITCH_WATTS))
              .withInput(name(OPTIC_WATTS), row.input(OPTIC_WATTS))
              .withInput(name(NIC_WATTS), row.input(NIC_WATTS));
    }
    return explanation.withInput(name(GPUS), (long) row.input(GPUS));
  }

  /** The name of one input in explanations: its path. */
  private String name(int input) {
    return fabricInputs.get(input).toString();
  }

  @Override
  public String refusal(Row row, FailureReason reason) {
    FabricDesign structure = structure(row);
    if (structure == null) {
      return noFabric;
    }
    return FabricFormulas.fitRefusal(
        structure, (long) row.input(GPUS), row.input(OVERSUBSCRIPTION));
  }
}
