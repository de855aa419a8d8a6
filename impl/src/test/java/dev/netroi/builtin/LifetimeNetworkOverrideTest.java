package dev.netroi.builtin;

import static dev.netroi.calc.Measures.EXTRA_NETWORK_COST_PER_GPU;
import static dev.netroi.calc.Measures.LIFETIME_NETWORK_COST_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.LIFETIME_NETWORK_COST_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.NETWORK_COST_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.NETWORK_COST_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.UPGRADE_NET_BENEFIT;
import static dev.netroi.calc.Measures.UPGRADE_NPV;
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
import dev.netroi.engine.BatchResults;
import dev.netroi.engine.CalculationEngine;
import dev.netroi.engine.CalculatorRegistry;
import dev.netroi.reference.ReferenceArgument;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * A plug-in that replaces the annual network costs per GPU reaches every lifetime figure, on the
 * audited and on the batch path: the lifetime calculators read the networks through the graph
 * ({@code NetworkCostPerGpu<Role>}), not from the scenario's stated costs.
 *
 * <p>The scenario is the reference (1,024 GPUs; both options state USD 3,900 a GPU-year, no fabric)
 * with 5-year lifetime terms at 8 %. The plug-in, like the samples' company price list, states USD
 * 4,200 for the candidate and USD 3,200 for the baseline (extra USD 1,000).
 */
class LifetimeNetworkOverrideTest {

  private static final double CANDIDATE = 4200;
  private static final double BASELINE = 3200;
  private static final int GPUS = 1024;
  private static final double RATE = 0.08;
  private static final int YEARS = 5;

