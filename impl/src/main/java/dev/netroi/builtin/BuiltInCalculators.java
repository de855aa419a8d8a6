package dev.netroi.builtin;

import dev.netroi.calc.Calculator;
import java.util.List;

/**
 * The built-in calculators, one instance of each. The same classes are registered for {@link
 * java.util.ServiceLoader} in {@code module-info.java} and {@code
 * META-INF/services/dev.netroi.calc.Calculator}; a test checks that the three lists agree.
 */
public final class BuiltInCalculators {

  private BuiltInCalculators() {}

  /**
   * Returns new instances of every built-in calculator.
   *
   * @return an immutable list
   */
  public static List<Calculator> all() {
    return List.of(
        new EffectiveBandwidthCalculator(),
        new ThroughputFactorCalculator(),
        new ThroughputSpeedupCalculator(),
        new TheoreticalValueCalculator(),
        new RealisedValueCalculator(),
        new ValueUpliftCalculator(),
        new NetworkCostCalculator(),
        new BenefitCostRatioCalculator(),
        new NetBenefitCalculator(),
        new RoiCalculator(),
        new FleetTotalsCalculator(),
        new ImpliedThroughputCalculator(),
        new MarketCalculator(),
        new AspShareCalculator(),
        new CandidateFabricCalculator(),
        new BaselineFabricCalculator(),
        new CandidateTcoCalculator(),
        new BaselineTcoCalculator(),
        new DeliveredCostCalculator(),
        new TokenCostCalculator(),
        new LifetimeNpvCalculator(),
        new UpgradeCashFlowsCalculator(),
        new UpgradeValueCalculator(),
        new BreakEvenNetworkCostCalculator(),
        new UpgradeIrrCalculator(),
        new UpgradePaybackCalculator(),
        new UpgradeDiscountedPaybackCalculator(),
        new BreakEvenGpuHourPriceCalculator(),
        new BreakEvenEffectiveFractionCalculator());
  }
}
