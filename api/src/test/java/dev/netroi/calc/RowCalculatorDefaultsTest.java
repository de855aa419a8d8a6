package dev.netroi.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netroi.Scenario;
import dev.netroi.reference.ReferenceArgument;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * What the engine plans with when a plug-in writes only a {@link RowCalculator}'s lists: {@code
 * provides()}, {@code requires()} and {@code uses()} are its {@code outputs()}, {@code required()}
 * and {@code used()} as sets; its name is its class name; and {@code calculate}, which the engine
 * never calls for a row calculator, says so.
 */
class RowCalculatorDefaultsTest {

  /** The benefit-cost ratio of the interface's Javadoc, reading the ROI when present. */
  static final class Ratio implements RowCalculator {

    @Override
    public List<Measure<?>> outputs() {
      return List.of(Measures.BENEFIT_COST_RATIO);
    }

    @Override
    public List<Measure<?>> required() {
      return List.of(Measures.VALUE_UPLIFT_PER_GPU, Measures.NETWORK_COST_PER_GPU_CANDIDATE);
    }

    @Override
    public List<Measure<?>> used() {
      return List.of(Measures.ROI);
    }

    @Override
    public @Nullable FailureReason compute(Row row) {
      row.set(0, row.value(0) / row.value(1));
      return null;
    }

    @Override
    public Explanation explain(Row row, int output) {
      return Explanation.of("BenefitCostRatio = ValueUpliftPerGpu / NetworkCostPerGpuCandidate");
    }

    @Override
    public String refusal(Row row, FailureReason reason) {
      return "undefined: the candidate's network cost is zero";
    }
  }

  /** The smallest row calculator: one output, nothing required or used. */
  static final class Constant implements RowCalculator {

    @Override
    public List<Measure<?>> outputs() {
      return List.of(Measures.ROI, Measures.NET_BENEFIT_PER_GPU);
    }

    @Override
    public @Nullable FailureReason compute(Row row) {
      row.set(0, 0.5);
      row.set(1, 1);
      return null;
    }

    @Override
    public Explanation explain(Row row, int output) {
      return Explanation.of("Roi = 0.5");
    }

    @Override
    public String refusal(Row row, FailureReason reason) {
      return "never";
    }
  }

  @Test
  void theDeclaredListsAreWhatTheEnginePlansWith() {
    Ratio ratio = new Ratio();

    assertThat(ratio.provides()).containsExactly(Measures.BENEFIT_COST_RATIO);
    assertThat(ratio.requires())
        .containsExactlyInAnyOrder(
            Measures.VALUE_UPLIFT_PER_GPU, Measures.NETWORK_COST_PER_GPU_CANDIDATE);
    assertThat(ratio.uses()).containsExactly(Measures.ROI);
    assertThat(ratio.overrides()).isEmpty();
  }

  @Test
  void aCalculatorWithOnlyOutputsRequiresAndUsesNothing() {
    Constant constant = new Constant();

    assertThat(constant.provides())
        .containsExactlyInAnyOrder(Measures.ROI, Measures.NET_BENEFIT_PER_GPU);
    assertThat(constant.requires()).isEmpty();
    assertThat(constant.uses()).isEmpty();
    assertThat(constant.inputPaths(ReferenceArgument.mixtral())).isEmpty();
    assertThat(constant.refuses(ReferenceArgument.mixtral())).isNull();
    assertThat(constant.layout(ReferenceArgument.mixtral())).isZero();
  }

  @Test
  void itsNameIsItsClassName() {
    assertThat(new Ratio().name()).isEqualTo("dev.netroi.calc.RowCalculatorDefaultsTest$Ratio");
    assertThat(new Constant().name())
        .isEqualTo("dev.netroi.calc.RowCalculatorDefaultsTest$Constant");
  }

  @Test
  void calculateIsNotForRowCalculatorsAndSaysWhy() {
    CalculationContext context =
        new CalculationContext() {
          @Override
          public Scenario scenario() {
            return ReferenceArgument.mixtral();
          }

          @Override
          public <T> Figure<T> figure(Measure<T> measure) {
            throw new IllegalStateException("not asked");
          }

          @Override
          public <T> Optional<Figure<T>> find(Measure<T> measure) {
            throw new IllegalStateException("not asked");
          }
        };

    assertThatThrownBy(() -> new Ratio().calculate(context))
        .isExactlyInstanceOf(UnsupportedOperationException.class)
        .hasMessage(
            "dev.netroi.calc.RowCalculatorDefaultsTest$Ratio is a RowCalculator: the engine"
                + " computes its figures from compute(Row)");
  }
}
