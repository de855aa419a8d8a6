package dev.netroi;

import static dev.netroi.TestMoney.EUR;
import static dev.netroi.TestMoney.USD;
import static dev.netroi.TestMoney.eur;
import static dev.netroi.TestMoney.usd;
import static dev.netroi.reference.ReferenceArgument.market;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("MarketSnapshot")
class MarketSnapshotTest {

  private static MarketSnapshot.Builder complete() {
    return MarketSnapshot.builder()
        .label("network vendor, quarter ending 2024-01-28")
        .networkRunRate(usd("13000000000"))
        .activeGpus(3_300_000)
        .gpusSoldLastQuarter(608_000)
        .blendedAsp(usd("21700"))
        .modelAsp("H100", usd("30000"));
  }

  @Nested
  @DisplayName("builder")
  class Building {

    @Test
    void buildsTheReferenceFacts() {
      MarketSnapshot snapshot = complete().build();

      assertThat(snapshot.label()).isEqualTo("network vendor, quarter ending 2024-01-28");
      assertThat(snapshot.networkRunRate()).isEqualTo(usd("13000000000"));
      assertThat(snapshot.activeGpus()).isEqualTo(3_300_000);
      assertThat(snapshot.gpusSoldLastQuarter()).isEqualTo(608_000);
      assertThat(snapshot.blendedAsp()).isEqualTo(usd("21700"));
      assertThat(snapshot.gpuModel()).isEqualTo("H100");
      assertThat(snapshot.modelAsp()).isEqualTo(usd("30000"));
      assertThat(snapshot).isEqualTo(market());
    }

    @Test
    void namesTheFirstMissingField() {
      assertThatIllegalStateException()
          .isThrownBy(() -> MarketSnapshot.builder().build())
          .withMessage("MarketSnapshot.label was not set");
      assertThatIllegalStateException()
          .isThrownBy(() -> MarketSnapshot.builder().label("x").build())
          .withMessage("MarketSnapshot.networkRunRate was not set");
      assertThatIllegalStateException()
          .isThrownBy(() -> MarketSnapshot.builder().label("x").networkRunRate(usd("1")).build())
          .withMessage("MarketSnapshot.activeGpus was not set");
      assertThatIllegalStateException()
          .isThrownBy(
              () ->
                  MarketSnapshot.builder()
                      .label("x")
                      .networkRunRate(usd("1"))
                      .activeGpus(1)
                      .build())
          .withMessage("MarketSnapshot.gpusSoldLastQuarter was not set");
      assertThatIllegalStateException()
          .isThrownBy(
              () ->
                  MarketSnapshot.builder()
                      .label("x")
                      .networkRunRate(usd("1"))
                      .activeGpus(1)
                      .gpusSoldLastQuarter(1)
                      .build())
          .withMessage("MarketSnapshot.blendedAsp was not set");
      assertThatIllegalStateException()
          .isThrownBy(
              () ->
                  MarketSnapshot.builder()
                      .label("x")
                      .networkRunRate(usd("1"))
                      .activeGpus(1)
                      .gpusSoldLastQuarter(1)
                      .blendedAsp(usd("1"))
                      .build())
          .withMessage("MarketSnapshot.modelAsp was not set");
    }

