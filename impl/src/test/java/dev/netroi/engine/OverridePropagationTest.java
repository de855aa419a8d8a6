package dev.netroi.engine;

import static dev.netroi.calc.Measures.BENEFIT_COST_RATIO;
import static dev.netroi.calc.Measures.EXTRA_NETWORK_COST_PER_GPU;
import static dev.netroi.calc.Measures.LIFETIME_NETWORK_COST_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.LIFETIME_NETWORK_COST_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.NETWORK_COST_FLEET_CANDIDATE;
import static dev.netroi.calc.Measures.NETWORK_COST_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.NETWORK_COST_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.NET_BENEFIT_FLEET;
import static dev.netroi.calc.Measures.NET_BENEFIT_PER_GPU;
import static dev.netroi.calc.Measures.ROI;
import static dev.netroi.calc.Measures.VALUE_UPLIFT_PER_GPU;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.netroi.CurrencyAmount;
import dev.netroi.InputPaths;
import dev.netroi.Lifetime;
import dev.netroi.Scenario;
import dev.netroi.calc.CalculationResults;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Measure;
import dev.netroi.calc.Row;
import dev.netroi.calc.RowCalculator;
import dev.netroi.reference.ReferenceArgument;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Issue 16's own example: a plug-in price list that overrides the three annual network costs per
 * GPU (candidate USD 4,200, baseline USD 3,200, extra USD 1,000) over the built-ins, on the
 * reference mixtral scenario ({@link ReferenceArgument#mixtral()}) with 5-year lifetime terms. One
 * result set must hold one network cost: the annual figures and the lifetime figures both follow
 * the plug-in, on the audited and on the batch path.
 *
 * <p>By hand, from the reference's facts (1,024 GPUs, USD 0.27 a GPU-minute, 525,600 minutes in a
 * 365-day year, the linear throughput model, so the factors are the effective fractions 0.95 and
 * 0.60):
 *
 * <ul>
 *   <li>theoretical value per GPU = 0.27 x 525,600 = USD 141,912.00 a year; realised 141,912 x 0.95
 *       = 134,816.40 and 141,912 x 0.60 = 85,147.20; uplift = 134,816.40 - 85,147.20 = USD
 *       49,669.20 (the plug-in does not touch it);
 *   <li>benefit-cost ratio = uplift / candidate's cost = 49,669.20 / 4,200 = 11.826 (4,200 x 11.826
 *       = 46,200 + 3,469.2 = 49,669.2), where the built-ins' USD 3,900 gives 12.7357;
 *   <li>net benefit per GPU = uplift - extra = 49,669.20 - 1,000 = USD 48,669.20; ROI = 48,669.20 /
 *       1,000 = 48.6692;
 *   <li>fleet: network cost 4,200 x 1,024 = USD 4,300,800.00 (x 2,048 = 8,601,600.00); net benefit
 *       48,669.20 x 1,024 = 48,669,200 + 1,168,060.80 = USD 49,837,260.80;
 *   <li>lifetime network cost per GPU, an undiscounted sum of the stated yearly cost over the
 *       5-year horizon (neither option has a fabric): 5 x 4,200 = USD 21,000.00 for the candidate,
 *       5 x 3,200 = USD 16,000.00 for the baseline (the built-ins: 5 x 3,900 = 19,500.00 each).
 * </ul>
 */
class OverridePropagationTest {

  /** The plug-in: the company's price list, constant network costs overriding the built-in ones. */
  static final class PriceList implements RowCalculator {
    private static final List<Measure<?>> OUTPUTS =
        List.of(
            NETWORK_COST_PER_GPU_CANDIDATE,
            NETWORK_COST_PER_GPU_BASELINE,
            EXTRA_NETWORK_COST_PER_GPU);
    private static final Set<Measure<?>> OVERRIDES = Set.copyOf(OUTPUTS);

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
      row.set(0, 4200);
      row.set(1, 3200);
      row.set(2, 1000);
      return null;
    }

    @Override
    public Explanation explain(Row row, int output) {
      return Explanation.of(OUTPUTS.get(output).name() + " = the company's price list");
    }

