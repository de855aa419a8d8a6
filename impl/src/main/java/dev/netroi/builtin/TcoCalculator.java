package dev.netroi.builtin;

import static dev.netroi.builtin.LifetimeRows.GPU_LIFE;
import static dev.netroi.builtin.LifetimeRows.GPU_WATTS;
import static dev.netroi.builtin.LifetimeRows.HOURS;
import static dev.netroi.builtin.LifetimeRows.KWH;
import static dev.netroi.builtin.LifetimeRows.KW_MONTH;
import static dev.netroi.builtin.LifetimeRows.LIFE;
import static dev.netroi.builtin.LifetimeRows.PUE;
import static dev.netroi.builtin.LifetimeRows.RESIDUAL;
import static dev.netroi.builtin.LifetimeRows.UNIT_PRICE;
import static dev.netroi.builtin.LifetimeRows.WATTS;

import dev.netroi.CurrencyAmount;
import dev.netroi.OptionRole;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Measure;
import dev.netroi.calc.Measures;
import dev.netroi.calc.Row;
import dev.netroi.lifetime.LifetimeFormulas;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The total cost of ownership of the fleet on one option's network over the lifetime horizon, split
 * into GPU depreciation, network, energy and hosting (formulas in {@link LifetimeFormulas}), per
 * GPU and per fleet, over the horizon (undiscounted sums) and as a yearly average. The network
 * comes from the graph: the option's annual network cost per GPU, and its fabric's capex and power
 * per GPU when present.
 */
abstract class TcoCalculator extends LifetimeCalculator {

  private static final int COST = 0;

  private final OptionRole role;
  private final Measure<CurrencyAmount> cost;
  private final Measure<CurrencyAmount> capex;
  private final Measure<Double> power;
  private final String[] formulas;
  private final String lifeName;

  /**
   * @param role the option
   * @param measures gpu, network, power, hosting, TCO per GPU, TCO fleet, annual TCO per GPU,
   *     annual TCO fleet
   */
  TcoCalculator(OptionRole role, List<Measure<?>> measures) {
    super(measures, List.of(cost(role)), List.of(capex(role), power(role)));
    this.role = role;
    this.cost = cost(role);
    this.capex = capex(role);
    this.power = power(role);
    String on = role.head();
    String life = role.fabricPath("lifeYears").toString();
    this.lifeName = life;
    this.formulas =
        new String[] {
          measures.get(0)
              + " = sum over years 1..lifetime.horizonYears of straight-line depreciation of"
              + " fleet.unitPrice to fleet.unitPrice x lifetime.gpuResidualShare over"
              + " lifetime.gpuLifeYears",
          measures.get(1)
              + " = sum over years 1..lifetime.horizonYears of the "
              + on
              + "'s network cost: "
              + cost
              + ", or with a fabric "
              + capex
              + " depreciated over "
              + life
              + " + ("
              + cost
              + " - "
              + capex
              + " / "
              + life
              + ")",
          measures.get(2)
              + " = (lifetime.gpuWatts + "
              + power
              + ") / 1000 x lifetime.pue x hours a year x lifetime.electricityPricePerKwh x"
              + " lifetime.horizonYears",
          measures.get(3)
              + " = (lifetime.gpuWatts + "
              + power
              + ") / 1000 x lifetime.hostingPricePerKwMonth x 12 x lifetime.horizonYears",
          measures.get(4)
              + " = "
              + measures.get(0)
              + " + "
              + measures.get(1)
              + " + "
              + measures.get(2)
              + " + "
              + measures.get(3),
          measures.get(5) + " = " + measures.get(4) + " x fleet.count",
          measures.get(6) + " = " + measures.get(4) + " / lifetime.horizonYears",
          measures.get(7) + " = " + measures.get(6) + " x fleet.count"
        };
  }

