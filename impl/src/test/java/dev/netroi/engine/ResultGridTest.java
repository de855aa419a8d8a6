package dev.netroi.engine;

import static dev.netroi.calc.Measures.BENEFIT_COST_RATIO;
import static dev.netroi.calc.Measures.VALUE_UPLIFT_PER_GPU;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netroi.calc.CalculationResults;
import dev.netroi.calc.Result;
import dev.netroi.reference.ReferenceArgument;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultGridTest {

  private final CalculationResults upliftOnly =
      Netroi.engine().calculate(ReferenceArgument.mixtral(), VALUE_UPLIFT_PER_GPU);

  @Test
  void aRowMustHaveEveryColumn() {
    assertThatThrownBy(
            () ->
                ResultGrid.of(
                    List.of(VALUE_UPLIFT_PER_GPU, BENEFIT_COST_RATIO), List.of(upliftOnly)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "row mixtral-8x7b @ $0.27 must have every column [ValueUpliftPerGpu, BenefitCostRatio]"
                + " but had [ValueUpliftPerGpu]");
  }

  @Test
  void aCellIsTheResultOfItsRowForItsColumn() {
    ResultGrid grid = ResultGrid.of(List.of(VALUE_UPLIFT_PER_GPU), List.of(upliftOnly, upliftOnly));

    assertThat(grid.size()).isEqualTo(2);
    assertThat(grid.get(1, VALUE_UPLIFT_PER_GPU)).isEqualTo(upliftOnly.get(VALUE_UPLIFT_PER_GPU));
    assertThat(grid.failures()).isEmpty();
    assertThatThrownBy(() -> grid.get(2, VALUE_UPLIFT_PER_GPU))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> grid.get(0, BENEFIT_COST_RATIO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theGridIsACopyOfItsArguments() {
    List<Result<?>> failures =
        ResultGrid.of(List.of(VALUE_UPLIFT_PER_GPU), List.of(upliftOnly)).failures();
    ResultGrid grid = ResultGrid.of(List.of(VALUE_UPLIFT_PER_GPU), List.of(upliftOnly));

    assertThat(failures).isEmpty();
    assertThatThrownBy(() -> grid.rows().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> grid.measures().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
