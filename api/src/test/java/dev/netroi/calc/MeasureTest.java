package dev.netroi.calc;

import static dev.netroi.TestMoney.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.netroi.Bandwidth;
import dev.netroi.CurrencyAmount;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Measure")
class MeasureTest {

  private static final Measure<Double> DISCOUNTED_BCR =
      Measure.of(
          "DiscountedBenefitCostRatio",
          Double.class,
          StandardUnit.MULTIPLE,
          "Discounted value uplift / discounted network cost.");

  @Nested
  @DisplayName("is obtained")
  class Obtaining {

    @Test
    void fromNameTypeUnitAndDescription() {
      assertThat(DISCOUNTED_BCR.name()).isEqualTo("DiscountedBenefitCostRatio");
      assertThat(DISCOUNTED_BCR.type()).isEqualTo(Double.class);
      assertThat(DISCOUNTED_BCR.unit()).isEqualTo(StandardUnit.MULTIPLE);
      assertThat(DISCOUNTED_BCR.description())
          .isEqualTo("Discounted value uplift / discounted network cost.");
      assertThat(DISCOUNTED_BCR).hasToString("DiscountedBenefitCostRatio");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"Roi", "X", "Npv10Year"})
    void withAPascalCaseName(String name) {
      assertThat(Measure.of(name, Double.class, StandardUnit.SHARE, "A share.").name())
          .isEqualTo(name);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(
        strings = {
          "",
          "roi",
          "valueUplift",
          "Value Uplift",
          "Value-Uplift",
          "Value_Uplift",
          "1Roi",
          "_Roi",
          "Roi.",
          "Rôi"
        })
    void neverWithANameThatIsNotPascalCase(String name) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Measure.of(name, Double.class, StandardUnit.SHARE, "A share."))
          .withMessage("name must be PascalCase ([A-Z][A-Za-z0-9]*) but was '" + name + "'");
    }

    @Test
    void neverWithATypeOtherThanTheUnits() {
      assertThatIllegalArgumentException()
          .isThrownBy(
              () -> Measure.of("Uplift", Double.class, StandardUnit.MONEY_PER_GPU_YEAR, "Uplift."))
          .withMessage(
              "type of a MONEY_PER_GPU_YEAR measure must be CurrencyAmount but was Double");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Measure.of("Rate", Bandwidth.class, StandardUnit.SHARE, "Rate."))
          .withMessage("type of a SHARE measure must be Double but was Bandwidth");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Measure.of("Money", CurrencyAmount.class, StandardUnit.BANDWIDTH, "M."))
          .withMessage("type of a BANDWIDTH measure must be Bandwidth but was CurrencyAmount");
    }

    @Test
    void neverWithABlankDescription() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Measure.of("Roi", Double.class, StandardUnit.SHARE, " "))
          .withMessage("description must not be blank but was ' '");
    }

    @Test
    void neverWithNulls() {
      assertThatNullPointerException()
          .isThrownBy(() -> Measure.of(null, Double.class, StandardUnit.SHARE, "d"))
          .withMessage("name must not be null");
      assertThatNullPointerException()
          .isThrownBy(() -> Measure.of("Roi", null, StandardUnit.SHARE, "d"))
          .withMessage("type must not be null");
      assertThatNullPointerException()
          .isThrownBy(() -> Measure.of("Roi", Double.class, null, "d"))
          .withMessage("unit must not be null");
      assertThatNullPointerException()
          .isThrownBy(() -> Measure.of("Roi", Double.class, StandardUnit.SHARE, null))
          .withMessage("description must not be null");
    }
  }

  @Test
  void formatsAValueInItsUnit() {
    assertThat(DISCOUNTED_BCR.format(12.735692307692307)).isEqualTo("12.7357x");
    assertThat(Measures.VALUE_UPLIFT_PER_GPU.format(usd("49669.2"))).isEqualTo("USD 49,669.20");
  }

  @Nested
  @DisplayName("equality and order")
  class EqualityAndOrder {

    @Test
    void measuresOfOneNameTypeAndUnitAreEqualWhateverTheirDescription() {
      Measure<Double> sameKey =
          Measure.of("Roi", Double.class, StandardUnit.SHARE, "Something else.");

      assertThat(sameKey).isEqualTo(Measures.ROI).hasSameHashCodeAs(Measures.ROI);
      assertThat(sameKey.compareTo(Measures.ROI)).isZero();
    }

    @Test
    void measuresOfOneNameButAnotherTypeOrUnitAreNotEqual() {
      Measure<CurrencyAmount> otherType =
          Measure.of("Roi", CurrencyAmount.class, StandardUnit.MONEY_PER_GPU, "Something else.");
      Measure<Double> otherUnit = Measure.of("Roi", Double.class, StandardUnit.MULTIPLE, "Roi.");

      assertThat(otherType).isNotEqualTo(Measures.ROI);
      assertThat(otherUnit).isNotEqualTo(Measures.ROI);
      assertThat(otherType.compareTo(Measures.ROI)).isNotZero();
      assertThat(otherUnit.compareTo(Measures.ROI)).isNotZero();
      assertThat(Integer.signum(otherUnit.compareTo(Measures.ROI)))
          .isEqualTo(-Integer.signum(Measures.ROI.compareTo(otherUnit)));
    }

    @Test
    void measuresOfDifferentNamesAreNotEqual() {
      assertThat(Measures.ROI).isNotEqualTo(Measures.BENEFIT_COST_RATIO);
      assertThat(Measures.ROI).isNotEqualTo("Roi");
      assertThat(Measures.ROI).isNotEqualTo(null);
    }

    @Test
    void sortByName() {
      List<Measure<?>> measures =
          new ArrayList<>(
              List.of(
                  Measures.ROI,
                  Measures.BENEFIT_COST_RATIO,
                  DISCOUNTED_BCR,
                  Measures.NET_BENEFIT_PER_GPU));

      Collections.sort(measures);

      assertThat(measures)
          .extracting(Measure::name)
          .containsExactly(
              "BenefitCostRatio", "DiscountedBenefitCostRatio", "NetBenefitPerGpu", "Roi");
    }
  }
}
