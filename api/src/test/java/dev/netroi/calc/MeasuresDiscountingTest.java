package dev.netroi.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each lifetime measure says whether it is discounted, in its description (and Javadoc). The lists
 * come from the formulas of the lifetime calculators: costs and TCO are sums of yearly amounts;
 * NPV, discounted payback and the NPV break-evens discount at {@code lifetime.discountRate}.
 */
class MeasuresDiscountingTest {

  private static final List<Measure<?>> UNDISCOUNTED =
      List.of(
          Measures.LIFETIME_GPU_COST_PER_GPU_CANDIDATE,
          Measures.LIFETIME_GPU_COST_PER_GPU_BASELINE,
          Measures.LIFETIME_NETWORK_COST_PER_GPU_CANDIDATE,
          Measures.LIFETIME_NETWORK_COST_PER_GPU_BASELINE,
          Measures.LIFETIME_POWER_COST_PER_GPU_CANDIDATE,
          Measures.LIFETIME_POWER_COST_PER_GPU_BASELINE,
          Measures.LIFETIME_HOSTING_COST_PER_GPU_CANDIDATE,
          Measures.LIFETIME_HOSTING_COST_PER_GPU_BASELINE,
          Measures.LIFETIME_TCO_PER_GPU_CANDIDATE,
          Measures.LIFETIME_TCO_PER_GPU_BASELINE,
          Measures.LIFETIME_TCO_FLEET_CANDIDATE,
          Measures.LIFETIME_TCO_FLEET_BASELINE,
          Measures.ANNUAL_TCO_PER_GPU_CANDIDATE,
          Measures.ANNUAL_TCO_PER_GPU_BASELINE,
          Measures.ANNUAL_TCO_FLEET_CANDIDATE,
          Measures.ANNUAL_TCO_FLEET_BASELINE,
          Measures.COST_PER_DELIVERED_GPU_HOUR_CANDIDATE,
          Measures.COST_PER_DELIVERED_GPU_HOUR_BASELINE,
          Measures.COST_PER_MILLION_TOKENS_CANDIDATE,
          Measures.COST_PER_MILLION_TOKENS_BASELINE,
          Measures.UPGRADE_CASH_FLOWS,
          Measures.UPGRADE_NET_BENEFIT,
          Measures.UPGRADE_PAYBACK_MONTHS,
          Measures.BREAK_EVEN_GPU_HOUR_PRICE);

  private static final List<Measure<?>> DISCOUNTED =
      List.of(
          Measures.LIFETIME_NPV_CANDIDATE,
          Measures.LIFETIME_NPV_BASELINE,
          Measures.UPGRADE_NPV,
          Measures.UPGRADE_DISCOUNTED_PAYBACK_MONTHS,
          Measures.BREAK_EVEN_NETWORK_COST_PER_GPU,
          Measures.BREAK_EVEN_EFFECTIVE_FRACTION);

  @Test
  void anUndiscountedLifetimeMeasureSaysSo() {
    for (Measure<?> m : UNDISCOUNTED) {
      assertThat(m.description()).as(m.name()).containsIgnoringCase("undiscounted");
      assertThat(m.description()).as(m.name()).doesNotContainIgnoringCase("discounted at");
    }
  }

  @Test
  void aDiscountedLifetimeMeasureNamesTheRate() {
    for (Measure<?> m : DISCOUNTED) {
      assertThat(m.description())
          .as(m.name())
          .containsIgnoringCase("discounted at lifetime.discountRate");
      assertThat(m.description()).as(m.name()).doesNotContainIgnoringCase("undiscounted");
    }
  }

  @Test
  void theIrrSaysItIsNotDiscountedAtTheRate() {
    assertThat(Measures.UPGRADE_IRR.description())
        .isEqualTo(
            "Internal rate of return of the upgrade: the discount rate at which its NPV is zero."
                + " Not discounted at lifetime.discountRate: it is the rate at which the discounted"
                + " sum is zero.");
  }

  @Test
  void everyMeasureOverTheLifetimeIsInOneOfTheLists() {
    for (Measure<?> m : Measures.all()) {
      boolean lifetime =
          m.unit() == StandardUnit.MONEY_PER_GPU_LIFETIME
              || m.unit() == StandardUnit.MONEY_PER_FLEET_LIFETIME
              || m.unit() == StandardUnit.MONTHS
              || m.unit() == StandardUnit.CASH_FLOWS;
      if (lifetime) {
        assertThat(UNDISCOUNTED.contains(m) || DISCOUNTED.contains(m)).as(m.name()).isTrue();
      }
    }
  }
}
