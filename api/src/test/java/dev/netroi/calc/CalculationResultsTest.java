package dev.netroi.calc;

import static dev.netroi.TestMoney.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netroi.CurrencyAmount;
import dev.netroi.Scenario;
import dev.netroi.reference.ReferenceArgument;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("CalculationResults")
class CalculationResultsTest {

  private static Scenario scenario() {
    return ReferenceArgument.mixtral().withName("reference");
  }

  private static final Result<CurrencyAmount> UPLIFT =
      Result.success(
          Figure.of(
              Measures.VALUE_UPLIFT_PER_GPU,
              usd("49669.20"),
              Explanation.of("candidate - baseline")
                  .withInput(Measures.REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE, usd("134816.40"))
                  .withInput(Measures.REALISED_ANNUAL_VALUE_PER_GPU_BASELINE, usd("85147.20"))));

  private static final Result<Double> BENEFIT_COST_RATIO =
      Result.success(
          Figure.of(
              Measures.BENEFIT_COST_RATIO,
              49669.2 / 3900,
              Explanation.of("uplift / cost")
                  .withInput(Measures.VALUE_UPLIFT_PER_GPU, usd("49669.20"))
                  .withInput(Measures.NETWORK_COST_PER_GPU_CANDIDATE, usd("3900"))));

  private static final Result<Double> ROI =
      Result.failure(Measures.ROI, FailureReason.UNDEFINED, "extra cost is zero");

  private static CalculationResults results() {
    return CalculationResults.of(scenario(), List.of(UPLIFT, BENEFIT_COST_RATIO, ROI));
  }

  @Nested
  @DisplayName("is obtained")
  class Obtaining {

    @Test
    void fromAScenarioAndOneResultPerMeasureInReportOrder() {
      CalculationResults results = results();

      assertThat(results.scenario()).isEqualTo(scenario());
      assertThat(results.measures())
          .containsExactly(
              Measures.VALUE_UPLIFT_PER_GPU, Measures.BENEFIT_COST_RATIO, Measures.ROI);
      assertThat(results.results()).containsExactly(UPLIFT, BENEFIT_COST_RATIO, ROI);
    }

    @Test
    void withNoResults() {
      CalculationResults empty = CalculationResults.of(scenario(), List.of());

      assertThat(empty.measures()).isEmpty();
      assertThat(empty.failures()).isEmpty();
    }

    @Test
    void neverWithTwoResultsForOneMeasure() {
      Result<Double> other = Result.failure(Measures.ROI, FailureReason.MISSING_INPUT, "no costs");

      assertThatIllegalArgumentException()
          .isThrownBy(() -> CalculationResults.of(scenario(), List.of(ROI, UPLIFT, other)))
          .withMessage("results must hold one result per measure but had two for Roi");
    }

    @Test
    void neverWithNulls() {
      assertThatNullPointerException()
          .isThrownBy(() -> CalculationResults.of(null, List.of(ROI)))
          .withMessage("scenario must not be null");
      assertThatNullPointerException()
          .isThrownBy(() -> CalculationResults.of(scenario(), null))
          .withMessage("results must not be null");
      assertThatNullPointerException()
          .isThrownBy(() -> CalculationResults.of(scenario(), Arrays.asList(UPLIFT, null)))
          .withMessage("result must not be null");
    }

