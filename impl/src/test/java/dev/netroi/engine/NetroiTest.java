package dev.netroi.engine;

import static dev.netroi.calc.Measures.BENEFIT_COST_RATIO;
import static dev.netroi.calc.Measures.ROI;
import static dev.netroi.calc.Measures.VALUE_UPLIFT_PER_GPU;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.netroi.CurrencyAmount;
import dev.netroi.calc.CalculationResults;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Measures;
import dev.netroi.calc.Result;
import dev.netroi.calc.UnknownMeasureException;
import dev.netroi.reference.ReferenceArgument;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The one-line entry point on the reference scenario (docs/REFERENCE.md, section 3): mixtral at
 * $0.27 per GPU-minute, 800 Gb/s ports at 95 % (candidate) and 60 % (baseline) effective, both
 * networks at USD 3,900 per GPU-year. By hand:
 *
 * <ul>
 *   <li>theoretical value per GPU = 0.27 x 525,600 minutes = USD 141,912.00 a year;
 *   <li>uplift = 141,912 x 0.95 - 141,912 x 0.60 = 134,816.40 - 85,147.20 = USD 49,669.20;
 *   <li>benefit-cost ratio = 49,669.20 / 3,900 = 12.735692...;
 *   <li>extra cost = 3,900 - 3,900 = USD 0.00, so the textbook ROI is undefined, and the net
 *       benefit = 49,669.20 - 0 = USD 49,669.20.
 * </ul>
 */
class NetroiTest {

  @Test
  void valueGivesTheValueOfOneMeasureInOneLine() {
    CurrencyAmount uplift = Netroi.value(ReferenceArgument.mixtral(), VALUE_UPLIFT_PER_GPU);

    assertThat(uplift.rounded()).isEqualTo(new BigDecimal("49669.20"));
    assertThat(uplift).hasToString("USD 49669.20");
  }

  @Test
  void valueThrowsIllegalStateWithTheFailuresReasonAndMessageWhenTheFigureFails() {
    assertThatThrownBy(() -> Netroi.value(ReferenceArgument.mixtral(), ROI))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Roi failed (UNDEFINED): Roi is undefined: the candidate costs the same as the"
                + " baseline (ExtraNetworkCostPerGpu = USD 0.00), so there is no extra spend to"
                + " return on; see NetBenefitPerGpu = USD 49669.20");
  }

  @Test
  void calculateReturnsResultsWithTheFailuresAsData() {
    CalculationResults results =
        Netroi.calculate(ReferenceArgument.mixtral(), BENEFIT_COST_RATIO, ROI);

    assertThat(results.measures()).containsExactly(BENEFIT_COST_RATIO, ROI);
    assertThat(results.value(BENEFIT_COST_RATIO)).isCloseTo(49669.2 / 3900, within(1e-12));
    assertThat(results.get(ROI).isSuccess()).isFalse();
    assertThat(((Result.Failure<?>) results.get(ROI)).reason()).isEqualTo(FailureReason.UNDEFINED);
  }

  @Test
  void calculateAllCalculatesEveryBuiltInMeasureAndPrintsATable() {
    CalculationResults results = Netroi.calculateAll(ReferenceArgument.mixtral());

    assertThat(results.measures()).containsExactlyElementsOf(Measures.all());
    assertThat(results.toString())
        .startsWith("mixtral-8x7b @ $0.27\n")
        .contains("ValueUpliftPerGpu", "USD 49,669.20", "BenefitCostRatio", "12.7357x", "n/a");
  }

  @Test
  void measureFindsABuiltInMeasureByItsName() {
    assertThat(Netroi.measure("BenefitCostRatio")).isSameAs(BENEFIT_COST_RATIO);
  }

  @Test
  void measureSuggestsTheBuiltInNameANearMissMeant() {
    assertThatThrownBy(() -> Netroi.measure("BenefitCostRatoi"))
        .isInstanceOfSatisfying(
            UnknownMeasureException.class,
            e -> assertThat(e.getSuggestion()).contains("BenefitCostRatio"))
        .hasMessageStartingWith(
            "Unknown measure 'BenefitCostRatoi' (did you mean 'BenefitCostRatio'?); known"
                + " measures: EffectiveBandwidthCandidate, EffectiveBandwidthBaseline, ");
  }

  @Test
  void theEngineUsesTheBuiltInCalculators() {
    assertThat(Netroi.engine().registry().measures()).containsExactlyElementsOf(Measures.all());
    assertThat(Netroi.engine()).isSameAs(Netroi.engine());
  }
}
