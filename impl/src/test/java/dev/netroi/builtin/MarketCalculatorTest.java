package dev.netroi.builtin;

import static dev.netroi.calc.Measures.NETWORK_RUN_RATE_PER_ACTIVE_GPU;
import static dev.netroi.calc.Measures.NETWORK_SPEND_PER_GPU_SOLD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.netroi.Scenario;
import dev.netroi.calc.Calculator;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.FailureReason;
import dev.netroi.reference.ReferenceArgument;
import dev.netroi.testkit.NetroiDomain;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class MarketCalculatorTest implements BuiltInContract {

  private final Scenario reference = ReferenceArgument.mixtral();

  @Override
  public Calculator calculator() {
    return new MarketCalculator();
  }

  /** With and without market facts: without them, the figures fail as missing input. */
  @Override
  public Gen<Scenario> validScenarios() {
    return NetroiDomain.scenarios();
  }

  @Test
  void theRunRatePerActiveGpuDividesTheRunRateByTheInstalledBase() {
    assertThat(valueFor(reference, NETWORK_RUN_RATE_PER_ACTIVE_GPU).rounded())
        .isEqualTo(new BigDecimal("3939.39"));
  }

  @Test
  void theSpendPerGpuSoldDividesAQuarterOfTheRunRateByTheGpusSoldInIt() {
    assertThat(valueFor(reference, NETWORK_SPEND_PER_GPU_SOLD).rounded())
        .isEqualTo(new BigDecimal("5345.39"));
  }

  @Test
  void withoutAMarketSnapshotBothFiguresAreMissingInput() {
    Scenario noMarket =
        Scenario.builder()
            .name("no market")
            .fleet(reference.fleet())
            .candidate(reference.candidate())
            .baseline(reference.baseline())
            .pricing(reference.pricing())
            .build();

    assertThat(outcomeFor(noMarket))
        .isEqualTo(
            new Outcome(
                null, FailureReason.MISSING_INPUT, "scenario 'no market' has no market snapshot"));
  }

  @Test
  void theFiguresNameTheMarketFacts() {
    assertThat(figureFor(reference, NETWORK_RUN_RATE_PER_ACTIVE_GPU).explanation().inputs())
        .containsExactly(
            new Explanation.Input("market.networkRunRate", "USD 13,000,000,000.00 per year"),
            new Explanation.Input("market.activeGpus", "3,300,000"));
    assertThat(figureFor(reference, NETWORK_SPEND_PER_GPU_SOLD).explanation().inputs())
        .contains(new Explanation.Input("market.gpusSoldLastQuarter", "608,000"));
  }
}
