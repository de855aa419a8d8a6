package dev.netroi.calc;

import static dev.netroi.TestMoney.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.netroi.Bandwidth;
import dev.netroi.CurrencyAmount;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Figure")
class FigureTest {

  private static final Explanation UPLIFT =
      Explanation.of("RealisedAnnualValuePerGpuCandidate - RealisedAnnualValuePerGpuBaseline");

  @Test
  void holdsMeasureValueAndExplanation() {
    Figure<CurrencyAmount> figure =
        Figure.of(Measures.VALUE_UPLIFT_PER_GPU, usd("49669.20"), UPLIFT);

    assertThat(figure.measure()).isSameAs(Measures.VALUE_UPLIFT_PER_GPU);
    assertThat(figure.value()).isEqualTo(usd("49669.20"));
    assertThat(figure.explanation()).isEqualTo(UPLIFT);
    assertThat(figure.formattedValue()).isEqualTo("USD 49,669.20");
  }

  @Nested
  @DisplayName("toString")
  class Canonical {

    @Test
    void showsMoneyWithItsUnit() {
      assertThat(Figure.of(Measures.VALUE_UPLIFT_PER_GPU, usd("49669.2"), UPLIFT))
          .hasToString("ValueUpliftPerGpu = USD 49,669.20 per GPU-year");
      assertThat(Figure.of(Measures.NETWORK_SPEND_PER_GPU_SOLD, usd("5345.394736842105"), UPLIFT))
          .hasToString("NetworkSpendPerGpuSold = USD 5,345.39 per GPU, one time");
      assertThat(Figure.of(Measures.VALUE_UPLIFT_FLEET, usd("50861260.8"), UPLIFT))
          .hasToString("ValueUpliftFleet = USD 50,861,260.80 per fleet-year");
    }

    @Test
    void showsOtherValuesInTheirOwnFormat() {
      assertThat(Figure.of(Measures.BENEFIT_COST_RATIO, 12.735692307692307, UPLIFT))
          .hasToString("BenefitCostRatio = 12.7357x");
      assertThat(Figure.of(Measures.NETWORK_SHARE_OF_BLENDED_ASP, 0.18153635, UPLIFT))
          .hasToString("NetworkShareOfBlendedAsp = 18.15 %");
      assertThat(Figure.of(Measures.EFFECTIVE_BANDWIDTH_CANDIDATE, Bandwidth.ofGbps(760), UPLIFT))
          .hasToString("EffectiveBandwidthCandidate = 760 Gb/s");
      assertThat(Figure.of(Measures.THROUGHPUT_FACTOR_BASELINE, 0.6, UPLIFT))
          .hasToString("ThroughputFactorBaseline = 0.6000");
      assertThat(Figure.of(Measures.IMPLIED_TOKENS_PER_SECOND_PER_GPU, 1_000_000 / 60.0, UPLIFT))
          .hasToString("ImpliedTokensPerSecondPerGpu = 16,666.67 tokens/s per GPU");
    }
  }

  @Nested
  @DisplayName("refuses")
  class Refusing {

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void aValueOfAnotherTypeThanTheMeasures() {
      Measure raw = Measures.VALUE_UPLIFT_PER_GPU;

      assertThatIllegalArgumentException()
          .isThrownBy(() -> Figure.of(raw, 49669.2, UPLIFT))
          .withMessage("value of ValueUpliftPerGpu must be a CurrencyAmount but was a Double");
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void aBoxedNumberThatIsNotADouble() {
      Measure raw = Measures.BENEFIT_COST_RATIO;

      assertThatIllegalArgumentException()
          .isThrownBy(() -> Figure.of(raw, 13, UPLIFT))
          .withMessage("value of BenefitCostRatio must be a Double but was a Integer");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void aDoubleThatIsNotFinite(double value) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Figure.of(Measures.BENEFIT_COST_RATIO, value, UPLIFT))
          .withMessage("value of BenefitCostRatio must be finite but was " + value);
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Figure.of(Measures.ROI, value, UPLIFT))
          .withMessage("value of Roi must be finite but was " + value);
    }

    @Test
    void nulls() {
      assertThatNullPointerException()
          .isThrownBy(() -> Figure.of(null, 1.0, UPLIFT))
          .withMessage("measure must not be null");
      assertThatNullPointerException()
          .isThrownBy(() -> Figure.of(Measures.ROI, null, UPLIFT))
          .withMessage("value must not be null");
      assertThatNullPointerException()
          .isThrownBy(() -> Figure.of(Measures.ROI, 0.1, null))
          .withMessage("explanation must not be null");
    }
  }

  @Test
  void equalPartsMakeEqualFigures() {
    assertThat(Figure.of(Measures.ROI, 0.1, UPLIFT))
        .isEqualTo(new Figure<>(Measures.ROI, 0.1, UPLIFT))
        .hasSameHashCodeAs(new Figure<>(Measures.ROI, 0.1, UPLIFT));
    assertThat(Figure.of(Measures.ROI, 0.1, UPLIFT))
        .isNotEqualTo(Figure.of(Measures.ROI, 0.2, UPLIFT));
  }
}
