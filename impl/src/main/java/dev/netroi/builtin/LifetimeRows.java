package dev.netroi.builtin;

import dev.netroi.InputPath;
import dev.netroi.InputPaths;
import dev.netroi.Lifetime;
import dev.netroi.OptionRole;
import dev.netroi.PricingModel;
import dev.netroi.Scenario;
import dev.netroi.calc.Measure;
import dev.netroi.calc.Row;
import dev.netroi.lifetime.LifetimeFormulas;
import java.util.ArrayList;
import java.util.List;

/**
 * How the lifetime calculators read a row: the declared input paths (constant lists, one per
 * structure variant), the terms copied into the row's scratch array, each option's network terms
 * from the measures of the graph, and the flows of {@link LifetimeFormulas} over that array. No
 * state: everything a row needs lives in its scratch array for the time of one {@code compute} or
 * {@code explain}.
 *
 * <p>An option's network terms come from the graph: the all-in annual cost per GPU ({@code
 * NetworkCostPerGpu<Role>}, required), the fabric's capex and power per GPU ({@code
 * FabricCapexPerGpu<Role>}, {@code FabricPowerPerGpu<Role>}, used: 0 when absent) and, when the
 * option has a fabric, its life from the input {@code <role>Fabric.lifeYears}; the yearly opex is
 * {@link LifetimeFormulas#networkOpex}.
 */
final class LifetimeRows {

  private LifetimeRows() {}

  /** The refusal of a scenario without lifetime terms: one constant, so it allocates nothing. */
  static final String NO_LIFETIME =
      "the scenario has no lifetime terms (horizon, discount rate, power): set"
          + " Scenario.Builder.lifetime";

  /**
   * The flows of a row, years 0 to n, at the start of the scratch array (as Discounting reads
   * them).
   */
  static final int FLOWS = 0;

  /** The offset of the terms in the scratch array: after room for the longest series of flows. */
  private static final int TERMS = Lifetime.MAX_HORIZON_YEARS + 1;

  /** The input index of the discount rate. */
  static final int RATE_INPUT = 1;

  // the terms in the scratch array; the first 13 are the fixed inputs, in the order of their paths
  static final int HORIZON = TERMS;
  static final int RATE = TERMS + RATE_INPUT;
  static final int COUNT = TERMS + 2;
  static final int UNIT_PRICE = TERMS + 3;
  static final int GPU_LIFE = TERMS + 4;
  static final int RESIDUAL = TERMS + 5;
  static final int GPU_WATTS = TERMS + 6;
  static final int PUE = TERMS + 7;
  static final int KWH = TERMS + 8;
  static final int KW_MONTH = TERMS + 9;
  static final int RAMP = TERMS + 10;
  static final int DAYS = TERMS + 11;
  static final int PRICE = TERMS + 12;
  private static final int FIXED_INPUTS = 13;

  // derived terms
  static final int HOURS = TERMS + 13;
  static final int UTILISATION = TERMS + 14;
  static final int TOKENS_PER_SECOND = TERMS + 15;

  /** The offsets of the network terms of the candidate, the baseline and a free network. */
  static final int CANDIDATE = TERMS + 16;

  static final int BASELINE = TERMS + 21;
  static final int FREE = TERMS + 26;

  // a network's terms, from its offset
  static final int FABRIC = 0;
  static final int CAPEX = 1;
  static final int LIFE = 2;
  static final int OPEX = 3;
  static final int WATTS = 4;

  /** The length of the scratch array. */
  private static final int LENGTH = TERMS + 31;

  private static final List<InputPath> FIXED =
      List.of(
          InputPaths.LIFETIME_HORIZON_YEARS,
          InputPaths.LIFETIME_DISCOUNT_RATE,
          InputPaths.FLEET_COUNT,
          InputPaths.FLEET_UNIT_PRICE,
          InputPaths.LIFETIME_GPU_LIFE_YEARS,
          InputPaths.LIFETIME_GPU_RESIDUAL_SHARE,
          InputPaths.LIFETIME_GPU_WATTS,
          InputPaths.LIFETIME_PUE,
          InputPaths.LIFETIME_ELECTRICITY_PRICE_PER_KWH,
          InputPaths.LIFETIME_HOSTING_PRICE_PER_KW_MONTH,
          InputPaths.LIFETIME_FIRST_YEAR_RAMP,
          InputPaths.YEAR_BASIS_DAYS,
          InputPaths.PRICING_PRICE);

  // the optional paths, in this order after the fixed ones, each present by one bit of a layout
  private static final int SOLD_UTILISATION_BIT = 1;
  private static final int TOKENS_BIT = 2;
  private static final int CANDIDATE_FABRIC_BIT = 4;
  private static final int BASELINE_FABRIC_BIT = 8;

  /** The paths of each layout, made once. */
  private static final List<List<InputPath>> PATHS = paths();