    @Test
    void keepsItsOwnCopyOfTheResults() {
      List<Result<?>> list = new ArrayList<>(List.of(UPLIFT));
      CalculationResults results = CalculationResults.of(scenario(), list);

      list.add(ROI);

      assertThat(results.measures()).containsExactly(Measures.VALUE_UPLIFT_PER_GPU);
      assertThatThrownBy(() -> results.measures().add(Measures.ROI))
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> results.results().clear())
          .isInstanceOf(UnsupportedOperationException.class);
    }
  }

  @Nested
  @DisplayName("get and value")
  class Lookup {

    @Test
    void returnTheResultOrValueOfARequestedMeasure() {
      assertThat(results().get(Measures.VALUE_UPLIFT_PER_GPU)).isEqualTo(UPLIFT);
      assertThat(results().value(Measures.VALUE_UPLIFT_PER_GPU)).isEqualTo(usd("49669.20"));
      assertThat(results().value(Measures.BENEFIT_COST_RATIO)).isEqualTo(49669.2 / 3900);
      assertThat(results().get(Measures.ROI)).isEqualTo(ROI);
    }

    @Test
    void failForAMeasureThatWasNotRequestedNamingTheCalculatedOnes() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> results().get(Measures.NET_BENEFIT_PER_GPU))
          .withMessage(
              "measure NetBenefitPerGpu was not calculated;"
                  + " calculated measures: [ValueUpliftPerGpu, BenefitCostRatio, Roi]");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> results().value(Measures.NET_BENEFIT_PER_GPU))
          .withMessageStartingWith("measure NetBenefitPerGpu was not calculated;");
    }

    @Test
    void valueOfAFailedMeasureSaysWhyItFailed() {
      assertThatIllegalStateException()
          .isThrownBy(() -> results().value(Measures.ROI))
          .withMessage("Roi failed (UNDEFINED): extra cost is zero");
    }

    @Test
    void getRefusesNull() {
      assertThatNullPointerException()
          .isThrownBy(() -> results().get(null))
          .withMessage("measure must not be null");
    }
  }

  @Test
  void failuresListsOnlyTheFailedResults() {
    assertThat(results().failures()).containsExactly(ROI);
    assertThat(CalculationResults.of(scenario(), List.of(UPLIFT)).failures()).isEmpty();
  }

  @Nested
  @DisplayName("reports")
  class Reports {

    @Test
    void toTableShowsValueUnitAndFormulaAndNaWithTheReasonForAFailure() {
      assertThat(results().toTable())
          .isEqualTo(
              """
              Measure            Value          Unit          Formula
              -----------------  -------------  ------------  -----------------------------
              ValueUpliftPerGpu  USD 49,669.20  per GPU-year  candidate - baseline
              BenefitCostRatio   12.7357x       x             uplift / cost
              Roi                n/a            share         UNDEFINED: extra cost is zero
              """);
    }

    @Test
    void toStringIsTheScenarioNameAndTheTable() {
      assertThat(results()).hasToString("reference\n" + results().toTable());
    }

    @Test
    void toAuditTableListsTheScenarioAndEveryInputOfEveryFigure() {
      assertThat(results().toAuditTable())
          .isEqualTo(
              "Scenario: "
                  + scenario()
                  + "\n"
                  + """

                  ValueUpliftPerGpu = USD 49,669.20 per GPU-year
                    formula: candidate - baseline
                    RealisedAnnualValuePerGpuCandidate = USD 134,816.40
                    RealisedAnnualValuePerGpuBaseline = USD 85,147.20

                  BenefitCostRatio = 12.7357x
                    formula: uplift / cost
                    ValueUpliftPerGpu = USD 49,669.20
                    NetworkCostPerGpuCandidate = USD 3,900.00

                  Roi failed (UNDEFINED): extra cost is zero
                  """);
    }

    @Test
    void anEmptyTableHasOnlyTheHeader() {
      assertThat(CalculationResults.of(scenario(), List.of()).toTable())
          .isEqualTo("Measure  Value  Unit  Formula\n-------  -----  ----  -------\n");
    }
  }

  @Test
  void equalScenariosAndResultsMakeEqualResults() {
    assertThat(results()).isEqualTo(results()).hasSameHashCodeAs(results());
    assertThat(results().hashCode())
        .isNotEqualTo(
            CalculationResults.of(scenario(), List.of(UPLIFT, BENEFIT_COST_RATIO)).hashCode());
    assertThat(results())
        .isNotEqualTo(CalculationResults.of(scenario(), List.of(UPLIFT, BENEFIT_COST_RATIO)));
    assertThat(results())
        .isNotEqualTo(
            CalculationResults.of(
                scenario().withName("other"), List.of(UPLIFT, BENEFIT_COST_RATIO, ROI)));
  }
}
