package dev.netroi.builtin;

import static dev.netroi.calc.Measures.EFFECTIVE_BANDWIDTH_BASELINE;
import static dev.netroi.calc.Measures.EFFECTIVE_BANDWIDTH_CANDIDATE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.netroi.Bandwidth;
import dev.netroi.CurrencyAmount;
import dev.netroi.NetworkOption;
import dev.netroi.Scenario;
import dev.netroi.calc.Calculator;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.Figure;
import dev.netroi.reference.ReferenceArgument;
import dev.netroi.testkit.NetroiDomain;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class EffectiveBandwidthCalculatorTest implements BuiltInContract {

  @Override
  public Calculator calculator() {
    return new EffectiveBandwidthCalculator();
  }

  @Override
  public Gen<Scenario> validScenarios() {
    return NetroiDomain.scenarios();
  }

  @Test
  void effectiveBandwidthIsPortSpeedTimesTheEffectiveFraction() {
    Scenario reference = ReferenceArgument.mixtral();

    assertThat(valueFor(reference, EFFECTIVE_BANDWIDTH_CANDIDATE)).isEqualTo(Bandwidth.ofGbps(760));
    assertThat(valueFor(reference, EFFECTIVE_BANDWIDTH_BASELINE)).isEqualTo(Bandwidth.ofGbps(480));
  }

  @Test
  void halfOfA400GbpsPortIs200Gbps() {
    Scenario reference = ReferenceArgument.mixtral();
    Scenario halfSpeed =
        reference.toBuilder()
            .baseline(
                NetworkOption.of(
                    "half speed", Bandwidth.ofGbps(400), 0.5, CurrencyAmount.of("USD", "1000")))
            .build();

    assertThat(valueFor(halfSpeed, EFFECTIVE_BANDWIDTH_BASELINE)).isEqualTo(Bandwidth.ofGbps(200));
  }

  @Test
  void theFigureNamesThePortSpeedAndTheFraction() {
    Figure<Bandwidth> candidate =
        figureFor(ReferenceArgument.mixtral(), EFFECTIVE_BANDWIDTH_CANDIDATE);

    assertThat(candidate.explanation())
        .isEqualTo(
            Explanation.of(
                "EffectiveBandwidthCandidate = candidate.portSpeed x candidate.effectiveFraction",
                List.of(
                    new Explanation.Input("candidate.portSpeed", "800 Gb/s"),
                    new Explanation.Input("candidate.effectiveFraction", "0.95"))));
  }

  /**
   * The baseline's figure names the baseline's port speed and fraction, not the candidate's: a
   * baseline of 400 Gb/s at 0.5 against the reference candidate (800 Gb/s) shows "400 Gb/s" and
   * "0.5".
   */
  @Test
  void theBaselineFigureNamesTheBaselinesPortSpeedAndFraction() {
    Scenario halfSpeed =
        ReferenceArgument.mixtral().toBuilder()
            .baseline(
                NetworkOption.of(
                    "half speed", Bandwidth.ofGbps(400), 0.5, CurrencyAmount.of("USD", "1000")))
            .build();

    assertThat(figureFor(halfSpeed, EFFECTIVE_BANDWIDTH_BASELINE).explanation())
        .isEqualTo(
            Explanation.of(
                "EffectiveBandwidthBaseline = baseline.portSpeed x baseline.effectiveFraction",
                List.of(
                    new Explanation.Input("baseline.portSpeed", "400 Gb/s"),
                    new Explanation.Input("baseline.effectiveFraction", "0.5"))));
  }
}
