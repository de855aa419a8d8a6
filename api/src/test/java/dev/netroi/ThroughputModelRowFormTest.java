package dev.netroi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netroi.reference.ReferenceArgument;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A plug-in throughput model that writes only {@link
 * ThroughputModel#throughputFactor(NetworkOption, Scenario)} still works on the engine's row path:
 * the default row form builds the row's scenario and asks the row's model (this model with the
 * row's parameters) for the factor of the row's option. The numbers are powers of two, so that each
 * product is exact.
 */
class ThroughputModelRowFormTest {

  /** A model with one parameter: factor = scale x effective-bandwidth fraction. */
  record Scaled(double scale) implements ThroughputModel {
    private static final long serialVersionUID = 1L;

    @Override
    public String name() {
      return "scaled " + scale;
    }

    @Override
    public String formula() {
      return "throughput factor = " + scale + " x effective-bandwidth fraction";
    }

    @Override
    public double throughputFactor(NetworkOption option, Scenario scenario) {
      return scale * option.effectiveFraction();
    }

    @Override
    public Set<String> inputNames() {
      return Set.of("scale");
    }

    @Override
    public double input(String name) {
      return scale;
    }

    @Override
    public ThroughputModel withInput(String name, double value) {
      return new Scaled(value);
    }
  }

  /** A row of a batch: the base scenario as structure, its own scenario with the row's numbers. */
  private record StubRow(Scenario scenario, Scenario rowScenario) implements InputRow {

    @Override
    public double input(int index) {
      throw new IndexOutOfBoundsException("the default row form declares no inputs: " + index);
    }

    @Override
    public double[] scratch(int length) {
      return new double[length];
    }
  }

  private static final Scenario BASE =
      ReferenceArgument.mixtral().toBuilder()
          .candidate(ReferenceArgument.aiEthernet().withEffectiveFraction(0.5))
          .baseline(ReferenceArgument.traditionalEthernet().withEffectiveFraction(0.5))
          .build();

  /**
   * The base model has scale 0.25; the row sets scale 0.5, candidate fraction 0.75 and baseline
   * fraction 0.25: candidate 0.5 x 0.75 = 0.375, baseline 0.5 x 0.25 = 0.125 (with the base's scale
   * and fractions it would be 0.25 x 0.5 = 0.125 for both).
   */
  @Test
  void theRowFormUsesTheRowsModelAndTheRowsOption() {
    Scaled base = new Scaled(0.25);
    Scenario structure = BASE.toBuilder().throughputModel(base).build();
    Scenario row =
        structure.toBuilder()
            .candidate(ReferenceArgument.aiEthernet().withEffectiveFraction(0.75))
            .baseline(ReferenceArgument.traditionalEthernet().withEffectiveFraction(0.25))
            .throughputModel(new Scaled(0.5))
            .build();
    InputRow input = new StubRow(structure, row);

    assertThat(base.throughputFactor(input, OptionRole.CANDIDATE)).isEqualTo(0.375);
    assertThat(base.throughputFactor(input, OptionRole.BASELINE)).isEqualTo(0.125);
  }

  /**
   * A row scenario that names no model (the model asked was given directly): this model, scale 0.5,
   * on the row's candidate fraction 0.75: 0.375.
   */
  @Test
  void withoutAModelInTheRowsScenarioThisModelComputes() {
    Scenario row =
        BASE.toBuilder()
            .candidate(ReferenceArgument.aiEthernet().withEffectiveFraction(0.75))
            .build();
    InputRow input = new StubRow(BASE, row);

    assertThat(new Scaled(0.5).throughputFactor(input, OptionRole.CANDIDATE)).isEqualTo(0.375);
    assertThat(new Scaled(0.5).throughputFactor(input, OptionRole.BASELINE)).isEqualTo(0.25);
  }
}
