package dev.netroi.builtin;

import static dev.netroi.calc.Measures.BENEFIT_COST_RATIO;
import static dev.netroi.calc.Measures.EXTRA_NETWORK_COST_PER_GPU;
import static dev.netroi.calc.Measures.FABRIC_CAPEX_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.FABRIC_POWER_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.NETWORK_COST_PER_GPU_CANDIDATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.netroi.InputPath;
import dev.netroi.OptionRole;
import dev.netroi.Scenario;
import dev.netroi.calc.CalculationResults;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Measure;
import dev.netroi.calc.Row;
import dev.netroi.calc.RowCalculator;
import dev.netroi.engine.BatchResults;
import dev.netroi.engine.CalculationEngine;
import dev.netroi.engine.CalculatorRegistry;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * A plug-in that overrides the candidate's fabric capex per GPU reaches the figures that depend on
 * it, on both of the engine's paths: the network cost no longer sizes the fabric itself.
 *
 * <p>The scenario is the reference's (1,024 GPUs; uplift per GPU = USD 0.27 a GPU-minute x 525,600
 * minutes a year x (0.95 - 0.60) = 141,912 x 0.35 = USD 49,669.20 with the linear model; the
 * baseline states USD 3,900 a year) with the candidate built as a radix-64 fabric over 5 years with
 * support at 0.1 of capex a year ({@link CandidateFabricCalculatorTest#WITH_FABRIC}). The plug-in
 * prices that fabric at a negotiated USD 12,000 per GPU, whatever the bill of materials (USD
 * 9,043.75 per GPU from the built-in). So the candidate's annual network cost is 12,000 / 5 + 0.1 x
 * 12,000 = 2,400 + 1,200 = USD 3,600, the extra cost 3,600 - 3,900 = USD -300 and the benefit-cost
 * ratio 49,669.20 / 3,600 = 13.797; with a life of 4 years, 12,000 / 4 + 1,200 = USD 4,200 and
 * 49,669.20 / 4,200 = 11.826.
 */
class FabricCapexOverrideTest {

  /** The negotiated capex per GPU of the candidate's fabric. */
  private static final double NEGOTIATED = 12_000;

  /** A plug-in on the one-body SPI: the candidate's fabric capex per GPU is a constant. */
  static final class NegotiatedFabricCapex implements RowCalculator {

    private static final List<Measure<?>> OUTPUTS = List.of(FABRIC_CAPEX_PER_GPU_CANDIDATE);
    private static final Set<Measure<?>> OVERRIDES = Set.of(FABRIC_CAPEX_PER_GPU_CANDIDATE);

    @Override
    public List<Measure<?>> outputs() {
      return OUTPUTS;
    }

    @Override
    public Set<Measure<?>> overrides() {
      return OVERRIDES;
    }

    @Override
    public @Nullable FailureReason compute(Row row) {
      row.set(0, NEGOTIATED);
      return null;
    }

    @Override
    public Explanation explain(Row row, int output) {
      return Explanation.of("FabricCapexPerGpuCandidate = the negotiated price per GPU");
    }

    @Override
    public String refusal(Row row, FailureReason reason) {
      return "never refused";
    }
  }

  private static final Scenario SCENARIO = CandidateFabricCalculatorTest.WITH_FABRIC;

  private static final CalculationEngine ENGINE =
      CalculationEngine.of(CalculatorRegistry.builtIns().with(new NegotiatedFabricCapex()));

  @Test
  void theCandidatesNetworkCostAndRatioFollowThePluginsCapexOnTheAuditedPath() {
    CalculationResults results = ENGINE.calculateAll(SCENARIO);

    assertThat(results.value(FABRIC_CAPEX_PER_GPU_CANDIDATE).amount()).isEqualTo(NEGOTIATED);
    assertThat(results.value(NETWORK_COST_PER_GPU_CANDIDATE).amount())
        .isEqualTo(12_000 / 5.0 + 0.1 * 12_000);
    assertThat(results.value(NETWORK_COST_PER_GPU_CANDIDATE).toDisplayString())
        .isEqualTo("USD 3,600.00");
    assertThat(results.value(EXTRA_NETWORK_COST_PER_GPU).toDisplayString())
        .isEqualTo("USD -300.00");
    assertThat(results.value(BENEFIT_COST_RATIO)).isCloseTo(49_669.2 / 3_600, within(1e-12));
    assertThat(results.get(NETWORK_COST_PER_GPU_CANDIDATE).figure().explanation().inputs().get(0))
        .isEqualTo(new Explanation.Input("FabricCapexPerGpuCandidate", "USD 12,000.00"));
    // the built-in still sizes the fabric for its power: 48 x 1,500 + 4,096 x 16 + 1,024 x 25 W
    assertThat(results.value(FABRIC_POWER_PER_GPU_CANDIDATE))
        .isEqualTo((48 * 1500 + 4096 * 16 + 1024 * 25) / 1024.0);
  }

  @Test
  void theCandidatesNetworkCostAndRatioFollowThePluginsCapexOnTheBatchPath() {
    InputPath life = OptionRole.CANDIDATE.fabricPath("lifeYears");

    BatchResults batch =
        ENGINE.batch(
            SCENARIO,
            Map.of(life, new double[] {5, 4}),
            List.of(NETWORK_COST_PER_GPU_CANDIDATE, BENEFIT_COST_RATIO),
            1);

    assertThat(batch.errors()).isEmpty();
    assertThat(batch.rowByRowEvaluations()).isZero();
    assertThat(batch.values(NETWORK_COST_PER_GPU_CANDIDATE))
        .containsExactly(12_000 / 5.0 + 0.1 * 12_000, 12_000 / 4.0 + 0.1 * 12_000);
    assertThat(batch.value(BENEFIT_COST_RATIO, 0)).isCloseTo(49_669.2 / 3_600, within(1e-12));
    assertThat(batch.value(BENEFIT_COST_RATIO, 1)).isCloseTo(49_669.2 / 4_200, within(1e-12));
    // to the bit as on the audited path
    assertThat(batch.value(BENEFIT_COST_RATIO, 0))
        .isEqualTo(ENGINE.calculateAll(SCENARIO).value(BENEFIT_COST_RATIO));
  }
}
