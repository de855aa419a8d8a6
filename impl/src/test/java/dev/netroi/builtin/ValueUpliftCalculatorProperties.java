package dev.netroi.builtin;

import static dev.netroi.calc.Measures.THEORETICAL_ANNUAL_VALUE_PER_GPU;
import static dev.netroi.calc.Measures.THROUGHPUT_SPEEDUP;
import static dev.netroi.calc.Measures.VALUE_UPLIFT_PER_GPU;
import static dev.netroi.testkit.PropertyChecks.qt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.netroi.Scenario;
import dev.netroi.calc.CalculationResults;
import dev.netroi.engine.Netroi;
import dev.netroi.testkit.Coverage;
import dev.netroi.testkit.NetroiDomain;
import dev.netroi.throughput.ThroughputModels;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Value uplift = realised (candidate) - realised (baseline): it grows with the candidate's
 * effective fraction, shrinks as the baseline's grows, and is zero for equal options.
 */
class ValueUpliftCalculatorProperties {

  /** Exposed-communication shares in (0, 1] with three decimals. */
  private static Gen<Double> shares() {
    return NetroiDomain.decimals("0.001", "1", 3);
  }

  private static double uplift(Scenario scenario) {
    return Netroi.value(scenario, VALUE_UPLIFT_PER_GPU).amount();
  }

  private static double realisable(Scenario scenario) {
    double theoretical = Netroi.value(scenario, THEORETICAL_ANNUAL_VALUE_PER_GPU).amount();
    return theoretical * scenario.fleet().soldUtilisation().orElse(1);
  }

  private static Scenario withCandidateFraction(Scenario scenario, double fraction) {
    return scenario.toBuilder()
        .candidate(scenario.candidate().withEffectiveFraction(fraction))
        .build();
  }

  private static Scenario withBaselineFraction(Scenario scenario, double fraction) {
    return scenario.toBuilder()
        .baseline(scenario.baseline().withEffectiveFraction(fraction))
        .build();
  }

  @Test
  void upliftGrowsWithTheCandidatesFractionUnderTheLinearModel() {
    Coverage<Scenario> edges = NetroiDomain.scenarioEdgeCases();
    qt().forAll(NetroiDomain.scenarios(), NetroiDomain.networkOptions())
        .checkAssert(
            (scenario, other) -> {
              edges.record(scenario);
              Scenario linear =
                  scenario.toBuilder().throughputModel(ThroughputModels.linear()).build();
              double low =
                  Math.min(scenario.candidate().effectiveFraction(), other.effectiveFraction());
              double high =
                  Math.max(scenario.candidate().effectiveFraction(), other.effectiveFraction());

              double lowUplift = uplift(withCandidateFraction(linear, low));
              double highUplift = uplift(withCandidateFraction(linear, high));

              if (low < high && realisable(linear) > 0) {
                assertThat(highUplift).isGreaterThan(lowUplift);
              } else {
                assertThat(highUplift).isEqualTo(lowUplift);
              }
            });
    edges.check();
  }

  @Test
  void upliftShrinksAsTheBaselinesFractionGrowsUnderTheLinearModel() {
    Coverage<Scenario> edges = NetroiDomain.scenarioEdgeCases();
    qt().forAll(NetroiDomain.scenarios(), NetroiDomain.networkOptions())
        .checkAssert(
            (scenario, other) -> {
              edges.record(scenario);
              Scenario linear =
                  scenario.toBuilder().throughputModel(ThroughputModels.linear()).build();
              double low =
                  Math.min(scenario.baseline().effectiveFraction(), other.effectiveFraction());
              double high =
                  Math.max(scenario.baseline().effectiveFraction(), other.effectiveFraction());

              double upliftOverLow = uplift(withBaselineFraction(linear, low));
              double upliftOverHigh = uplift(withBaselineFraction(linear, high));

              if (low < high && realisable(linear) > 0) {
                assertThat(upliftOverHigh).isLessThan(upliftOverLow);
              } else {
                assertThat(upliftOverHigh).isEqualTo(upliftOverLow);
              }
            });
    edges.check();
  }

  @Test
  void upliftGrowsWithTheCandidatesFractionUnderAnAmdahlModel() {
    Coverage<Scenario> edges = NetroiDomain.scenarioEdgeCases();
    qt().forAll(NetroiDomain.scenarios(), NetroiDomain.networkOptions(), shares())
        .checkAssert(
            (scenario, other, share) -> {
              edges.record(scenario);
              Scenario amdahl =
                  scenario.toBuilder().throughputModel(ThroughputModels.amdahl(share)).build();
              double low =
                  Math.min(scenario.candidate().effectiveFraction(), other.effectiveFraction());
              double high =
                  Math.max(scenario.candidate().effectiveFraction(), other.effectiveFraction());
              double tolerance = 1e-12 * realisable(amdahl);

              assertThat(uplift(withCandidateFraction(amdahl, high)))
                  .isGreaterThanOrEqualTo(uplift(withCandidateFraction(amdahl, low)) - tolerance);
            });
    edges.check();
  }

  @Test
  void upliftShrinksAsTheBaselinesFractionGrowsUnderAnAmdahlModel() {
    Coverage<Scenario> edges = NetroiDomain.scenarioEdgeCases();
    qt().forAll(NetroiDomain.scenarios(), NetroiDomain.networkOptions(), shares())
        .checkAssert(
            (scenario, other, share) -> {
              edges.record(scenario);
              Scenario amdahl =
                  scenario.toBuilder().throughputModel(ThroughputModels.amdahl(share)).build();
              double low =
                  Math.min(scenario.baseline().effectiveFraction(), other.effectiveFraction());
              double high =
                  Math.max(scenario.baseline().effectiveFraction(), other.effectiveFraction());
              double tolerance = 1e-12 * realisable(amdahl);

              assertThat(uplift(withBaselineFraction(amdahl, high)))
                  .isLessThanOrEqualTo(uplift(withBaselineFraction(amdahl, low)) + tolerance);
            });
    edges.check();
  }

  @Test
  void equalOptionsHaveNoUpliftAndASpeedupOfOneUnderAnyModel() {
    qt().forAll(NetroiDomain.scenarios(), NetroiDomain.throughputModels())
        .checkAssert(
            (scenario, model) -> {
              Scenario equal =
                  NetroiDomain.withThroughputModel(
                      scenario.toBuilder().baseline(scenario.candidate()).build(), model);

              CalculationResults results =
                  Netroi.engine().calculate(equal, VALUE_UPLIFT_PER_GPU, THROUGHPUT_SPEEDUP);

              assertThat(results.value(VALUE_UPLIFT_PER_GPU).isZero()).isTrue();
              assertThat(results.value(THROUGHPUT_SPEEDUP)).isEqualTo(1.0);
            });
  }
}
