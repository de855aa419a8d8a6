/**
 * The netroi implementation: the {@code CalculatorRegistry}, the {@code CalculationEngine} and the
 * {@code Netroi} one-line entry point ({@code dev.netroi.engine}); the formulas, as public static
 * functions, in their domain packages: throughput models, collectives and workload presets ({@code
 * dev.netroi.throughput}), fabric sizing ({@code dev.netroi.fabric}), a year's value and
 * discounting ({@code dev.netroi.finance}) and lifetime cost and cash flows ({@code
 * dev.netroi.lifetime}); analyses over the engine, such as the comparison of N options ({@code
 * dev.netroi.analysis}); and the built-in calculators, thin adapters over the formulas, which are
 * not exported ({@code dev.netroi.builtin}).
 */
module dev.netroi.impl {
  requires transitive dev.netroi.api;

  exports dev.netroi.analysis;
  exports dev.netroi.engine;
  exports dev.netroi.fabric;
  exports dev.netroi.finance;
  exports dev.netroi.lifetime;
  exports dev.netroi.throughput;

  uses dev.netroi.calc.Calculator;

  provides dev.netroi.calc.Calculator with
      dev.netroi.builtin.EffectiveBandwidthCalculator,
      dev.netroi.builtin.ThroughputFactorCalculator,
      dev.netroi.builtin.ThroughputSpeedupCalculator,
      dev.netroi.builtin.TheoreticalValueCalculator,
      dev.netroi.builtin.RealisedValueCalculator,
      dev.netroi.builtin.ValueUpliftCalculator,
      dev.netroi.builtin.NetworkCostCalculator,
      dev.netroi.builtin.BenefitCostRatioCalculator,
      dev.netroi.builtin.NetBenefitCalculator,
      dev.netroi.builtin.RoiCalculator,
      dev.netroi.builtin.FleetTotalsCalculator,
      dev.netroi.builtin.ImpliedThroughputCalculator,
      dev.netroi.builtin.MarketCalculator,
      dev.netroi.builtin.AspShareCalculator,
      dev.netroi.builtin.CandidateFabricCalculator,
      dev.netroi.builtin.BaselineFabricCalculator,
      dev.netroi.builtin.CandidateTcoCalculator,
      dev.netroi.builtin.BaselineTcoCalculator,
      dev.netroi.builtin.DeliveredCostCalculator,
      dev.netroi.builtin.TokenCostCalculator,
      dev.netroi.builtin.LifetimeNpvCalculator,
      dev.netroi.builtin.UpgradeCashFlowsCalculator,
      dev.netroi.builtin.UpgradeValueCalculator,
      dev.netroi.builtin.BreakEvenNetworkCostCalculator,
      dev.netroi.builtin.UpgradeIrrCalculator,
      dev.netroi.builtin.UpgradePaybackCalculator,
      dev.netroi.builtin.UpgradeDiscountedPaybackCalculator,
      dev.netroi.builtin.BreakEvenGpuHourPriceCalculator,
      dev.netroi.builtin.BreakEvenEffectiveFractionCalculator;
}
