package dev.netroi.builtin;

import dev.netroi.OptionRole;
import dev.netroi.Scenario;
import dev.netroi.calc.Block;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Measure;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The total cost of ownership of the fleet on one option's network over the lifetime horizon, split
 * into GPU depreciation, network, energy and hosting (formulas in {@link LifetimeTerms}), per GPU
 * and per fleet, over the horizon and as a yearly average.
 */
abstract class TcoCalculator extends LifetimeCalculator {

  private final OptionRole role;
  private final String[] formulas;

  /**
   * @param role the option
   * @param measures gpu, network, power, hosting, TCO per GPU, TCO fleet, annual TCO per GPU,
   *     annual TCO fleet
   */
  TcoCalculator(OptionRole role, List<Measure<?>> measures) {
    super(measures, List.of(), role == OptionRole.CANDIDATE, role == OptionRole.BASELINE);
    this.role = role;
    String on = role == OptionRole.CANDIDATE ? "candidate" : "baseline";
    String fabric = role.fabricHead();
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
              + fabric
              + " capex depreciated over its life + support, or "
              + on
              + ".annualCostPerGpu",
          measures.get(2)
              + " = (lifetime.gpuWatts + fabric watts per GPU) / 1000 x lifetime.pue x hours a"
              + " year x lifetime.electricityPricePerKwh x lifetime.horizonYears",
          measures.get(3)
              + " = (lifetime.gpuWatts + fabric watts per GPU) / 1000 x"
              + " lifetime.hostingPricePerKwMonth x 12 x lifetime.horizonYears",
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

  @Override
  @Nullable FailureReason compute(
      LifetimeTerms t,
      double[] required,
      double[] out,
      Scenario scenario,
      @Nullable Block block,
      int row) {
    LifetimeTerms.Network n = t.network(role);
    out[0] = t.lifetimeGpuCost();
    out[1] = t.lifetimeNetworkCost(n);
    out[2] = t.lifetimePowerCost(n);
    out[3] = t.lifetimeHostingCost(n);
    out[4] = LifetimeTerms.tco(out[0], out[1], out[2], out[3]);
    out[5] = LifetimeTerms.fleet(out[4], t.count);
    out[6] = LifetimeTerms.perYear(out[4], t.horizon);
    out[7] = LifetimeTerms.fleet(out[6], t.count);
    return null;
  }

  @Override
  Explanation explain(int index, LifetimeTerms t, double[] required, double[] out, Scenario s) {
    Explanation e = Explanation.of(formulas[index]);
    LifetimeTerms.Network n = t.network(role);
    return switch (index) {
      case 0 ->
          e.withInput("fleet.unitPrice", s.fleet().unitPrice())
              .withInput("lifetime.gpuResidualShare", t.residualShare)
              .withInput("lifetime.gpuLifeYears", t.gpuLife)
              .withInput("lifetime.horizonYears", t.horizon);
      case 1 ->
          n.fabric
              ? e.withInput(role.fabricHead() + " capex per GPU", money(s, n.capex))
                  .withInput(role.fabricHead() + ".lifeYears", n.life)
                  .withInput("support a year per GPU", money(s, n.opex))
                  .withInput("lifetime.horizonYears", t.horizon)
              : e.withInput(role.head() + ".annualCostPerGpu", money(s, n.opex))
                  .withInput("lifetime.horizonYears", t.horizon);
      case 2 ->
          e.withInput("lifetime.gpuWatts", t.gpuWatts)
              .withInput("fabric watts per GPU", n.watts)
              .withInput("lifetime.pue", t.pue)
              .withInput("hours a year", t.hoursPerYear)
              .withInput("lifetime.electricityPricePerKwh", money(s, t.kwhPrice))
              .withInput("lifetime.horizonYears", t.horizon);
      case 3 ->
          e.withInput("lifetime.gpuWatts", t.gpuWatts)
              .withInput("fabric watts per GPU", n.watts)
              .withInput("lifetime.hostingPricePerKwMonth", money(s, t.kwMonthPrice))
              .withInput("lifetime.horizonYears", t.horizon);
      case 4 ->
          e.withInput("GPU", money(s, out[0]))
              .withInput("network", money(s, out[1]))
              .withInput("power", money(s, out[2]))
              .withInput("hosting", money(s, out[3]));
      case 5, 7 -> e.withInput("fleet.count", (long) t.count);
      default -> e.withInput("lifetime.horizonYears", t.horizon);
    };
  }

  static dev.netroi.CurrencyAmount money(Scenario s, double amount) {
    return dev.netroi.CurrencyAmount.of(s.currency(), amount);
  }
}
