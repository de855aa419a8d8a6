package dev.netroi.builtin;

import static dev.netroi.calc.Measures.FABRIC_CAPEX_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.FABRIC_POWER_PER_GPU_BASELINE;
import static dev.netroi.testkit.NetroiDomain.usd;
import static org.assertj.core.api.Assertions.assertThat;

import dev.netroi.NetworkFabric;
import dev.netroi.Scenario;
import dev.netroi.calc.Calculator;
import dev.netroi.calc.FailureReason;
import dev.netroi.testkit.NetroiDomain;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class BaselineFabricCalculatorTest implements BuiltInContract {

  @Override
  public Calculator calculator() {
    return new BaselineFabricCalculator();
  }

  /** Mostly scenarios whose options have fabrics that fit; some without fabrics. */
  @Override
  public Gen<Scenario> validScenarios() {
    return NetroiDomain.weighted(
        3, NetroiDomain.scenariosWithFabrics(), 1, NetroiDomain.scenarios());
  }

  @Test
  void itSizesTheBaselinesFabricAndNotTheCandidates() {
    Scenario both =
        CandidateFabricCalculatorTest.WITH_FABRIC.toBuilder()
            .baseline(
                CandidateFabricCalculatorTest.WITH_FABRIC
                    .baseline()
                    .withFabric(
                        NetworkFabric.of(
                            CandidateFabricCalculatorTest.RADIX_64.withOversubscription(3), 5, 0)))
            .build();

    // 3:1 at radix 64: 22 leaves of 48 GPUs, ceil(22 x 16 / 64) = 6 spines, 1,024 + 352 links
    // 28 x 50,000 + 2,752 x 1,000 + 1,024 x 2,500 + 1,376 x 100 = 6,849,600
    assertThat(valueFor(both, FABRIC_CAPEX_PER_GPU_BASELINE)).isEqualTo(usd("6689.0625"));
    assertThat(valueFor(both, FABRIC_POWER_PER_GPU_BASELINE))
        .isEqualTo((28 * 1500 + 2752 * 16 + 1024 * 25) / 1024.0);
    assertThat(outcomeFor(CandidateFabricCalculatorTest.WITH_FABRIC).reason())
        .isEqualTo(FailureReason.MISSING_INPUT);
  }
}