  /** The plug-in: constant network costs, overriding the built-in ones. */
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
      row.set(0, CANDIDATE);
      row.set(1, BASELINE);
      row.set(2, CANDIDATE - BASELINE);
      return null;
    }

    @Override
    public Explanation explain(Row row, int output) {
      return Explanation.of(OUTPUTS.get(output) + " = the company's price list");
    }

    @Override
    public String refusal(Row row, FailureReason reason) {
      return "never refused";
    }
  }

  private static final Scenario REFERENCE =
      ReferenceArgument.mixtral().toBuilder()
          .lifetime(
              Lifetime.builder()
                  .horizonYears(YEARS)
                  .discountRate(RATE)
                  .gpuWatts(1275)
                  .electricityPricePerKwh(CurrencyAmount.of("USD", "0.08"))
                  .pue(1.3)
                  .firstYearRamp(0.8)
                  .build())
          .build();

  private static final CalculationEngine BUILT_INS =
      CalculationEngine.of(CalculatorRegistry.builtIns());
  private static final CalculationEngine WITH_PRICE_LIST =
      CalculationEngine.of(CalculatorRegistry.builtIns().with(new PriceList()));

  /**
   * The NPV changes by the change of the upgrade's yearly flow, discounted: both options state no
   * fabric, so year 0 is unchanged and each year t = 1..5 the upgrade pays the extra network cost,
   * USD 4,200 - 3,200 = 1,000 per GPU, where it paid 3,900 - 3,900 = 0 before: x 1,024 GPUs = USD
   * 1,024,000 a year, at the end of each year. Its present value is 1,024,000 x annuity factor, (1
   * - 1.08^-5) / 0.08 = 3.99271..., so the NPV falls by USD 4,088,535.08 (computed below in closed
   * form). The net benefit, undiscounted, falls by 5 x 1,024,000 = USD 5,120,000.
   */
  private static final double NPV_CHANGE =
      -(CANDIDATE - BASELINE - 0) * GPUS * (1 - Math.pow(1 + RATE, -YEARS)) / RATE;

  private static final double NET_BENEFIT_CHANGE = -(CANDIDATE - BASELINE - 0) * GPUS * YEARS;

  private static BigDecimal cents(double amount) {
    return BigDecimal.valueOf(amount).setScale(2, java.math.RoundingMode.HALF_EVEN);
  }

  /**
   * Audited: the lifetime network cost is 5 x USD 4,200 = 21,000.00 on the candidate (it was 5 x
   * 3,900 = 19,500.00) and 5 x 3,200 = 16,000.00 on the baseline.
   */
  @Test
  void anOverriddenNetworkCostReachesTheLifetimeFiguresOnTheAuditedPath() {
    CalculationResults before = BUILT_INS.calculateAll(REFERENCE);
    CalculationResults after = WITH_PRICE_LIST.calculateAll(REFERENCE);

    assertThat(before.value(LIFETIME_NETWORK_COST_PER_GPU_CANDIDATE).rounded())
        .isEqualByComparingTo("19500.00");
    assertThat(after.value(NETWORK_COST_PER_GPU_CANDIDATE).rounded())
        .isEqualByComparingTo("4200.00");
    assertThat(after.value(LIFETIME_NETWORK_COST_PER_GPU_CANDIDATE).rounded())
        .isEqualByComparingTo("21000.00");
    assertThat(after.value(LIFETIME_NETWORK_COST_PER_GPU_BASELINE).rounded())
        .isEqualByComparingTo("16000.00");
    assertThat(after.value(UPGRADE_NPV).amount() - before.value(UPGRADE_NPV).amount())
        .isCloseTo(NPV_CHANGE, within(0.005));
    assertThat(cents(after.value(UPGRADE_NPV).amount() - before.value(UPGRADE_NPV).amount()))
        .isEqualByComparingTo(cents(NPV_CHANGE));
    assertThat(
            after.value(UPGRADE_NET_BENEFIT).amount() - before.value(UPGRADE_NET_BENEFIT).amount())
        .isCloseTo(NET_BENEFIT_CHANGE, within(0.005));
  }

  /** Batch, one row (the reference itself): the same figures as on the audited path. */
  @Test
  void anOverriddenNetworkCostReachesTheLifetimeFiguresOnTheBatchPath() {
    Map<dev.netroi.InputPath, double[]> oneRow =
        Map.of(InputPaths.LIFETIME_DISCOUNT_RATE, new double[] {RATE});
    List<Measure<?>> measures =
        List.of(
            LIFETIME_NETWORK_COST_PER_GPU_CANDIDATE,
            LIFETIME_NETWORK_COST_PER_GPU_BASELINE,
            UPGRADE_NPV,
            UPGRADE_NET_BENEFIT);
    BatchResults before = BUILT_INS.batch(REFERENCE, oneRow, measures, 1);
    BatchResults after = WITH_PRICE_LIST.batch(REFERENCE, oneRow, measures, 1);

    assertThat(before.value(LIFETIME_NETWORK_COST_PER_GPU_CANDIDATE, 0)).isEqualTo(19_500.0);
    assertThat(cents(after.value(LIFETIME_NETWORK_COST_PER_GPU_CANDIDATE, 0)))
        .isEqualByComparingTo("21000.00");
    assertThat(cents(after.value(LIFETIME_NETWORK_COST_PER_GPU_BASELINE, 0)))
        .isEqualByComparingTo("16000.00");
    assertThat(after.value(UPGRADE_NPV, 0) - before.value(UPGRADE_NPV, 0))
        .isCloseTo(NPV_CHANGE, within(0.005));
    assertThat(after.value(UPGRADE_NET_BENEFIT, 0) - before.value(UPGRADE_NET_BENEFIT, 0))
        .isCloseTo(NET_BENEFIT_CHANGE, within(0.005));
    // and the batch is the audited path to the bit
    CalculationResults audited = WITH_PRICE_LIST.calculateAll(REFERENCE);
    for (Measure<?> measure : measures) {
      assertThat(after.value(measure, 0))
          .as("%s", measure)
          .isEqualTo(((CurrencyAmount) audited.get(measure).figure().value()).amount());
    }
  }
}
