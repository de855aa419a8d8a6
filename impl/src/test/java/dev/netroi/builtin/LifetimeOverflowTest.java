package dev.netroi.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netroi.Bandwidth;
import dev.netroi.CurrencyAmount;
import dev.netroi.GpuFleet;
import dev.netroi.InputPath;
import dev.netroi.Lifetime;
import dev.netroi.NetworkOption;
import dev.netroi.PricingModel;
import dev.netroi.Scenario;
import dev.netroi.calc.CalculationResults;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Measure;
import dev.netroi.calc.Measures;
import dev.netroi.calc.Result;
import dev.netroi.engine.BatchResults;
import dev.netroi.engine.CalculationEngine;
import dev.netroi.engine.CalculatorRegistry;
import dev.netroi.testkit.BatchEquivalence;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Lifetime terms at the edges the values allow (a discount rate a hair above -100 % over up to 100
 * years, 1,000 % a year, prices and wattages near the largest double): every figure is the same on
 * the audited and the batch path, and a figure that overflows fails as {@code UNDEFINED} with the
 * overflow message, never as a {@code CALCULATION_ERROR} of a lifetime calculator.
 *
 * <p>The first scenario is the one that failed CI on main at 840e723 (seed 4313213048027 of {@code
 * BatchEquivalenceProperties}): with a discount rate of -99.99999999999999 % over 19 years the
 * discount factor of year 19 is 1e14^19 = 1e266 and the NPV of the free network's flows is
 * -Infinity, so the break-even network cost was {@code UNDEFINED} on the batch path but a {@code
 * CALCULATION_ERROR} ("amount must be finite but was -Infinity") on the audited path, whose refusal
 * message tried to show -Infinity as money.
 */
class LifetimeOverflowTest {

  private static final CalculationEngine ENGINE =
      CalculationEngine.of(CalculatorRegistry.builtIns());

  private static final InputPath RATE = InputPath.of("lifetime.discountRate");
  private static final InputPath HORIZON = InputPath.of("lifetime.horizonYears");

  private static CurrencyAmount usd(String amount) {
    return CurrencyAmount.of("USD", amount);
  }

  /** The falsifying scenario of seed 4313213048027, with the reference's linear model. */
  static final Scenario SEED_4313213048027 =
      Scenario.builder()
          .name("seed 4313213048027")
          .fleet(GpuFleet.of("H100", 1, usd("353.49")))
          .candidate(NetworkOption.of("RoCE Ethernet", Bandwidth.ofGbps(100), 0.1968, usd("28.37")))
          .baseline(NetworkOption.of("AI Ethernet", Bandwidth.ofGbps(1600), 0.4382, usd("3.65")))
          .pricing(PricingModel.perGpuHour(usd("208.90")))
          .lifetime(
              Lifetime.builder()
                  .horizonYears(19)
                  .discountRate(-0.9999999999999999)
                  .gpuLifeYears(6.27)
                  .gpuResidualShare(0.156)
                  .gpuWatts(0)
                  .pue(1)
                  .electricityPricePerKwh(usd("0"))
                  .hostingPricePerKwMonth(usd("1.2"))
                  .firstYearRamp(0)
                  .build())
          .build();

  private static Result.Failure<?> failure(CalculationResults results, Measure<?> measure) {
    Result<?> result = results.get(measure);
    assertThat(result.isSuccess()).as("%s fails", measure).isFalse();
    return (Result.Failure<?>) result;
  }

  /**
   * Checks every measure of a scenario on both paths: the batch path (one row, the scenario itself)
   * gives each scalar measure the audited value to the bit or the audited failure reason; no
   * lifetime calculator fails with a calculation error; every lifetime figure that is undefined
   * because it is not finite says so with the overflow message.
   */
  private static CalculationResults bothPaths(Scenario scenario) {
    List<Measure<?>> all = Measures.all();
    BatchResults batch =
        BatchEquivalence.check(
            ENGINE,
            scenario,
            Map.of(RATE, new double[] {scenario.valueAt(RATE)}),
            BatchEquivalence.scalar(all),
            1);
    assertThat(batch.size()).isEqualTo(1);
    CalculationResults audited = ENGINE.calculate(scenario, all);
    for (Measure<?> measure :
        all.subList(all.indexOf(Measures.LIFETIME_GPU_COST_PER_GPU_CANDIDATE), all.size())) {
      Result<?> result = audited.get(measure);
      if (!result.isSuccess()) {
        Result.Failure<?> failure = (Result.Failure<?>) result;
        assertThat(failure.reason())
            .as("%s: %s", measure, failure)
            .isNotEqualTo(FailureReason.CALCULATION_ERROR);
        if (failure.message().contains("not a finite number")) {
          assertThat(failure.reason()).isEqualTo(FailureReason.UNDEFINED);
          assertThat(failure.message()).isEqualTo(LifetimeCalculator.OVERFLOW);
        }
      }
    }
    return audited;
  }

  @Test
  void theBreakEvenNetworkCostOfSeed4313213048027IsUndefinedOnBothPaths() {
    CalculationResults audited = bothPaths(SEED_4313213048027);

    Result.Failure<?> breakEven = failure(audited, Measures.BREAK_EVEN_NETWORK_COST_PER_GPU);
    assertThat(breakEven.reason()).isEqualTo(FailureReason.UNDEFINED);
    assertThat(breakEven.message()).isEqualTo(LifetimeCalculator.OVERFLOW);
    // the undiscounted figures stay: 19 years x USD 28.37 a year = USD 539.03
    assertThat(audited.value(Measures.LIFETIME_NETWORK_COST_PER_GPU_CANDIDATE).amount())
        .isEqualTo(19 * 28.37, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(failure(audited, Measures.UPGRADE_NPV).message())
        .isEqualTo(LifetimeCalculator.OVERFLOW);
  }

  @ParameterizedTest
  @ValueSource(doubles = {-0.9999999999999999, -0.99999999, -0.9999, 0, 10})
  void aRateAtEitherEdgeOverAHundredYearsGivesTheSameFiguresOnBothPaths(double rate) {
    bothPaths(SEED_4313213048027.with(HORIZON, 100).with(RATE, rate));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "lifetime.gpuWatts",
        "lifetime.electricityPricePerKwh",
        "lifetime.hostingPricePerKwMonth",
        "fleet.unitPrice",
        "candidate.annualCostPerGpu",
        "baseline.annualCostPerGpu"
      })
  void aPriceOrWattageNearTheLargestDoubleGivesTheSameFiguresOnBothPaths(String path) {
    Scenario lit =
        SEED_4313213048027
            .with(RATE, 0.05)
            .with(HORIZON, 100)
            .with(InputPath.of("lifetime.gpuWatts"), 1000)
            .with(InputPath.of("lifetime.electricityPricePerKwh"), 0.1);
    for (double huge : new double[] {1e306, Double.MAX_VALUE}) {
      bothPaths(lit.with(InputPath.of(path), huge));
    }
  }
}
