package dev.netroi.throughput;

import static dev.netroi.testkit.PropertyChecks.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.netroi.NetworkOption;
import dev.netroi.Scenario;
import dev.netroi.ThroughputModel;
import dev.netroi.testkit.NetroiDomain;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The Amdahl model against the linear reference model. */
class ThroughputModelsProperties {

  /** Exposed-communication shares in [0, 1] with three decimals. */
  private static Gen<Double> shares() {
    return NetroiDomain.decimals("0", "1", 3);
  }

  /** The scenario with the better of two options as candidate and the other as baseline. */
  private static Scenario betterAgainstWorse(Scenario scenario, NetworkOption a, NetworkOption b) {
    boolean aIsBetter = a.effectiveFraction() >= b.effectiveFraction();
    return scenario.toBuilder().candidate(aIsBetter ? a : b).baseline(aIsBetter ? b : a).build();
  }

  private static double speedup(ThroughputModel model, Scenario scenario) {
    return model.throughputFactor(scenario.candidate(), scenario)
        / model.throughputFactor(scenario.baseline(), scenario);
  }

  @Test
  void amdahlSpeedupNeverExceedsTheLinearSpeedupWhenTheCandidateIsNoWorse() {
    qt().forAll(
            NetroiDomain.scenarios(),
            NetroiDomain.networkOptions(),
            NetroiDomain.networkOptions(),
            shares())
        .checkAssert(
            (scenario, a, b, share) -> {
              Scenario s = betterAgainstWorse(scenario, a, b);

              double amdahl = speedup(ThroughputModels.amdahl(share), s);
              double linear = speedup(ThroughputModels.linear(), s);

              assertThat(amdahl)
                  .isLessThanOrEqualTo(linear * (1 + 1e-12))
                  .isGreaterThanOrEqualTo(1.0 - 1e-12);
            });
  }

  @Test
  void amdahlSpeedupIsOneOverTheStepTimeRatio() {
    qt().forAll(
            NetroiDomain.scenarios(),
            NetroiDomain.networkOptions(),
            NetroiDomain.networkOptions(),
            shares())
        .checkAssert(
            (scenario, a, b, share) -> {
              Scenario s = scenario.toBuilder().candidate(a).baseline(b).build();
              double expected =
                  1 / ((1 - share) + share * b.effectiveFraction() / a.effectiveFraction());

              assertThat(speedup(ThroughputModels.amdahl(share), s))
                  .isCloseTo(expected, within(1e-12 * expected));
            });
  }

  @Test
  void everyFactorIsInZeroToOne() {
    qt().forAll(NetroiDomain.scenarios(), shares())
        .checkAssert(
            (scenario, share) -> {
              for (ThroughputModel model :
                  new ThroughputModel[] {
                    ThroughputModels.linear(), ThroughputModels.amdahl(share)
                  }) {
                for (NetworkOption option :
                    new NetworkOption[] {scenario.candidate(), scenario.baseline()}) {
                  assertThat(model.throughputFactor(option, scenario))
                      .isGreaterThan(0)
                      .isLessThanOrEqualTo(1);
                }
              }
            });
  }

  @Test
  void amdahlWithTheWholeStepExposedIsTheLinearModel() {
    qt().forAll(NetroiDomain.scenarios())
        .checkAssert(
            scenario -> {
              double linear = speedup(ThroughputModels.linear(), scenario);

              assertThat(speedup(ThroughputModels.amdahl(1), scenario))
                  .isCloseTo(linear, within(1e-12 * linear));
            });
  }

  @Test
  void amdahlWithNothingExposedGivesNoSpeedUp() {
    qt().forAll(NetroiDomain.scenarios())
        .checkAssert(
            scenario -> {
              ThroughputModel hidden = ThroughputModels.amdahl(0);

              assertThat(hidden.throughputFactor(scenario.candidate(), scenario)).isEqualTo(1.0);
              assertThat(hidden.throughputFactor(scenario.baseline(), scenario)).isEqualTo(1.0);
            });
  }

  @Test
  void amdahlFactorRisesWithTheOptionsFraction() {
    qt().forAll(
            NetroiDomain.scenarios(),
            shares(),
            NetroiDomain.networkOptions(),
            NetroiDomain.networkOptions())
        .checkAssert(
            (scenario, share, a, b) -> {
              boolean aIsLower = a.effectiveFraction() <= b.effectiveFraction();
              NetworkOption lower = aIsLower ? a : b;
              NetworkOption higher = aIsLower ? b : a;
              ThroughputModel model = ThroughputModels.amdahl(share);

              assertThat(model.throughputFactor(higher, scenario))
                  .isGreaterThanOrEqualTo(model.throughputFactor(lower, scenario));
            });
  }

  @Test
  void amdahlSpeedUpOfABetterCandidateRisesWithTheExposedShare() {
    qt().forAll(
            NetroiDomain.scenarios(),
            NetroiDomain.networkOptions(),
            NetroiDomain.networkOptions(),
            shares().zip(shares(), (f1, f2) -> new double[] {Math.min(f1, f2), Math.max(f1, f2)}))
        .checkAssert(
            (scenario, a, b, f) -> {
              Scenario s = betterAgainstWorse(scenario, a, b);
              double low = speedup(ThroughputModels.amdahl(f[0]), s);
              double high = speedup(ThroughputModels.amdahl(f[1]), s);

              assertThat(high).isGreaterThanOrEqualTo(low * (1 - 1e-12));
            });
  }
}