    @Test
    void refusesCountsThatAreNotPositiveWhenTheyAreSet() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> MarketSnapshot.builder().activeGpus(0))
          .withMessage("market.activeGpus must be positive but was 0");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> MarketSnapshot.builder().gpusSoldLastQuarter(-608_000))
          .withMessage("market.gpusSoldLastQuarter must be positive but was -608000");
    }

    @Test
    void refusesBlankTextsAndNullsWhenTheyAreSet() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> MarketSnapshot.builder().label(" "))
          .withMessage("label must not be blank but was ' '");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> MarketSnapshot.builder().modelAsp("", usd("30000")))
          .withMessage("gpuModel must not be blank but was ''");
      assertThatNullPointerException()
          .isThrownBy(() -> MarketSnapshot.builder().modelAsp("H100", null))
          .withMessage("market.modelAsp must not be null");
      assertThatNullPointerException()
          .isThrownBy(() -> MarketSnapshot.builder().networkRunRate(null))
          .withMessage("market.networkRunRate must not be null");
      assertThatNullPointerException()
          .isThrownBy(() -> MarketSnapshot.builder().blendedAsp(null))
          .withMessage("market.blendedAsp must not be null");
    }

    @Test
    void refusesAmountsThatAreNotPositive() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> complete().networkRunRate(usd("0")).build())
          .withMessage("market.networkRunRate must be positive but was 0");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> complete().blendedAsp(usd("-21700")).build())
          .withMessage("market.blendedAsp must be positive but was -21700");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> complete().modelAsp("H100", usd("0")).build())
          .withMessage("market.modelAsp must be positive but was 0");
    }

    @Test
    void refusesAmountsInAnotherCurrencyNamingTheField() {
      assertThatThrownBy(() -> complete().blendedAsp(eur("21700")).build())
          .isInstanceOfSatisfying(
              CurrencyMismatchException.class,
              e -> {
                assertThat(e).hasMessage("Currencies differ: USD/EUR (market.blendedAsp)");
                assertThat(e.getExpected()).isEqualTo(USD);
                assertThat(e.getActual()).isEqualTo(EUR);
              });
      assertThatThrownBy(() -> complete().modelAsp("H100", eur("30000")).build())
          .isInstanceOf(CurrencyMismatchException.class)
          .hasMessage("Currencies differ: USD/EUR (market.modelAsp)");
    }

    @Test
    void buildsInAnyOneCurrency() {
      MarketSnapshot snapshot =
          complete()
              .networkRunRate(eur("12000000000"))
              .blendedAsp(eur("20000"))
              .modelAsp("H100", eur("28000"))
              .build();

      assertThat(snapshot.networkRunRate().currency()).isEqualTo(EUR);
    }
  }

  @Nested
  @DisplayName("canonical constructor")
  class Constructor {

    @ParameterizedTest(name = "{0}")
    @ValueSource(longs = {0, -1})
    void refusesActiveGpusThatAreNotPositive(long activeGpus) {
      assertThatIllegalArgumentException()
          .isThrownBy(
              () -> new MarketSnapshot("x", usd("1"), activeGpus, 1, usd("1"), "H100", usd("1")))
          .withMessage("market.activeGpus must be positive but was " + activeGpus);
    }

    @Test
    void refusesNullsAndBlanks() {
      assertThatNullPointerException()
          .isThrownBy(() -> new MarketSnapshot(null, usd("1"), 1, 1, usd("1"), "H100", usd("1")))
          .withMessage("label must not be null");
      assertThatNullPointerException()
          .isThrownBy(() -> new MarketSnapshot("x", null, 1, 1, usd("1"), "H100", usd("1")))
          .withMessage("market.networkRunRate must not be null");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> new MarketSnapshot("x", usd("1"), 1, 1, usd("1"), " ", usd("1")))
          .withMessage("gpuModel must not be blank but was ' '");
    }
  }

  @Test
  void toStringShowsEveryFactWithGroupedCounts() {
    assertThat(market())
        .hasToString(
            "MarketSnapshot[network vendor, quarter ending 2024-01-28: run rate USD 13000000000.00,"
                + " 3,300,000 active GPUs, 608,000 sold last quarter, blended ASP USD 21700.00,"
                + " H100 ASP USD 30000.00]");
  }

  @Test
  void equalFactsMakeEqualSnapshots() {
    assertThat(market()).isEqualTo(complete().build()).hasSameHashCodeAs(complete().build());
    assertThat(market()).isNotEqualTo(complete().activeGpus(3_300_001).build());
  }

  @Test
  void roundTripsThroughJavaSerialisation() throws Exception {
    assertThat(JavaSerialization.roundTrip(market())).isEqualTo(market());
  }
}