  private static List<List<InputPath>> paths() {
    List<List<InputPath>> all = new ArrayList<>();
    for (int layout = 0; layout < 16; layout++) {
      List<InputPath> paths = new ArrayList<>(FIXED);
      if ((layout & SOLD_UTILISATION_BIT) != 0) {
        paths.add(InputPaths.FLEET_SOLD_UTILISATION);
      }
      if ((layout & TOKENS_BIT) != 0) {
        paths.add(InputPaths.PRICING_TOKENS_PER_SECOND_PER_GPU);
      }
      if ((layout & CANDIDATE_FABRIC_BIT) != 0) {
        paths.add(OptionRole.CANDIDATE.fabricPath("lifeYears"));
      }
      if ((layout & BASELINE_FABRIC_BIT) != 0) {
        paths.add(OptionRole.BASELINE.fabricPath("lifeYears"));
      }
      all.add(List.copyOf(paths));
    }
    return List.copyOf(all);
  }

  /** The structure variant of a scenario: which optional inputs it has. */
  static int layout(Scenario structure) {
    int layout = 0;
    if (structure.fleet().soldUtilisation().isPresent()) {
      layout |= SOLD_UTILISATION_BIT;
    }
    if (structure.pricing() instanceof PricingModel.PerMillionTokens) {
      layout |= TOKENS_BIT;
    }
    if (structure.fabric(OptionRole.CANDIDATE).isPresent()) {
      layout |= CANDIDATE_FABRIC_BIT;
    }
    if (structure.fabric(OptionRole.BASELINE).isPresent()) {
      layout |= BASELINE_FABRIC_BIT;
    }
    return layout;
  }

  /**
   * The input paths of the lifetime calculators for scenarios of one structure: none without
   * lifetime terms, else the fixed ones and those of the structure's optional inputs (a constant
   * list).
   */
  static List<InputPath> inputPaths(Scenario structure) {
    return structure.lifetime().isEmpty() ? List.of() : PATHS.get(layout(structure));
  }

  /** Whether the row's scenario has lifetime terms. */
  static boolean hasLifetime(Row row) {
    return row.scenario().lifetime().isPresent();
  }

  /**
   * Reads the row's terms into its scratch array, after room for a series of flows, and returns it.
   * The networks are not read yet ({@link #network}); only whether each option has a fabric and its
   * life.
   */
  static double[] read(Row row) {
    double[] s = row.scratch(LENGTH);
    for (int i = 0; i < FIXED_INPUTS; i++) {
      s[TERMS + i] = row.input(i);
    }
    s[HOURS] = LifetimeFormulas.hoursPerYear(s[DAYS]);
    int layout = row.layout();
    int next = FIXED_INPUTS;
    s[UTILISATION] = (layout & SOLD_UTILISATION_BIT) != 0 ? row.input(next++) : 1;
    s[TOKENS_PER_SECOND] = (layout & TOKENS_BIT) != 0 ? row.input(next++) : Double.NaN;
    boolean candidateFabric = (layout & CANDIDATE_FABRIC_BIT) != 0;
    s[CANDIDATE + FABRIC] = candidateFabric ? 1 : 0;
    s[CANDIDATE + LIFE] = candidateFabric ? row.input(next++) : 1;
    boolean baselineFabric = (layout & BASELINE_FABRIC_BIT) != 0;
    s[BASELINE + FABRIC] = baselineFabric ? 1 : 0;
    s[BASELINE + LIFE] = baselineFabric ? row.input(next) : 1;
    s[FREE + FABRIC] = 0;
    s[FREE + CAPEX] = 0;
    s[FREE + LIFE] = 1;
    s[FREE + OPEX] = 0;
    s[FREE + WATTS] = 0;
    return s;
  }

  /**
   * Reads one option's network terms into {@code s} at {@code at} (after {@link #read}): capex and
   * watts from the used measures (0 when absent), the opex from the required annual cost.
   *
   * @param cost the value index of the option's annual network cost per GPU
   * @param capex the value index of its fabric capex per GPU
   * @param power the value index of its fabric power per GPU
   */
  static void network(Row row, double[] s, int at, int cost, int capex, int power) {
    boolean fabric = s[at + FABRIC] != 0;
    double capexPerGpu = row.isPresent(capex) ? row.value(capex) : 0;
    s[at + CAPEX] = capexPerGpu;
    s[at + OPEX] = LifetimeFormulas.networkOpex(row.value(cost), capexPerGpu, s[at + LIFE], fabric);
    s[at + WATTS] = row.isPresent(power) ? row.value(power) : 0;
  }

  /** The offset of an option's network terms. */
  static int of(OptionRole role) {
    return role == OptionRole.CANDIDATE ? CANDIDATE : BASELINE;
  }

  static int horizon(double[] s) {
    return (int) s[HORIZON];
  }

  static boolean fabric(double[] s, int net) {
    return s[net + FABRIC] != 0;
  }

  /** Watts per GPU on a network = GPU watts + the network's watts per GPU. */
  static double watts(double[] s, int net) {
    return s[GPU_WATTS] + s[net + WATTS];
  }

