package dev.netroi.calc;

import static dev.netroi.TestMoney.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netroi.Bandwidth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Explanation")
class ExplanationTest {

  private static final String UPLIFT_FORMULA =
      "ValueUpliftPerGpu = RealisedAnnualValuePerGpuCandidate - RealisedAnnualValuePerGpuBaseline";

  private static Explanation uplift() {
    return Explanation.of(UPLIFT_FORMULA)
        .withInput(Measures.REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE, usd("134816.40"))
        .withInput(Measures.REALISED_ANNUAL_VALUE_PER_GPU_BASELINE, usd("85147.20"));
  }

  @Test
  void startsWithAFormulaAndNoInputs() {
    Explanation explanation = Explanation.of("throughput factor = effective-bandwidth fraction");

    assertThat(explanation.formula()).isEqualTo("throughput factor = effective-bandwidth fraction");
    assertThat(explanation.inputs()).isEmpty();
    assertThat(explanation).hasToString("throughput factor = effective-bandwidth fraction");
  }

  @Test
  void readsAsTheFormulaWhereEachInputHasItsValue() {
    assertThat(uplift())
        .hasToString(
            UPLIFT_FORMULA
                + "; where RealisedAnnualValuePerGpuCandidate = USD 134,816.40,"
                + " RealisedAnnualValuePerGpuBaseline = USD 85,147.20");
  }

  @Nested
  @DisplayName("withInput")
  class WithInput {

    @Test
    void addsANamedValueAtTheEndAndLeavesTheOriginalAlone() {
      Explanation start = Explanation.of("effective bandwidth = port speed x fraction");

      Explanation one = start.withInput("candidate.portSpeed", "800 Gb/s");
      Explanation two = one.withInput("candidate.effectiveFraction", "0.95");

      assertThat(start.inputs()).isEmpty();
      assertThat(one.inputs())
          .containsExactly(new Explanation.Input("candidate.portSpeed", "800 Gb/s"));
      assertThat(two.inputs())
          .containsExactly(
              new Explanation.Input("candidate.portSpeed", "800 Gb/s"),
              new Explanation.Input("candidate.effectiveFraction", "0.95"));
      assertThat(two)
          .hasToString(
              "effective bandwidth = port speed x fraction; where candidate.portSpeed = 800 Gb/s,"
                  + " candidate.effectiveFraction = 0.95");
    }

    @Test
    void formatsAMeasureValueInItsUnit() {
      Explanation explanation =
          Explanation.of("f")
              .withInput(Measures.EFFECTIVE_BANDWIDTH_CANDIDATE, Bandwidth.ofGbps(760))
              .withInput(Measures.THROUGHPUT_FACTOR_CANDIDATE, 0.95)
              .withInput(Measures.NETWORK_SHARE_OF_BLENDED_ASP, 0.1815)
              .withInput(Measures.BENEFIT_COST_RATIO, 12.735692307692307);

      assertThat(explanation.inputs())
          .extracting(Explanation.Input::toString)
          .containsExactly(
              "EffectiveBandwidthCandidate = 760 Gb/s",
              "ThroughputFactorCandidate = 0.9500",
              "NetworkShareOfBlendedAsp = 18.15 %",
              "BenefitCostRatio = 12.7357x");
    }

    @Test
    void refusesABlankOrNullName() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Explanation.of("f").withInput(" ", "1"))
          .withMessage("name must not be blank but was ' '");
      assertThatNullPointerException()
          .isThrownBy(() -> Explanation.of("f").withInput((String) null, "1"))
          .withMessage("name must not be null");
    }

    @Test
    void refusesANullValueOrMeasure() {
      assertThatNullPointerException()
          .isThrownBy(() -> Explanation.of("f").withInput("x", (String) null))
          .withMessage("value must not be null");
      assertThatNullPointerException()
          .isThrownBy(() -> Explanation.of("f").withInput((Measure<Double>) null, 1.0))
          .withMessage("measure must not be null");
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void refusesAMeasureValueOfTheWrongType() {
      Measure raw = Measures.ROI;

      assertThatIllegalArgumentException()
          .isThrownBy(() -> Explanation.of("f").withInput(raw, usd("1")))
          .withMessage("value of unit SHARE must be a Double but was a CurrencyAmount");
    }
  }

  @Test
  void namesInputTellsWhetherAnInputOfThatNameIsPresent() {
    assertThat(uplift().namesInput("RealisedAnnualValuePerGpuBaseline")).isTrue();
    assertThat(uplift().namesInput("realisedAnnualValuePerGpuBaseline")).isFalse();
    assertThat(uplift().namesInput("ValueUpliftPerGpu")).isFalse();
  }

  @Test
  void keepsItsOwnUnmodifiableCopyOfTheInputs() {
    List<Explanation.Input> inputs = new ArrayList<>(List.of(new Explanation.Input("a", "1")));
    Explanation explanation = new Explanation("f", inputs);

    inputs.add(new Explanation.Input("b", "2"));

    assertThat(explanation.inputs()).containsExactly(new Explanation.Input("a", "1"));
    assertThatThrownBy(() -> explanation.inputs().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void refusesABlankFormulaOrNullInputs() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Explanation.of(""))
        .withMessage("formula must not be blank but was ''");
    assertThatNullPointerException()
        .isThrownBy(() -> Explanation.of(null))
        .withMessage("formula must not be null");
    assertThatNullPointerException()
        .isThrownBy(() -> new Explanation("f", null))
        .withMessage("inputs must not be null");
  }

  @Test
  void equalFormulasAndInputsMakeEqualExplanations() {
    assertThat(uplift()).isEqualTo(uplift()).hasSameHashCodeAs(uplift());
    assertThat(uplift()).isNotEqualTo(Explanation.of(UPLIFT_FORMULA));
  }
}
