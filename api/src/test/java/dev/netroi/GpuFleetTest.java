package dev.netroi;

import static dev.netroi.TestMoney.usd;
import static dev.netroi.reference.ReferenceArgument.fleet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("GpuFleet")
class GpuFleetTest {

  @Nested
  @DisplayName("is obtained")
  class Obtaining {

    @Test
    void fromAModelACountAndAUnitPrice() {
      GpuFleet fleet = GpuFleet.of("H100", 1024, usd("30000"));

      assertThat(fleet.gpuModel()).isEqualTo("H100");
      assertThat(fleet.count()).isEqualTo(1024);
      assertThat(fleet.unitPrice()).isEqualTo(usd("30000"));
      assertThat(fleet.soldUtilisation()).isEmpty();
    }

    @Test
    void withOneGpuAndAFreeUnitPrice() {
      GpuFleet fleet = GpuFleet.of("H100", 1, usd("0"));

      assertThat(fleet.count()).isEqualTo(1);
      assertThat(fleet.unitPrice().isZero()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(longs = {0, -2, Long.MIN_VALUE})
    void neverWithACountThatIsNotPositive(long count) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> GpuFleet.of("H100", count, usd("30000")))
          .withMessage("fleet.count must be positive but was " + count);
    }

    @Test
    void atMostTwoToTheFiftyThirdGpusTheLargestCountItsPathHoldsExactly() {
      long most = 9_007_199_254_740_992L; // 2^53
      GpuFleet largest = GpuFleet.of("H100", most, usd("1"));
      assertThat(largest.count()).isEqualTo(most).isEqualTo(GpuFleet.MAX_COUNT);
      assertThat(largest.withInput("count", largest.input("count"))).isEqualTo(largest);

      for (long count : new long[] {most + 1, Long.MAX_VALUE}) {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> GpuFleet.of("H100", count, usd("1")))
            .withMessage(
                "fleet.count must be at most 9007199254740992 (2^53, the largest count an input value"
                    + " holds exactly) but was "
                    + count);
      }
      assertThat(largest.inputRule("count").test((double) most)).isTrue();
      assertThat(largest.inputRule("count").test(Math.nextUp((double) most))).isFalse();
    }

    @Test
    void neverWithANegativeUnitPrice() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> GpuFleet.of("H100", 8, usd("-30000")))
          .withMessage("fleet.unitPrice must not be negative but was -30000");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> GpuFleet.of("H100", 8, usd("-0.01")))
          .withMessage("fleet.unitPrice must not be negative but was -0.01");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", " ", "\t"})
    void neverWithABlankModel(String model) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> GpuFleet.of(model, 8, usd("30000")))
          .withMessage("gpuModel must not be blank but was '" + model + "'");
    }

    @Test
    void neverWithNulls() {
      assertThatNullPointerException()
          .isThrownBy(() -> GpuFleet.of(null, 8, usd("30000")))
          .withMessage("gpuModel must not be null");
      assertThatNullPointerException()
          .isThrownBy(() -> GpuFleet.of("H100", 8, null))
          .withMessage("fleet.unitPrice must not be null");
    }
  }

  @Nested
  @DisplayName("sold utilisation")
  class SoldUtilisation {

    @ParameterizedTest(name = "{0}")
    @ValueSource(doubles = {0.0, 0.85, 1.0})
    void isAcceptedFromZeroToOne(double utilisation) {
      GpuFleet fleet = fleet().withSoldUtilisation(utilisation);

      assertThat(fleet.soldUtilisation()).hasValue(utilisation);
      assertThat(fleet.count()).isEqualTo(1024);
      assertThat(fleet.unitPrice()).isEqualTo(usd("30000"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
      "-0.1, -0.1",
      "1.3, 1.3",
      "2, 2",
      "NaN, NaN",
      "Infinity, Infinity",
      "-Infinity, -Infinity"
    })
    void isRefusedOutsideZeroToOne(double utilisation, String shown) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> fleet().withSoldUtilisation(utilisation))
          .withMessage("fleet.soldUtilisation must be in [0, 1] but was " + shown);
    }

    @Test
    void negativeZeroIsZero() {
      GpuFleet negativeZero = fleet().withSoldUtilisation(-0.0);

      assertThat(negativeZero).isEqualTo(fleet().withSoldUtilisation(0.0));
      assertThat(negativeZero.hashCode()).isEqualTo(fleet().withSoldUtilisation(0.0).hashCode());
      assertThat(negativeZero).hasToString("GpuFleet[H100 x 1,024 @ USD 30000.00, sold 0]");
    }

    @Test
    void isKeptByWithCount() {
      GpuFleet fleet = fleet().withSoldUtilisation(0.85).withCount(8);

      assertThat(fleet.count()).isEqualTo(8);
      assertThat(fleet.soldUtilisation()).hasValue(0.85);
    }
  }

  @Nested
  @DisplayName("withCount")
  class WithCount {

    @Test
    void changesOnlyTheCount() {
      assertThat(fleet().withCount(2048)).isEqualTo(GpuFleet.of("H100", 2048, usd("30000")));
    }

    @Test
    void refusesACountThatIsNotPositive() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> fleet().withCount(-2))
          .withMessage("fleet.count must be positive but was -2");
    }
  }

  @Nested
  @DisplayName("toString")
  class Canonical {

    @Test
    void showsModelGroupedCountAndUnitPrice() {
      assertThat(fleet()).hasToString("GpuFleet[H100 x 1,024 @ USD 30000.00]");
      assertThat(GpuFleet.of("B200", 3_300_000, usd("21700.5")))
          .hasToString("GpuFleet[B200 x 3,300,000 @ USD 21700.50]");
      assertThat(GpuFleet.of("H100", 1, usd("0"))).hasToString("GpuFleet[H100 x 1 @ USD 0.00]");
    }

    @Test
    void addsTheSoldUtilisationWhenPresent() {
      assertThat(fleet().withSoldUtilisation(0.85))
          .hasToString("GpuFleet[H100 x 1,024 @ USD 30000.00, sold 0.85]");
    }
  }

  @Nested
  @DisplayName("equality")
  class Equality {

    @Test
    void equalFieldsMakeEqualFleets() {
      assertThat(fleet()).isEqualTo(fleet()).hasSameHashCodeAs(fleet());
      assertThat(fleet().withSoldUtilisation(0.5))
          .isEqualTo(fleet().withSoldUtilisation(0.5))
          .hasSameHashCodeAs(fleet().withSoldUtilisation(0.5));
    }

    @Test
    void everyFieldCounts() {
      GpuFleet fleet = fleet();

      assertThat(fleet).isNotEqualTo(GpuFleet.of("H200", 1024, usd("30000")));
      assertThat(fleet).isNotEqualTo(fleet.withCount(1025));
      assertThat(fleet).isNotEqualTo(GpuFleet.of("H100", 1024, usd("30000.01")));
      assertThat(fleet).isNotEqualTo(fleet.withSoldUtilisation(1.0));
      assertThat(fleet).isNotEqualTo(null);
      assertThat(fleet).isNotEqualTo("GpuFleet[H100 x 1,024 @ USD 30000.00]");
    }
  }

  @Test
  void roundTripsThroughJavaSerialisation() throws Exception {
    GpuFleet fleet = fleet().withSoldUtilisation(0.85);

    assertThat(JavaSerialization.roundTrip(fleet)).isEqualTo(fleet);
  }
}
