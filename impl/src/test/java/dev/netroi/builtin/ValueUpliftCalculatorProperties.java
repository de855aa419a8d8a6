package dev.netroi.builtin;

import static dev.netroi.calc.Measures.THEORETICAL_ANNUAL_VALUE_PER_GPU;
import static dev.netroi.calc.Measures.THROUGHPUT_SPEEDUP;
import static dev.netroi.calc.Measures.VALUE_UPLIFT_PER_GPU;
import static org.assertj.core.api.Assertions.assertThat;

import dev.netroi.NetworkOption;
import dev.netroi.Scenario;
import dev.netroi.ThroughputModel;
import dev.netroi.calc.CalculationResults;
import dev.netroi.engine.Netroi;
import dev.netroi.testkit.NetroiDomain;
import dev.netroi.throughput.ThroughputModels;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.domains.Domain;

/**
 * Value uplift = realised (candidate) - realised (baseline): it grows with the candidate's
 * effective fraction, shrinks as the baseline's grows, and is zero for equal options.
 */
@Domain(NetroiDomain.class)
class ValueUpliftCalculatorProperties {

  private static double uplift(Scenario scenario) {
    return Netroi.calculate(scenario, VALUE_UPLIFT_PER_GPU).amount();
  }

  private static double realisable(Scenario scenario) {
    double theoretical = Netroi.calculate(scenario, THEORETICAL_ANNUAL_VALUE_PER_GPU).amount();
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

  @Property
  void upliftGrowsWithTheCandidatesFractionUnderTheLinearModel(
      @ForAll Scenario scenario, @ForAll NetworkOption other) {
    NetroiDomain.coverEdgeCases(scenario);
    Scenario linear = scenario.toBuilder().throughputModel(ThroughputModels.linear()).build();
    double low = Math.min(scenario.candidate().effectiveFraction(), other.effectiveFraction());
    double high = Math.max(scenario.candidate().effectiveFraction(), other.effectiveFraction());

    double lowUplift = uplift(withCandidateFraction(linear, low));
    double highUplift = uplift(withCandidateFraction(linear, high));

    if (low < high && realisable(linear) > 0) {
      assertThat(highUplift).isGreaterThan(lowUplift);
    } else {
      assertThat(highUplift).isEqualTo(lowUplift);
    }
  }

  @Property
  void upliftShrinksAsTheBaselinesFractionGrowsUnderTheLinearModel(
      @ForAll Scenario scenario, @ForAll NetworkOption other) {
    NetroiDomain.coverEdgeCases(scenario);
    Scenario linear = scenario.toBuilder().throughputModel(ThroughputModels.linear()).build();
    double low = Math.min(scenario.baseline().effectiveFraction(), other.effectiveFraction());
    double high = Math.max(scenario.baseline().effectiveFraction(), other.effectiveFraction());

    double upliftOverLow = uplift(withBaselineFraction(linear, low));
    double upliftOverHigh = uplift(withBaselineFraction(linear, high));

    if (low < high && realisable(linear) > 0) {
      assertThat(upliftOverHigh).isLessThan(upliftOverLow);
    } else {
      assertThat(upliftOverHigh).isEqualTo(upliftOverLow);
    }
  }

  @Property
  void upliftGrowsWithTheCandidatesFractionUnderAnAmdahlModel(
      @ForAll Scenario scenario,
      @ForAll NetworkOption other,
      @ForAll @DoubleRange(min = 0.001, max = 1) @Scale(3) double share) {
    NetroiDomain.coverEdgeCases(scenario);
    Scenario amdahl = scenario.toBuilder().throughputModel(ThroughputModels.amdahl(share)).build();
    double low = Math.min(scenario.candidate().effectiveFraction(), other.effectiveFraction());
    double high = Math.max(scenario.candidate().effectiveFraction(), other.effectiveFraction());
    double tolerance = 1e-12 * realisable(amdahl);

    assertThat(uplift(withCandidateFraction(amdahl, high)))
        .isGreaterThanOrEqualTo(uplift(withCandidateFraction(amdahl, low)) - tolerance);
  }

  @Property
  void upliftShrinksAsTheBaselinesFractionGrowsUnderAnAmdahlModel(
      @ForAll Scenario scenario,
      @ForAll NetworkOption other,
      @ForAll @DoubleRange(min = 0.001, max = 1) @Scale(3) double share) {
    NetroiDomain.coverEdgeCases(scenario);
    Scenario amdahl = scenario.toBuilder().throughputModel(ThroughputModels.amdahl(share)).build();
    double low = Math.min(scenario.baseline().effectiveFraction(), other.effectiveFraction());
    double high = Math.max(scenario.baseline().effectiveFraction(), other.effectiveFraction());
    double tolerance = 1e-12 * realisable(amdahl);

    assertThat(uplift(withBaselineFraction(amdahl, high)))
        .isLessThanOrEqualTo(uplift(withBaselineFraction(amdahl, low)) + tolerance);
  }

  @Property
  void equalOptionsHaveNoUpliftAndASpeedupOfOneUnderAnyModel(
      @ForAll Scenario scenario, @ForAll ThroughputModel model) {
    Scenario equal =
        scenario.toBuilder().baseline(scenario.candidate()).throughputModel(model).build();

    CalculationResults results =
        Netroi.engine().calculate(equal, VALUE_UPLIFT_PER_GPU, THROUGHPUT_SPEEDUP);

    assertThat(results.value(VALUE_UPLIFT_PER_GPU).isZero()).isTrue();
    assertThat(results.value(THROUGHPUT_SPEEDUP)).isEqualTo(1.0);
  }
}
