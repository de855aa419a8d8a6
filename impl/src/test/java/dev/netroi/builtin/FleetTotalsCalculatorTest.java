package dev.netroi.builtin;

import static dev.netroi.calc.Measures.NETWORK_COST_FLEET_CANDIDATE;
import static dev.netroi.calc.Measures.NET_BENEFIT_FLEET;
import static dev.netroi.calc.Measures.NET_BENEFIT_PER_GPU;
import static dev.netroi.calc.Measures.REALISED_ANNUAL_VALUE_FLEET_BASELINE;
import static dev.netroi.calc.Measures.REALISED_ANNUAL_VALUE_FLEET_CANDIDATE;
import static dev.netroi.calc.Measures.THEORETICAL_ANNUAL_VALUE_FLEET;
import static dev.netroi.calc.Measures.VALUE_UPLIFT_FLEET;
import static dev.netroi.calc.Measures.VALUE_UPLIFT_PER_GPU;
import static dev.netroi.testkit.NetroiDomain.usd;
import static org.assertj.core.api.Assertions.assertThat;

import dev.netroi.CurrencyAmount;
import dev.netroi.Scenario;
import dev.netroi.calc.Calculator;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.Measure;
import dev.netroi.engine.Netroi;
import dev.netroi.reference.ReferenceArgument;
import dev.netroi.testkit.NetroiDomain;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class FleetTotalsCalculatorTest implements BuiltInContract {

  private final Scenario reference = ReferenceArgument.mixtral();

  @Override
  public Calculator calculator() {
    return new FleetTotalsCalculator();
  }

  @Override
  public Gen<Scenario> validScenarios() {
    return NetroiDomain.scenarios();
  }

  private BigDecimal cents(Scenario scenario, Measure<CurrencyAmount> measure) {
    return valueFor(scenario, measure).rounded();
  }

  @Test
  void fleetTotalsAreThePerGpuFiguresTimesTheGpuCount() {
    assertThat(cents(reference, THEORETICAL_ANNUAL_VALUE_FLEET))
        .isEqualTo(new BigDecimal("145317888.00"));
    assertThat(cents(reference, REALISED_ANNUAL_VALUE_FLEET_CANDIDATE))
        .isEqualTo(new BigDecimal("138051993.60"));
    assertThat(cents(reference, REALISED_ANNUAL_VALUE_FLEET_BASELINE))
        .isEqualTo(new BigDecimal("87190732.80"));
    assertThat(cents(reference, VALUE_UPLIFT_FLEET)).isEqualTo(new BigDecimal("50861260.80"));
    assertThat(cents(reference, NETWORK_COST_FLEET_CANDIDATE))
        .isEqualTo(new BigDecimal("3993600.00"));
    assertThat(cents(reference, NET_BENEFIT_FLEET)).isEqualTo(new BigDecimal("50861260.80"));
  }

  @Test
  void theNetBenefitOfTheFleetDeductsTheExtraCostOfEveryGpu() {
    Scenario cheaperBaseline =
        reference.toBuilder()
            .baseline(reference.baseline().withAnnualCostPerGpu(usd("2900")))
            .build();

    // (49,669.20 - 1,000) x 1,024
    assertThat(cents(cheaperBaseline, NET_BENEFIT_FLEET)).isEqualTo(new BigDecimal("49837260.80"));
  }

  @Test
  void theTotalsOfOneGpuAreItsPerGpuFigures() {
    Scenario oneGpu = reference.toBuilder().fleet(reference.fleet().withCount(1)).build();

    assertThat(valueFor(oneGpu, VALUE_UPLIFT_FLEET))
        .isEqualTo(Netroi.value(oneGpu, VALUE_UPLIFT_PER_GPU));
    assertThat(valueFor(oneGpu, NET_BENEFIT_FLEET))
        .isEqualTo(Netroi.value(oneGpu, NET_BENEFIT_PER_GPU));
  }

  @Test
  void eachTotalNamesItsPerGpuFigureAndTheCount() {
    assertThat(figureFor(reference, VALUE_UPLIFT_FLEET).explanation())
        .isEqualTo(
            Explanation.of("ValueUpliftFleet = ValueUpliftPerGpu x fleet.count")
                .withInput("ValueUpliftPerGpu", "USD 49,669.20")
                .withInput("fleet.count", "1,024"));
  }
}
