package dev.netroi.throughput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.netroi.NetworkOption;
import dev.netroi.Scenario;
import dev.netroi.ThroughputModel;
import dev.netroi.testkit.NetroiDomain;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.domains.Domain;

/** The Amdahl model against the linear reference model. */
@Domain(NetroiDomain.class)
class ThroughputModelsProperties {

  /** The scenario with the better of two options as candidate and the other as baseline. */
  private static Scenario betterAgainstWorse(Scenario scenario, NetworkOption a, NetworkOption b) {
    boolean aIsBetter = a.effectiveFraction() >= b.effectiveFraction();
    return scenario.toBuilder().candidate(aIsBetter ? a : b).baseline(aIsBetter ? b : a).build();
  }

  private static double speedup(ThroughputModel model, Scenario scenario) {
    return model.throughputFactor(scenario.candidate(), scenario)
        / model.throughputFactor(scenario.baseline(), scenario);
  }

  @Property
  void amdahlSpeedupNeverExceedsTheLinearSpeedupWhenTheCandidateIsNoWorse(
      @ForAll Scenario scenario,
      @ForAll NetworkOption a,
      @ForAll NetworkOption b,
      @ForAll @DoubleRange(min = 0.001, max = 1) @Scale(3) double share) {
    Scenario s = betterAgainstWorse(scenario, a, b);

    double amdahl = speedup(ThroughputModels.amdahl(share), s);
    double linear = speedup(ThroughputModels.linear(), s);

    assertThat(amdahl)
        .isLessThanOrEqualTo(linear * (1 + 1e-12))
        .isGreaterThanOrEqualTo(1.0 - 1e-12);
  }

  @Property
  void amdahlSpeedupIsOneOverTheStepTimeRatio(
      @ForAll Scenario scenario,
      @ForAll NetworkOption a,
      @ForAll NetworkOption b,
      @ForAll @DoubleRange(min = 0.001, max = 1) @Scale(3) double share) {
    Scenario s = scenario.toBuilder().candidate(a).baseline(b).build();
    double expected = 1 / ((1 - share) + share * b.effectiveFraction() / a.effectiveFraction());

    assertThat(speedup(ThroughputModels.amdahl(share), s))
        .isCloseTo(expected, within(1e-12 * expected));
  }

  @Property
  void everyFactorIsInZeroToOne(
      @ForAll Scenario scenario,
      @ForAll @DoubleRange(min = 0.001, max = 1) @Scale(3) double share) {
    for (ThroughputModel model :
        new ThroughputModel[] {ThroughputModels.linear(), ThroughputModels.amdahl(share)}) {
      for (NetworkOption option : new NetworkOption[] {scenario.candidate(), scenario.baseline()}) {
        assertThat(model.throughputFactor(option, scenario))
            .isGreaterThan(0)
            .isLessThanOrEqualTo(1);
      }
    }
  }

  @Property
  void amdahlWithTheWholeStepExposedIsTheLinearModel(@ForAll Scenario scenario) {
    double linear = speedup(ThroughputModels.linear(), scenario);

    assertThat(speedup(ThroughputModels.amdahl(1), scenario))
        .isCloseTo(linear, within(1e-12 * linear));
  }
}
