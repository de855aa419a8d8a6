package dev.netroi.calc;

import static dev.netroi.TestMoney.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.netroi.CurrencyAmount;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A unit of a plug-in's own, as {@link MeasureUnit} lets one define it. */
@DisplayName("MeasureUnit")
class MeasureUnitTest {

  /** A plug-in's units: the interface's default check, and a label that follows the value. */
  enum CarbonUnit implements MeasureUnit {
    GRAMS_CO2_PER_GPU_HOUR;

    @Override
    public String label() {
      return "g CO2 per GPU-hour";
    }

    @Override
    public boolean labelFollowsValue() {
      return true;
    }

    @Override
    public Class<?> valueType() {
      return Double.class;
    }

    @Override
    public String format(Object value) {
      check(value);
      return BigDecimal.valueOf((Double) value).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
    }
  }

  /** A unit with a narrower check than the default: its values are not negative. */
  record NotNegativeGrams(String name) implements MeasureUnit {

    @Override
    public String label() {
      return "g";
    }

    @Override
    public boolean labelFollowsValue() {
      return true;
    }

    @Override
    public Class<?> valueType() {
      return Double.class;
    }

    @Override
    public String format(Object value) {
      check(value);
      return value + " g";
    }

    @Override
    public void check(Object value) {
      MeasureUnit.super.check(value);
      if ((Double) value < 0) {
        throw new IllegalArgumentException(
            "value of unit " + name + " must not be negative but was " + value);
      }
    }
  }

  /** A unit of another class with the name of a built-in one. */
  enum LookAlikeUnit implements MeasureUnit {
    SHARE;

    @Override
    public String label() {
      return "share";
    }

    @Override
    public boolean labelFollowsValue() {
      return false;
    }

    @Override
    public Class<?> valueType() {
      return Double.class;
    }

    @Override
    public String format(Object value) {
      check(value);
      return value.toString();
    }
  }

  private static final Measure<Double> CARBON =
      Measure.of(
          "CarbonPerGpuHour",
          Double.class,
          CarbonUnit.GRAMS_CO2_PER_GPU_HOUR,
          "Grams of CO2 emitted per GPU-hour.");

  private static final Measure<Double> GRAMS =
      Measure.of("Grams", Double.class, new NotNegativeGrams("GRAMS"), "Grams.");

  private static final Explanation EXPLANATION =
      Explanation.of("carbon = watts x grid intensity").withInput("watts", 700.0);

  @Nested
  @DisplayName("a plug-in unit")
  class PlugIn {

    @Test
    void makesAMeasure() {
      assertThat(CARBON.name()).isEqualTo("CarbonPerGpuHour");
      assertThat(CARBON.type()).isEqualTo(Double.class);
      assertThat(CARBON.unit()).isSameAs(CarbonUnit.GRAMS_CO2_PER_GPU_HOUR);
      assertThat(CARBON.format(412.25)).isEqualTo("412.2");
    }

    @Test
    void refusesAMeasureOfAnotherType() {
      assertThatIllegalArgumentException()
          .isThrownBy(
              () ->
                  Measure.of(
                      "Carbon", CurrencyAmount.class, CarbonUnit.GRAMS_CO2_PER_GPU_HOUR, "Carbon."))
          .withMessage(
              "type of a GRAMS_CO2_PER_GPU_HOUR measure must be Double but was CurrencyAmount");
    }

    @Test
    void makesAFigureShownWithItsLabelAfterTheValue() {
      Figure<Double> figure = Figure.of(CARBON, 412.25, EXPLANATION);

      assertThat(figure.value()).isEqualTo(412.25);
      assertThat(figure.formattedValue()).isEqualTo("412.2");
      assertThat(figure).hasToString("CarbonPerGpuHour = 412.2 g CO2 per GPU-hour");
    }

    @Test
    void aFigureOfAUnitWhoseLabelDoesNotFollowShowsTheValueAlone() {
      Measure<Double> lookAlike =
          Measure.of("LookAlike", Double.class, LookAlikeUnit.SHARE, "A share.");

      assertThat(Figure.of(lookAlike, 0.5, EXPLANATION)).hasToString("LookAlike = 0.5");
    }

