package dev.netroi.calc;

import static dev.netroi.TestMoney.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.netroi.CurrencyAmount;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Result")
class ResultTest {

  private static final Figure<CurrencyAmount> UPLIFT =
      Figure.of(
          Measures.VALUE_UPLIFT_PER_GPU,
          usd("49669.20"),
          Explanation.of("RealisedAnnualValuePerGpuCandidate - RealisedAnnualValuePerGpuBaseline"));

  @Nested
  @DisplayName("a success")
  class Success {

    @Test
    void holdsTheFigure() {
      Result<CurrencyAmount> result = Result.success(UPLIFT);

      assertThat(result.isSuccess()).isTrue();
      assertThat(result.measure()).isSameAs(Measures.VALUE_UPLIFT_PER_GPU);
      assertThat(result.figure()).isSameAs(UPLIFT);
      assertThat(result.value()).isEqualTo(usd("49669.20"));
      assertThat(result).isInstanceOf(Result.Success.class);
    }

    @Test
    void readsAsItsFigure() {
      assertThat(Result.success(UPLIFT))
          .hasToString("ValueUpliftPerGpu = USD 49,669.20 per GPU-year");
    }

    @Test
    void refusesANullFigure() {
      assertThatNullPointerException()
          .isThrownBy(() -> Result.success(null))
          .withMessage("figure must not be null");
    }

    @Test
    void equalsAnotherSuccessOfAnEqualFigure() {
      assertThat(Result.success(UPLIFT))
          .isEqualTo(new Result.Success<>(UPLIFT))
          .hasSameHashCodeAs(new Result.Success<>(UPLIFT));
    }
  }

  @Nested
  @DisplayName("a failure")
  class Failure {

    private final Result<Double> failure =
        Result.failure(
            Measures.ROI,
            FailureReason.UNDEFINED,
            "ExtraNetworkCostPerGpu is USD 0.00, so ROI is undefined");

    @Test
    void holdsTheMeasureReasonAndMessage() {
      Result.Failure<Double> f = (Result.Failure<Double>) failure;

      assertThat(failure.isSuccess()).isFalse();
      assertThat(failure.measure()).isSameAs(Measures.ROI);
      assertThat(f.reason()).isEqualTo(FailureReason.UNDEFINED);
      assertThat(f.message()).isEqualTo("ExtraNetworkCostPerGpu is USD 0.00, so ROI is undefined");
    }

    @Test
    void readsAsMeasureReasonAndMessage() {
      assertThat(failure)
          .hasToString(
              "Roi failed (UNDEFINED): ExtraNetworkCostPerGpu is USD 0.00, so ROI is undefined");
    }

    @Test
    void hasNoFigureAndSaysWhy() {
      assertThatIllegalStateException()
          .isThrownBy(failure::figure)
          .withMessage(
              "Roi failed (UNDEFINED): ExtraNetworkCostPerGpu is USD 0.00, so ROI is undefined");
    }

    @Test
    void hasNoValueAndSaysWhy() {
      assertThatIllegalStateException()
          .isThrownBy(failure::value)
          .withMessage(
              "Roi failed (UNDEFINED): ExtraNetworkCostPerGpu is USD 0.00, so ROI is undefined");
    }

    @Test
    void refusesABlankMessage() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Result.failure(Measures.ROI, FailureReason.UNDEFINED, " "))
          .withMessage("message must not be blank but was ' '");
      assertThatNullPointerException()
          .isThrownBy(() -> Result.failure(Measures.ROI, FailureReason.UNDEFINED, null))
          .withMessage("message must not be null");
    }

    @Test
    void refusesANullMeasureOrReason() {
      assertThatNullPointerException()
          .isThrownBy(() -> Result.failure(null, FailureReason.UNDEFINED, "m"))
          .withMessage("measure must not be null");
      assertThatNullPointerException()
          .isThrownBy(() -> Result.failure(Measures.ROI, null, "m"))
          .withMessage("reason must not be null");
    }

    @Test
    void keepsItsCauseButIsEqualWithoutIt() {
      IllegalStateException cause = new IllegalStateException("bug");
      Result.Failure<Double> withCause =
          (Result.Failure<Double>)
              Result.failure(Measures.ROI, FailureReason.CALCULATION_ERROR, "threw", cause);
      Result<Double> without =
          Result.failure(Measures.ROI, FailureReason.CALCULATION_ERROR, "threw");

      assertThat(withCause.cause()).isSameAs(cause);
      assertThat(((Result.Failure<Double>) without).cause()).isNull();
      assertThat(withCause).isEqualTo(without).hasSameHashCodeAs(without);
      assertThat(withCause.hashCode())
          .isNotEqualTo(
              Result.failure(Measures.ROI, FailureReason.CALCULATION_ERROR, "other").hashCode())
          .isNotEqualTo(Result.failure(Measures.ROI, FailureReason.UNDEFINED, "threw").hashCode());
      assertThat(withCause).hasToString("Roi failed (CALCULATION_ERROR): threw");
    }

    @Test
    void equalsAnotherFailureOfTheSameMeasureReasonAndMessage() {
      assertThat(failure)
          .isEqualTo(
              new Result.Failure<>(
                  Measures.ROI,
                  FailureReason.UNDEFINED,
                  "ExtraNetworkCostPerGpu is USD 0.00, so ROI is undefined",
                  null));
      assertThat(failure)
          .isNotEqualTo(
              Result.failure(
                  Measures.ROI,
                  FailureReason.DEPENDENCY_FAILED,
                  "ExtraNetworkCostPerGpu is USD 0.00, so ROI is undefined"));
    }
  }

  @Test
  void failureReasonsAreTheFiveDocumentedOnes() {
    assertThat(FailureReason.values())
        .containsExactly(
            FailureReason.MISSING_INPUT,
            FailureReason.UNDEFINED,
            FailureReason.DEPENDENCY_FAILED,
            FailureReason.CALCULATION_ERROR,
            FailureReason.INVALID_INPUT);
    assertThat(FailureReason.valueOf("MISSING_INPUT")).isSameAs(FailureReason.MISSING_INPUT);
  }
}
