package dev.netroi.builtin;

import static dev.netroi.calc.Measures.NETWORK_COST_FLEET_CANDIDATE;
import static dev.netroi.calc.Measures.NETWORK_COST_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.NET_BENEFIT_FLEET;
import static dev.netroi.calc.Measures.NET_BENEFIT_PER_GPU;
import static dev.netroi.calc.Measures.REALISED_ANNUAL_VALUE_FLEET_BASELINE;
import static dev.netroi.calc.Measures.REALISED_ANNUAL_VALUE_FLEET_CANDIDATE;
import static dev.netroi.calc.Measures.REALISED_ANNUAL_VALUE_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.THEORETICAL_ANNUAL_VALUE_FLEET;
import static dev.netroi.calc.Measures.THEORETICAL_ANNUAL_VALUE_PER_GPU;
import static dev.netroi.calc.Measures.VALUE_UPLIFT_FLEET;
import static dev.netroi.calc.Measures.VALUE_UPLIFT_PER_GPU;
import static dev.netroi.testkit.PropertyChecks.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.netroi.CurrencyAmount;
import dev.netroi.Scenario;
import dev.netroi.calc.CalculationResults;
import dev.netroi.calc.Measure;
import dev.netroi.calc.StandardUnit;
import dev.netroi.engine.Netroi;
import dev.netroi.testkit.Coverage;
import dev.netroi.testkit.NetroiDomain;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Fleet totals = per-GPU figure x GPU count; per-GPU figures do not depend on the count. Scenarios
 * with stated network costs: a fabric's cost per GPU depends on the count (whole switches).
 */
class FleetTotalsCalculatorProperties {

  private static final Map<Measure<CurrencyAmount>, Measure<CurrencyAmount>> PER_GPU =
      Map.of(
          THEORETICAL_ANNUAL_VALUE_FLEET, THEORETICAL_ANNUAL_VALUE_PER_GPU,
          REALISED_ANNUAL_VALUE_FLEET_CANDIDATE, REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE,
          REALISED_ANNUAL_VALUE_FLEET_BASELINE, REALISED_ANNUAL_VALUE_PER_GPU_BASELINE,
          VALUE_UPLIFT_FLEET, VALUE_UPLIFT_PER_GPU,
          NETWORK_COST_FLEET_CANDIDATE, NETWORK_COST_PER_GPU_CANDIDATE,
          NET_BENEFIT_FLEET, NET_BENEFIT_PER_GPU);

  private static List<Measure<?>> allMeasures() {
    List<Measure<?>> measures = new ArrayList<>(PER_GPU.keySet());
    measures.addAll(PER_GPU.values());
    return measures;
  }

  @Test
  void everyFleetTotalIsItsPerGpuFigureTimesTheGpuCount() {
    Coverage<Scenario> edges = NetroiDomain.scenarioEdgeCases();
    qt().forAll(NetroiDomain.scenariosWithStatedCosts())
        .checkAssert(
            scenario -> {
              edges.record(scenario);
              CalculationResults results = Netroi.engine().calculate(scenario, allMeasures());
              long count = scenario.fleet().count();

              PER_GPU.forEach(
                  (fleet, perGpu) -> {
                    CurrencyAmount total = results.value(fleet);
                    CurrencyAmount each = results.value(perGpu);
                    assertThat(total.currency()).isEqualTo(each.currency());
                    assertThat(total.amount()).as("%s", fleet).isEqualTo(each.amount() * count);
                    assertThat(fleet.unit()).isEqualTo(StandardUnit.MONEY_PER_FLEET_YEAR);
                  });
            });
    edges.check();
  }

  @Test
  void perGpuFiguresDoNotDependOnTheGpuCount() {
    Coverage<Scenario> edges = NetroiDomain.scenarioEdgeCases();
    qt().forAll(NetroiDomain.scenariosWithStatedCosts(), longs().between(1, 100_000))
        .checkAssert(
            (scenario, otherCount) -> {
              edges.record(scenario);
              // a fleet keeps at least as many GPUs as the largest collective group
              long count =
                  Math.max(
                      otherCount,
                      scenario.throughputModel().map(NetroiDomain::fewestGpus).orElse(1L));
              Scenario resized =
                  scenario.toBuilder().fleet(scenario.fleet().withCount(count)).build();
              List<Measure<?>> perGpu = new ArrayList<>(PER_GPU.values());

              CalculationResults original = Netroi.engine().calculate(scenario, perGpu);
              CalculationResults other = Netroi.engine().calculate(resized, perGpu);

              assertThat(other.results()).isEqualTo(original.results());
            });
    edges.check();
  }
}
