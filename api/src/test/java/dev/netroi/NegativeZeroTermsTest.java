package dev.netroi;

import static dev.netroi.TestMoney.usd;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A zero typed or computed as {@code -0.0} (a sweep from -1 to 0, a product with a negative factor)
 * is the same term as {@code 0}: the value built with it is equal to the one built with {@code 0},
 * has its hash code (a map of scenarios keyed by their terms finds it) and stores, and so prints, a
 * plain {@code 0}. {@code Double.compare}, which the values' {@code equals} uses, tells {@code
 * -0.0} below {@code 0.0}, so this holds only because the constructors store {@code x + 0.0}, which
 * is {@code +0.0} for both zeros (IEEE 754: {@code -0.0 + 0.0 = +0.0} under round-to-nearest).
 */
class NegativeZeroTermsTest {

  private static final long POSITIVE_ZERO_BITS = 0L;

  @Nested
  class LifetimeTerms {

    private Lifetime.Builder required() {
      return Lifetime.builder()
          .horizonYears(5)
          .discountRate(0.08)
          .gpuWatts(700)
          .electricityPricePerKwh(usd("0.08"));
    }

    @Test
    void aNegativeZeroResidualShareIsZero() {
      Lifetime negative = required().gpuResidualShare(-0.0).build();
      Lifetime zero = required().gpuResidualShare(0).build();

      assertThat(Double.doubleToRawLongBits(negative.gpuResidualShare()))
          .isEqualTo(POSITIVE_ZERO_BITS);
      assertThat(negative).isEqualTo(zero).hasSameHashCodeAs(zero);
      assertThat(String.valueOf(negative.gpuResidualShare())).isEqualTo("0.0");
    }

    /**
     * No watts per GPU (a what-if without power costs): "GPUs 0 W", with the other terms those of
     * {@link #required()} and the defaults (life 5 years, residual 0, PUE 1.58, no hosting, ramp
     * 1).
     */
    @Test
    void negativeZeroWattsAreZero() {
      Lifetime negative = required().gpuWatts(-0.0).build();
      Lifetime zero = required().gpuWatts(0).build();

      assertThat(Double.doubleToRawLongBits(negative.gpuWatts())).isEqualTo(POSITIVE_ZERO_BITS);
      assertThat(negative).isEqualTo(zero).hasSameHashCodeAs(zero);
      assertThat(negative)
          .hasToString(
              "Lifetime[5 years at 8 %, GPUs 0 W over 5 years to 0, PUE 1.58, USD 0.08 per kWh,"
                  + " hosting USD 0 per kW-month, year-1 ramp 1]");
    }

    @Test
    void aNegativeZeroFirstYearRampIsZero() {
      Lifetime negative = required().firstYearRamp(-0.0).build();
      Lifetime zero = required().firstYearRamp(0).build();

      assertThat(Double.doubleToRawLongBits(negative.firstYearRamp()))
          .isEqualTo(POSITIVE_ZERO_BITS);
      assertThat(negative).isEqualTo(zero).hasSameHashCodeAs(zero);
      assertThat(String.valueOf(negative.firstYearRamp())).isEqualTo("0.0");
    }

    @Test
    void writingANegativeZeroInputGivesTheTermsOfZero() {
      Lifetime base = required().gpuResidualShare(0.1).firstYearRamp(0.5).build();

      assertThat(base.withInput("gpuResidualShare", -0.0))
          .isEqualTo(base.withGpuResidualShare(0))
          .hasSameHashCodeAs(base.withGpuResidualShare(0));
      assertThat(base.withInput("gpuWatts", -0.0))
          .isEqualTo(base.withGpuWatts(0))
          .hasSameHashCodeAs(base.withGpuWatts(0));
      assertThat(base.withInput("firstYearRamp", -0.0))
          .isEqualTo(base.withFirstYearRamp(0))
          .hasSameHashCodeAs(base.withFirstYearRamp(0));
    }
  }

  @Nested
  class WorkloadTerms {

    private Workload.Builder step() {
      return Workload.builder()
          .name("step")
          .computeSeconds(1)
          .overlapShare(0.5)
          .latencySeconds(5e-6)
          .collectives(List.of(Collective.of(CollectiveKind.ALL_REDUCE, 1e9, 8)))
          .source("assumption");
    }

    /** No overlap of communication with compute: the share is 0 whichever zero was typed. */
    @Test
    void aNegativeZeroOverlapShareIsZero() {
      Workload negative = step().overlapShare(-0.0).build();
      Workload zero = step().overlapShare(0).build();

      assertThat(Double.doubleToRawLongBits(negative.overlapShare())).isEqualTo(POSITIVE_ZERO_BITS);
      assertThat(negative).isEqualTo(zero).hasSameHashCodeAs(zero);
      assertThat(String.valueOf(negative.input("overlapShare"))).isEqualTo("0.0");
    }

    /** An ideal network without per-message latency: 0 s whichever zero was typed. */
    @Test
    void aNegativeZeroLatencyIsZero() {
      Workload negative = step().latencySeconds(-0.0).build();
      Workload zero = step().latencySeconds(0).build();

      assertThat(Double.doubleToRawLongBits(negative.latencySeconds()))
          .isEqualTo(POSITIVE_ZERO_BITS);
      assertThat(negative).isEqualTo(zero).hasSameHashCodeAs(zero);
      assertThat(String.valueOf(negative.input("latencySeconds"))).isEqualTo("0.0");
    }

    @Test
    void writingANegativeZeroInputGivesTheWorkloadOfZero() {
      Workload base = step().build();

      assertThat(base.withInput("overlapShare", -0.0))
          .isEqualTo(base.withOverlapShare(0))
          .hasSameHashCodeAs(base.withOverlapShare(0));
      assertThat(base.withInput("latencySeconds", -0.0))
          .isEqualTo(base.withLatencySeconds(0))
          .hasSameHashCodeAs(base.withLatencySeconds(0));
    }
  }
}