    @Test
    void isAnInputOfAnExplanationFormattedInTheUnit() {
      Explanation explanation = EXPLANATION.withInput(CARBON, 412.25);

      assertThat(explanation.inputs())
          .extracting(Explanation.Input::toString)
          .containsExactly("watts = 700", "CarbonPerGpuHour = 412.2");
      assertThat(explanation)
          .hasToString(
              "carbon = watts x grid intensity; where watts = 700, CarbonPerGpuHour = 412.2");
      assertThat(explanation.namesInput("CarbonPerGpuHour")).isTrue();
    }

    @Test
    void isCarriedByAResult() {
      Result<Double> result = Result.success(Figure.of(CARBON, 412.25, EXPLANATION));

      assertThat(result.measure()).isEqualTo(CARBON);
    }
  }

  @Nested
  @DisplayName("the default check")
  class DefaultCheck {

    @Test
    void acceptsAFiniteValueOfTheValueType() {
      CarbonUnit.GRAMS_CO2_PER_GPU_HOUR.check(0.0);
      CarbonUnit.GRAMS_CO2_PER_GPU_HOUR.check(-1.5);
      StandardUnit.MONEY_PER_GPU_HOUR.check(usd("2"));
      assertThat(CarbonUnit.GRAMS_CO2_PER_GPU_HOUR.format(-1.25)).isEqualTo("-1.2");
    }

