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
    Explanation explanation = Explanation.of("f", inputs);

    inputs.add(new Explanation.Input("b", "2"));

    assertThat(explanation.inputs()).containsExactly(new Explanation.Input("a", "1"));
    assertThatThrownBy(() -> explanation.inputs().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void inputsKeptAsValuesReadAsTheTextTheyStandFor() {
    Explanation kept =
        Explanation.of("f")
            .withInput("fraction", 0.95)
            .withInput("minutes", 525_600.0)
            .withInput("fleet.count", 3_300_000L)
            .withInput("cost", usd("3900"))
            .withInput("runRate", usd("13000000000"), " per year")
            .withInput("portSpeed", Bandwidth.ofGbps(800), "")
            .withInput("units", 8_760.0, " (365-day year)")
            .withInput(Measures.BENEFIT_COST_RATIO, 12.735692307692307);
    Explanation text =
        Explanation.of("f")
            .withInput("fraction", "0.95")
            .withInput("minutes", "525600")
            .withInput("fleet.count", "3,300,000")
            .withInput("cost", "USD 3,900.00")
            .withInput("runRate", "USD 13,000,000,000.00 per year")
            .withInput("portSpeed", "800 Gb/s")
            .withInput("units", "8760 (365-day year)")
            .withInput("BenefitCostRatio", "12.7357x");

    assertThat(kept).isEqualTo(text).hasSameHashCodeAs(text).hasToString(text.toString());
    assertThat(kept.inputs())
        .extracting(Explanation.Input::value)
        .containsExactly(
            "0.95",
            "525600",
            "3,300,000",
            "USD 3,900.00",
            "USD 13,000,000,000.00 per year",
            "800 Gb/s",
            "8760 (365-day year)",
            "12.7357x");
  }

  @Test
  void refusesNumbersThatCannotBeShown() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Explanation.of("f").withInput("x", Double.NaN))
        .withMessage("value must be finite but was NaN");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Explanation.of("f").withInput("x", (Object) Double.POSITIVE_INFINITY, ""))
        .withMessage("value must be finite but was Infinity");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Explanation.of("f").withInput(" ", 1.0))
        .withMessage("name must not be blank but was ' '");
  }

  @Test
  void aLongerExplanationSharesTheInputsOfTheShorterOneWithoutChangingIt() {
    Explanation one = Explanation.of("f").withInput("a", "1");
    Explanation two = one.withInput("b", "2");
    Explanation other = one.withInput("c", "3");

    assertThat(one.inputs()).extracting(Explanation.Input::name).containsExactly("a");
    assertThat(two.inputs()).extracting(Explanation.Input::name).containsExactly("a", "b");
    assertThat(other.inputs()).extracting(Explanation.Input::name).containsExactly("a", "c");
    assertThat(two).isNotEqualTo(other).isNotEqualTo(one);
    assertThat(two.namesInput("a")).isTrue();
    assertThat(other.namesInput("b")).isFalse();
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
        .isThrownBy(() -> Explanation.of("f", null))
        .withMessage("inputs must not be null");
  }

  @Test
  void equalFormulasAndInputsMakeEqualExplanations() {
    assertThat(uplift()).isEqualTo(uplift()).hasSameHashCodeAs(uplift());
    assertThat(uplift().hashCode()).isNotEqualTo(Explanation.of(UPLIFT_FORMULA).hashCode());
    assertThat(new Explanation.Input("a", "1").hashCode())
        .isNotEqualTo(new Explanation.Input("a", "2").hashCode())
        .isNotEqualTo(new Explanation.Input("b", "1").hashCode());
    assertThat(uplift()).isNotEqualTo(Explanation.of(UPLIFT_FORMULA));
  }
}