  private static Measure<CurrencyAmount> cost(OptionRole role) {
    return role == OptionRole.CANDIDATE
        ? Measures.NETWORK_COST_PER_GPU_CANDIDATE
        : Measures.NETWORK_COST_PER_GPU_BASELINE;
  }

  private static Measure<CurrencyAmount> capex(OptionRole role) {
    return role == OptionRole.CANDIDATE
        ? Measures.FABRIC_CAPEX_PER_GPU_CANDIDATE
        : Measures.FABRIC_CAPEX_PER_GPU_BASELINE;
  }

  private static Measure<Double> power(OptionRole role) {
    return role == OptionRole.CANDIDATE
        ? Measures.FABRIC_POWER_PER_GPU_CANDIDATE
        : Measures.FABRIC_POWER_PER_GPU_BASELINE;
  }

  @Override
  @Nullable FailureReason compute(Row row, double[] s) {
    int n = LifetimeRows.of(role);
    int horizon = LifetimeRows.horizon(s);
    double gpu = LifetimeRows.lifetimeGpuCost(s);
    double network = LifetimeRows.lifetimeNetworkCost(s, n);
    double power = LifetimeRows.lifetimePowerCost(s, n);
    double hosting = LifetimeRows.lifetimeHostingCost(s, n);
    double tco = LifetimeFormulas.tco(gpu, network, power, hosting);
    double perYear = LifetimeFormulas.perYear(tco, horizon);
    row.set(0, gpu);
    row.set(1, network);
    row.set(2, power);
    row.set(3, hosting);
    row.set(4, tco);
    row.set(5, LifetimeFormulas.fleet(tco, s[LifetimeRows.COUNT]));
    row.set(6, perYear);
    row.set(7, LifetimeFormulas.fleet(perYear, s[LifetimeRows.COUNT]));
    return null;
  }

  @Override
  Explanation explain(Row row, double[] s, int output) {
    Explanation e = Explanation.of(formulas[output]);
    int n = LifetimeRows.of(role);
    int horizon = LifetimeRows.horizon(s);
    return switch (output) {
      case 0 ->
          e.withInput("fleet.unitPrice", money(row, s[UNIT_PRICE]))
              .withInput("lifetime.gpuResidualShare", s[RESIDUAL])
              .withInput("lifetime.gpuLifeYears", s[GPU_LIFE])
              .withInput("lifetime.horizonYears", horizon);
      case 1 ->
          LifetimeRows.fabric(s, n)
              ? e.withInput(cost, money(row, row.value(COST)))
                  .withInput(capex, money(row, s[n + LifetimeRows.CAPEX]))
                  .withInput(lifeName, s[n + LIFE])
                  .withInput("lifetime.horizonYears", horizon)
              : e.withInput(cost, money(row, row.value(COST)))
                  .withInput("lifetime.horizonYears", horizon);
      case 2 ->
          e.withInput("lifetime.gpuWatts", s[GPU_WATTS])
              .withInput(power.name(), s[n + WATTS])
              .withInput("lifetime.pue", s[PUE])
              .withInput("hours a year", s[HOURS])
              .withInput("lifetime.electricityPricePerKwh", money(row, s[KWH]))
              .withInput("lifetime.horizonYears", horizon);
      case 3 ->
          e.withInput("lifetime.gpuWatts", s[GPU_WATTS])
              .withInput(power.name(), s[n + WATTS])
              .withInput("lifetime.hostingPricePerKwMonth", money(row, s[KW_MONTH]))
              .withInput("lifetime.horizonYears", horizon);
      case 4 ->
          e.withInput("GPU", money(row, row.output(0)))
              .withInput("network", money(row, row.output(1)))
              .withInput("power", money(row, row.output(2)))
              .withInput("hosting", money(row, row.output(3)));
      case 5, 7 -> e.withInput("fleet.count", (long) s[LifetimeRows.COUNT]);
      default -> e.withInput("lifetime.horizonYears", horizon);
    };
  }
}
