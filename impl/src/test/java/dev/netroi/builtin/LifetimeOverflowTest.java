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
 * the audited and the batch path, and a figure that overflows fails as {@code UNDEFINED} with a
 * message naming the cause, never as a {@code CALCULATION_ERROR} of a lifetime calculator: the
 * discount rate when the figure is finite at a rate of 0, else the input of the largest magnitude.
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

  /** The start of every overflow message. */
  private static final String NOT_FINITE = "the figure is not a finite number: ";

  /** The overflow message of a figure that is finite at a rate of 0. */
  private static String rateOverflow(double rate, int horizon) {
    return NOT_FINITE
        + "discounting at lifetime.discountRate = "
        + rate
        + " over lifetime.horizonYears = "
        + horizon
        + " overflows a double (the figure is finite at a rate of 0)";
  }

  /** The overflow message of a figure whose largest input is {@code name} at {@code value}. */
  private static String inputOverflow(String name, double value) {
    return NOT_FINITE
        + "it overflows a double with these inputs (the largest: "
        + name
        + " = "
        + value
        + ")";
  }

  /**
   * Checks every measure of a scenario on both paths: the batch path (one row, the scenario itself)
   * gives each scalar measure the audited value to the bit or the audited failure reason; no
   * lifetime calculator fails with a calculation error; every lifetime figure that is undefined
   * because it is not finite says so with one of the {@code expected} overflow messages.
   */
  private static CalculationResults bothPaths(Scenario scenario, String... expected) {
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
        if (failure.message().startsWith(NOT_FINITE)) {
          assertThat(failure.reason()).isEqualTo(FailureReason.UNDEFINED);
          assertThat(failure.message()).as("%s", measure).isIn((Object[]) expected);
        }
      }
    }
    return audited;
  }

  /**
   * The discount factor of year 19 is 1 / (1e-16)^19, about 1e302 (and beyond, summed with the
   * annuity factor's and the flows'), so the discounted figures overflow; at a rate of 0 the same
   * flows (a few hundred dollars a year) sum to a finite number, so the message names the rate.
   */
  @Test
  void theBreakEvenNetworkCostOfSeed4313213048027IsUndefinedOnBothPaths() {
    String rate = rateOverflow(-0.9999999999999999, 19);
    CalculationResults audited = bothPaths(SEED_4313213048027, rate);

    Result.Failure<?> breakEven = failure(audited, Measures.BREAK_EVEN_NETWORK_COST_PER_GPU);
    assertThat(breakEven.reason()).isEqualTo(FailureReason.UNDEFINED);
    assertThat(breakEven.message()).isEqualTo(rate);
    // the undiscounted figures stay: 19 years x USD 28.37 a year = USD 539.03
    assertThat(audited.value(Measures.LIFETIME_NETWORK_COST_PER_GPU_CANDIDATE).amount())
        .isEqualTo(19 * 28.37, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(failure(audited, Measures.UPGRADE_NPV).message()).isEqualTo(rate);
  }

  @ParameterizedTest
  @ValueSource(doubles = {-0.9999999999999999, -0.99999999, -0.9999, 0, 10})
  void aRateAtEitherEdgeOverAHundredYearsGivesTheSameFiguresOnBothPaths(double rate) {
    bothPaths(SEED_4313213048027.with(HORIZON, 100).with(RATE, rate), rateOverflow(rate, 100));
  }

  /**
   * One price or wattage near the largest double, every other input small: a figure that overflows
   * names that input (or, for a stated network cost, the measure the lifetime calculators read it
   * through, {@code NetworkCostPerGpu<Role>}) with its value; the rate, 5 %, only shrinks the
   * flows.
   */
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
    String name =
        switch (path) {
          case "candidate.annualCostPerGpu" -> "NetworkCostPerGpuCandidate";
          case "baseline.annualCostPerGpu" -> "NetworkCostPerGpuBaseline";
          default -> path;
        };
    Scenario lit =
        SEED_4313213048027
            .with(RATE, 0.05)
            .with(HORIZON, 100)
            .with(InputPath.of("lifetime.gpuWatts"), 1000)
            .with(InputPath.of("lifetime.electricityPricePerKwh"), 0.1);
    for (double huge : new double[] {1e306, Double.MAX_VALUE}) {
      bothPaths(lit.with(InputPath.of(path), huge), inputOverflow(name, huge));
    }
  }

  /**
   * Two inputs tie as the largest (both Double.MAX_VALUE): the message names the first in the
   * calculators' input order, lifetime.electricityPricePerKwh before
   * lifetime.hostingPricePerKwMonth, and an input before a measure (the candidate's stated cost,
   * read as NetworkCostPerGpuCandidate). The candidate's power cost, 1 kW x PUE 1 x the hours of a
   * year x MAX_VALUE per kWh, overflows.
   */
  @Test
  void ofTwoLargestInputsTheFirstIsNamed() {
    Scenario lit =
        SEED_4313213048027
            .with(RATE, 0.05)
            .with(HORIZON, 100)
            .with(InputPath.of("lifetime.gpuWatts"), 1000)
            .with(InputPath.of("lifetime.electricityPricePerKwh"), Double.MAX_VALUE);
    String kwh = inputOverflow("lifetime.electricityPricePerKwh", Double.MAX_VALUE);

    for (String other : List.of("lifetime.hostingPricePerKwMonth", "candidate.annualCostPerGpu")) {
      CalculationResults results = bothPaths(lit.with(InputPath.of(other), Double.MAX_VALUE), kwh);
      assertThat(failure(results, Measures.LIFETIME_POWER_COST_PER_GPU_CANDIDATE).message())
          .as("%s", other)
          .isEqualTo(kwh);
    }
  }
}
