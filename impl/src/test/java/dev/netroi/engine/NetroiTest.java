package dev.netroi.engine;

import static dev.netroi.calc.Measures.ROI;
import static dev.netroi.calc.Measures.VALUE_UPLIFT_PER_GPU;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netroi.CurrencyAmount;
import dev.netroi.calc.CalculationResults;
import dev.netroi.calc.Measures;
import dev.netroi.reference.ReferenceArgument;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NetroiTest {

  @Test
  void calculateGivesTheValueOfOneMeasureInOneLine() {
    CurrencyAmount uplift = Netroi.calculate(ReferenceArgument.mixtral(), VALUE_UPLIFT_PER_GPU);

    assertThat(uplift.rounded()).isEqualTo(new BigDecimal("49669.20"));
    assertThat(uplift).hasToString("USD 49669.20");
  }

  @Test
  void calculateThrowsIllegalStateWithTheReasonWhenTheMeasureFails() {
    assertThatThrownBy(() -> Netroi.calculate(ReferenceArgument.mixtral(), ROI))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith(
            "Roi failed (UNDEFINED): Roi is undefined: the candidate costs the same as the"
                + " baseline");
  }

  @Test
  void analyseCalculatesEveryBuiltInMeasureAndPrintsATable() {
    CalculationResults results = Netroi.analyse(ReferenceArgument.mixtral());

    assertThat(results.measures()).containsExactlyElementsOf(Measures.all());
    assertThat(results.toString())
        .startsWith("mixtral-8x7b @ $0.27\n")
        .contains("ValueUpliftPerGpu", "USD 49,669.20", "BenefitCostRatio", "12.7357x", "n/a");
  }

  @Test
  void theEngineUsesTheBuiltInCalculators() {
    assertThat(Netroi.engine().registry().measures()).containsExactlyElementsOf(Measures.all());
    assertThat(Netroi.engine()).isSameAs(Netroi.engine());
  }
}
