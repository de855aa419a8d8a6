package dev.netroi;

import static dev.netroi.TestMoney.eur;
import static dev.netroi.TestMoney.usd;
import static dev.netroi.reference.ReferenceArgument.aiEthernet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("NetworkOption")
class NetworkOptionTest {

  private static final Bandwidth PORT = Bandwidth.ofGbps(800);

  @Nested
  @DisplayName("is obtained")
  class Obtaining {

    @Test
    void fromNamePortSpeedFractionAndCost() {
      NetworkOption option = NetworkOption.of("AI Ethernet", PORT, 0.95, usd("3900"));

      assertThat(option.name()).isEqualTo("AI Ethernet");
      assertThat(option.portSpeed()).isEqualTo(PORT);
      assertThat(option.effectiveFraction()).isEqualTo(0.95);
      assertThat(option.statedAnnualCostPerGpu().orElseThrow()).isEqualTo(usd("3900"));
    }

    @Test
    void withAFullFractionAndAFreeNetwork() {
      NetworkOption option = NetworkOption.of("ideal", PORT, 1.0, usd("0"));

      assertThat(option.effectiveFraction()).isEqualTo(1.0);
      assertThat(option.statedAnnualCostPerGpu().orElseThrow().isZero()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
      "0, 0",
      "-0.6, -0.6",
      "1.3, 1.3",
      "1.0000001, 1.0000001",
      "NaN, NaN",
      "Infinity, Infinity",
      "-Infinity, -Infinity"
    })
    void neverWithAFractionOutsideZeroExclusiveToOne(double fraction, String shown) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> NetworkOption.of("AI Ethernet", PORT, fraction, usd("3900")))
          .withMessage("effectiveFraction must be in (0, 1] but was " + shown);
    }

    @Test
    void neverWithANegativeCost() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> NetworkOption.of("AI Ethernet", PORT, 0.95, usd("-3900")))
          .withMessage("annualCostPerGpu must not be negative but was -3900");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", "  "})
    void neverWithABlankName(String name) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> NetworkOption.of(name, PORT, 0.95, usd("3900")))
          .withMessage("name must not be blank but was '" + name + "'");
    }

    @Test
    void neverWithNulls() {
      assertThatNullPointerException()
          .isThrownBy(() -> NetworkOption.of(null, PORT, 0.95, usd("3900")))
          .withMessage("name must not be null");
      assertThatNullPointerException()
          .isThrownBy(() -> NetworkOption.of("AI Ethernet", null, 0.95, usd("3900")))
          .withMessage("portSpeed must not be null");
      assertThatNullPointerException()
          .isThrownBy(() -> NetworkOption.of("AI Ethernet", PORT, 0.95, null))
          .withMessage("annualCostPerGpu must not be null");
    }
  }

  @Nested
  @DisplayName("withers")
  class Withers {

    @Test
    void withEffectiveFractionChangesOnlyTheFraction() {
      assertThat(aiEthernet().withEffectiveFraction(0.6))
          .isEqualTo(NetworkOption.of("AI Ethernet", PORT, 0.6, usd("3900")));
    }

    @Test
    void withEffectiveFractionValidates() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> aiEthernet().withEffectiveFraction(1.3))
          .withMessage("effectiveFraction must be in (0, 1] but was 1.3");
    }

    @Test
    void withAnnualCostPerGpuChangesOnlyTheCost() {
      assertThat(aiEthernet().withAnnualCostPerGpu(usd("5345.39")))
          .isEqualTo(NetworkOption.of("AI Ethernet", PORT, 0.95, usd("5345.39")));
      assertThat(aiEthernet().withAnnualCostPerGpu(eur("1")).statedAnnualCostPerGpu().orElseThrow())
          .isEqualTo(eur("1"));
    }

    @Test
    void withAnnualCostPerGpuValidates() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> aiEthernet().withAnnualCostPerGpu(usd("-1")))
          .withMessage("annualCostPerGpu must not be negative but was -1");
      assertThatNullPointerException()
          .isThrownBy(() -> aiEthernet().withAnnualCostPerGpu(null))
          .withMessage("annualCostPerGpu must not be null");
    }
  }

  @Test
  void toStringShowsPortSpeedFractionAndCost() {
    assertThat(aiEthernet())
        .hasToString("NetworkOption[AI Ethernet: 800 Gb/s x 0.95, USD 3900.00 per GPU-year]");
    assertThat(NetworkOption.of("InfiniBand", Bandwidth.ofGbps(400), 1.0, usd("4500.5")))
        .hasToString("NetworkOption[InfiniBand: 400 Gb/s x 1, USD 4500.50 per GPU-year]");
  }

  @Test
  void equalFieldsMakeEqualOptions() {
    assertThat(aiEthernet()).isEqualTo(aiEthernet()).hasSameHashCodeAs(aiEthernet());
    assertThat(aiEthernet()).isNotEqualTo(aiEthernet().withEffectiveFraction(0.6));
  }

  @Test
  void roundTripsThroughJavaSerialisation() throws Exception {
    assertThat(JavaSerialization.roundTrip(aiEthernet())).isEqualTo(aiEthernet());
  }
}