    @Test
    void refusesAValueOfAnotherTypeNamingTheUnit() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> CarbonUnit.GRAMS_CO2_PER_GPU_HOUR.check("412"))
          .withMessage("value of unit GRAMS_CO2_PER_GPU_HOUR must be a Double but was a String");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> CarbonUnit.GRAMS_CO2_PER_GPU_HOUR.check(412))
          .withMessage("value of unit GRAMS_CO2_PER_GPU_HOUR must be a Double but was a Integer");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> CarbonUnit.GRAMS_CO2_PER_GPU_HOUR.check(usd("1")))
          .withMessage(
              "value of unit GRAMS_CO2_PER_GPU_HOUR must be a Double but was a CurrencyAmount");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void refusesANumberThatIsNotFiniteNamingTheUnit(double value) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> CarbonUnit.GRAMS_CO2_PER_GPU_HOUR.check(value))
          .withMessage("value of unit GRAMS_CO2_PER_GPU_HOUR must be finite but was " + value);
      assertThatIllegalArgumentException()
          .isThrownBy(() -> CarbonUnit.GRAMS_CO2_PER_GPU_HOUR.format(value))
          .withMessage("value of unit GRAMS_CO2_PER_GPU_HOUR must be finite but was " + value);
    }

    @Test
    void refusesNull() {
      assertThatNullPointerException()
          .isThrownBy(() -> CarbonUnit.GRAMS_CO2_PER_GPU_HOUR.check(null))
          .withMessage("value must not be null");
    }

    @Test
    void isWhatAnExplanationChecksAMeasureValueWith() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> EXPLANATION.withInput(CARBON, Double.NaN))
          .withMessage("value of unit GRAMS_CO2_PER_GPU_HOUR must be finite but was NaN");
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void refusesTheWrongTypeInAnExplanation() {
      Measure raw = CARBON;

      assertThatIllegalArgumentException()
          .isThrownBy(() -> EXPLANATION.withInput(raw, "412"))
          .withMessage("value of unit GRAMS_CO2_PER_GPU_HOUR must be a Double but was a String");
    }

    @Test
    void aFigureChecksTypeAndFinitenessItselfNamingTheMeasure() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Figure.of(CARBON, Double.POSITIVE_INFINITY, EXPLANATION))
          .withMessage("value of CarbonPerGpuHour must be finite but was Infinity");
    }
  }

  @Nested
  @DisplayName("a narrower check")
  class NarrowerCheck {

    @Test
    void refusesWhatTheUnitRefuses() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> GRAMS.unit().check(-1.0))
          .withMessage("value of unit GRAMS must not be negative but was -1.0");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> GRAMS.unit().check(Double.NaN))
          .withMessage("value of unit GRAMS must be finite but was NaN");
      GRAMS.unit().check(0.0);
    }

    @Test
    void isHonouredByAnExplanation() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> EXPLANATION.withInput(GRAMS, -1.0))
          .withMessage("value of unit GRAMS must not be negative but was -1.0");
      assertThat(EXPLANATION.withInput(GRAMS, 2.0).inputs())
          .extracting(Explanation.Input::toString)
          .endsWith("Grams = 2.0 g");
    }

    /**
     * What is true today: {@link Figure} checks the value's type and finiteness itself and does not
     * call {@link MeasureUnit#check(Object)}, although that method's Javadoc says Figure relies on
     * it. A figure with a value the unit refuses is made, and fails only when it is shown. If
     * Figure comes to call the hook, {@code Figure.of} should throw instead and this test changes.
     */
    @Test
    void isCalledByAFigureSoThatAFigureNeverHoldsAValueItsUnitRefuses() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Figure.of(GRAMS, -1.0, EXPLANATION))
          .withMessage("value of unit GRAMS must not be negative but was -1.0");
      assertThat(Figure.of(GRAMS, 0.0, EXPLANATION).formattedValue()).isNotBlank();
    }
  }

  @Nested
  @DisplayName("measures of one name and type")
  class Equality {

    private final Measure<Double> carbonAsFactor =
        Measure.of("CarbonPerGpuHour", Double.class, StandardUnit.FACTOR, "As a factor.");

    @Test
    void areNotEqualWhenTheirUnitsDiffer() {
      assertThat(CARBON).isNotEqualTo(carbonAsFactor);
      assertThat(carbonAsFactor).isNotEqualTo(CARBON);
      assertThat(CARBON.compareTo(carbonAsFactor)).isNotZero();
      assertThat(Integer.signum(CARBON.compareTo(carbonAsFactor)))
          .isEqualTo(-Integer.signum(carbonAsFactor.compareTo(CARBON)));
      assertThat(new TreeSet<>(List.of(CARBON, carbonAsFactor))).hasSize(2);
    }

    @Test
    void areOrderedByTheUnitsNames() {
      // "FACTOR" sorts before "GRAMS_CO2_PER_GPU_HOUR"
      assertThat(carbonAsFactor.compareTo(CARBON)).isNegative();
      assertThat(CARBON.compareTo(carbonAsFactor)).isPositive();
    }

    @Test
    void areNotEqualWhenTheirUnitsShareANameButNotAClass() {
      Measure<Double> builtIn = Measure.of("Part", Double.class, StandardUnit.SHARE, "A share.");
      Measure<Double> lookAlike = Measure.of("Part", Double.class, LookAlikeUnit.SHARE, "A share.");

      assertThat(builtIn).isNotEqualTo(lookAlike);
      assertThat(lookAlike).isNotEqualTo(builtIn);
      assertThat(builtIn.compareTo(lookAlike)).isNotZero();
      assertThat(Integer.signum(builtIn.compareTo(lookAlike)))
          .isEqualTo(-Integer.signum(lookAlike.compareTo(builtIn)));
      // ordered by the units' class names: dev.netroi.calc.MeasureUnitTest$LookAlikeUnit first
      assertThat(lookAlike.compareTo(builtIn)).isNegative();
      assertThat(new TreeSet<>(List.of(builtIn, lookAlike))).hasSize(2);
    }

    @Test
    void areEqualWhenTheirUnitsAreEqual() {
      Measure<Double> same =
          Measure.of("Grams", Double.class, new NotNegativeGrams("GRAMS"), "Other words.");

      assertThat(same).isEqualTo(GRAMS).hasSameHashCodeAs(GRAMS);
      assertThat(same.compareTo(GRAMS)).isZero();
      assertThat(Measure.of("Grams", Double.class, new NotNegativeGrams("KILOGRAMS"), "Kg."))
          .isNotEqualTo(GRAMS)
          .satisfies(kilograms -> assertThat(kilograms.compareTo(GRAMS)).isPositive());
    }
  }
}