    @Override
    public String refusal(Row row, FailureReason reason) {
      return "never refused";
    }
  }

  /** The reference with 5-year lifetime terms at 8 %. */
  private static final Scenario REFERENCE =
      ReferenceArgument.mixtral().toBuilder()
          .lifetime(
              Lifetime.builder()
                  .horizonYears(5)
                  .discountRate(0.08)
                  .gpuWatts(1275)
                  .electricityPricePerKwh(CurrencyAmount.of("USD", "0.08"))
                  .pue(1.3)
                  .firstYearRamp(0.8)
                  .build())
          .build();

  private static final CalculationEngine ENGINE =
      CalculationEngine.of(CalculatorRegistry.builtIns().with(new PriceList()));

  private static String shown(CalculationResults results, Measure<CurrencyAmount> measure) {
    return results.value(measure).toDisplayString();
  }

  @Test
  void theAnnualFiguresFollowThePriceListOnTheAuditedPath() {
    CalculationResults results = ENGINE.calculateAll(REFERENCE);

    assertThat(shown(results, NETWORK_COST_PER_GPU_CANDIDATE)).isEqualTo("USD 4,200.00");
    assertThat(shown(results, NETWORK_COST_PER_GPU_BASELINE)).isEqualTo("USD 3,200.00");
    assertThat(shown(results, EXTRA_NETWORK_COST_PER_GPU)).isEqualTo("USD 1,000.00");
    assertThat(shown(results, VALUE_UPLIFT_PER_GPU)).isEqualTo("USD 49,669.20");
    assertThat(results.value(BENEFIT_COST_RATIO)).isCloseTo(11.826, within(1e-12));
    assertThat(shown(results, NET_BENEFIT_PER_GPU)).isEqualTo("USD 48,669.20");
    assertThat(results.value(ROI)).isCloseTo(48.6692, within(1e-12));
    assertThat(shown(results, NETWORK_COST_FLEET_CANDIDATE)).isEqualTo("USD 4,300,800.00");
    assertThat(shown(results, NET_BENEFIT_FLEET)).isEqualTo("USD 49,837,260.80");
  }

  @Test
  void theAnnualFiguresFollowThePriceListOnTheBatchPath() {
    BatchResults batch =
        ENGINE.batch(
            REFERENCE,
            Map.of(InputPaths.FLEET_COUNT, new double[] {1024, 2048}),
            List.of(
                BENEFIT_COST_RATIO, NETWORK_COST_FLEET_CANDIDATE, NETWORK_COST_PER_GPU_CANDIDATE),
            1);

    assertThat(batch.errors()).isEmpty();
    assertThat(batch.rowByRowEvaluations()).isZero();
    assertThat(batch.values(NETWORK_COST_PER_GPU_CANDIDATE)).containsExactly(4200, 4200);
    assertThat(batch.values(NETWORK_COST_FLEET_CANDIDATE)).containsExactly(4_300_800, 8_601_600);
    assertThat(batch.value(BENEFIT_COST_RATIO, 0)).isCloseTo(11.826, within(1e-12));
    assertThat(batch.value(BENEFIT_COST_RATIO, 1)).isCloseTo(11.826, within(1e-12));
    // to the bit as on the audited path
    assertThat(batch.value(BENEFIT_COST_RATIO, 0))
        .isEqualTo(ENGINE.calculateAll(REFERENCE).value(BENEFIT_COST_RATIO));
  }

  @Test
  void theLifetimeNetworkCostsFollowThePriceListOnTheAuditedPath() {
    CalculationResults results = ENGINE.calculateAll(REFERENCE);

    assertThat(shown(results, LIFETIME_NETWORK_COST_PER_GPU_CANDIDATE)).isEqualTo("USD 21,000.00");
    assertThat(shown(results, LIFETIME_NETWORK_COST_PER_GPU_BASELINE)).isEqualTo("USD 16,000.00");
  }

  @Test
  void theLifetimeNetworkCostsFollowThePriceListOnTheBatchPath() {
    BatchResults batch =
        ENGINE.batch(
            REFERENCE,
            Map.of(InputPaths.FLEET_COUNT, new double[] {1024, 2048}),
            List.of(
                LIFETIME_NETWORK_COST_PER_GPU_CANDIDATE, LIFETIME_NETWORK_COST_PER_GPU_BASELINE),
            1);

    assertThat(batch.errors()).isEmpty();
    assertThat(batch.values(LIFETIME_NETWORK_COST_PER_GPU_CANDIDATE))
        .containsExactly(21_000, 21_000);
    assertThat(batch.values(LIFETIME_NETWORK_COST_PER_GPU_BASELINE))
        .containsExactly(16_000, 16_000);
  }
}