  static double energyPerYear(double[] s, int net) {
    return LifetimeFormulas.energyPerYear(watts(s, net), s[PUE], s[HOURS], s[KWH]);
  }

  static double hostingPerYear(double[] s, int net) {
    return LifetimeFormulas.hostingPerYear(watts(s, net), s[KW_MONTH]);
  }

  static double lifetimeGpuCost(double[] s) {
    return LifetimeFormulas.lifetimeGpuCost(s[UNIT_PRICE], s[RESIDUAL], s[GPU_LIFE], horizon(s));
  }

  static double lifetimeNetworkCost(double[] s, int net) {
    return LifetimeFormulas.lifetimeNetworkCost(
        s[net + CAPEX], s[net + LIFE], s[net + OPEX], fabric(s, net), horizon(s));
  }

  static double lifetimePowerCost(double[] s, int net) {
    return LifetimeFormulas.overHorizon(energyPerYear(s, net), horizon(s));
  }

  static double lifetimeHostingCost(double[] s, int net) {
    return LifetimeFormulas.overHorizon(hostingPerYear(s, net), horizon(s));
  }

  static double fabricBookValue(double[] s, int net) {
    return LifetimeFormulas.fabricBookValue(
        s[net + CAPEX], s[net + LIFE], fabric(s, net), horizon(s));
  }

  /** Fills {@code s[at..at+n]} with an option's fleet cash flows (per GPU x count). */
  static void optionFlows(double[] s, int net, double revenue, int at) {
    int n = horizon(s);
    double energy = energyPerYear(s, net);
    double hosting = hostingPerYear(s, net);
    double bookValues =
        LifetimeFormulas.gpuBookValue(s[UNIT_PRICE], s[RESIDUAL], s[GPU_LIFE], n)
            + fabricBookValue(s, net);
    for (int year = 0; year <= n; year++) {
      s[at + year] =
          LifetimeFormulas.optionFlowPerGpu(
                  year,
                  n,
                  revenue,
                  s[RAMP],
                  s[UNIT_PRICE],
                  s[net + CAPEX],
                  s[net + OPEX],
                  energy,
                  hosting,
                  bookValues)
              * s[COUNT];
    }
  }

  /**
   * Fills {@code s[at..at+n]} with the fleet cash flows of choosing network {@code more} over
   * network {@code less}: the difference per GPU taken term by term, x count.
   */
  static void upgradeFlows(
      double[] s, int more, double revenueMore, int less, double revenueLess, int at) {
    int n = horizon(s);
    double watts = s[more + WATTS] - s[less + WATTS];
    double energy = LifetimeFormulas.energyPerYear(watts, s[PUE], s[HOURS], s[KWH]);
    double hosting = LifetimeFormulas.hostingPerYear(watts, s[KW_MONTH]);
    double book = fabricBookValue(s, more) - fabricBookValue(s, less);
    for (int year = 0; year <= n; year++) {
      s[at + year] =
          LifetimeFormulas.upgradeFlowPerGpu(
                  year,
                  n,
                  revenueMore - revenueLess,
                  s[RAMP],
                  s[more + CAPEX] - s[less + CAPEX],
                  s[more + OPEX] - s[less + OPEX],
                  energy,
                  hosting,
                  book)
              * s[COUNT];
    }
  }

  /** The length of the flows: n + 1. */
  static int length(double[] s) {
    return horizon(s) + 1;
  }

  /**
   * The message of a row whose figures overflow a double: the discount rate when it is the cause
   * (the figure is finite at a rate of 0), else the declared input or required or used measure of
   * the largest magnitude.
   *
   * @param row the row
   * @param paths the calculator's input paths for the row's structure
   * @param reads its required then used measures
   * @param finiteAtRateZero whether the figure is finite with the discount rate set to 0 (false for
   *     an undiscounted figure)
   */
  static String overflow(
      Row row, List<InputPath> paths, List<Measure<?>> reads, boolean finiteAtRateZero) {
    if (finiteAtRateZero) {
      return "the figure is not a finite number: discounting at lifetime.discountRate = "
          + row.input(RATE_INPUT)
          + " over lifetime.horizonYears = "
          + (int) row.input(0)
          + " overflows a double (the figure is finite at a rate of 0)";
    }
    String name = paths.get(0).toString();
    double largest = row.input(0);
    for (int i = 1; i < paths.size(); i++) {
      if (Math.abs(row.input(i)) > Math.abs(largest)) {
        largest = row.input(i);
        name = paths.get(i).toString();
      }
    }
    for (int i = 0; i < reads.size(); i++) {
      if (row.isPresent(i) && Math.abs(row.value(i)) > Math.abs(largest)) {
        largest = row.value(i);
        name = reads.get(i).name();
      }
    }
    return "the figure is not a finite number: it overflows a double with these inputs (the"
        + " largest: "
        + name
        + " = "
        + largest
        + ")";
  }
}
