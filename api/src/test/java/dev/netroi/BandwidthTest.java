package dev.netroi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Bandwidth")
class BandwidthTest {

  @Nested
  @DisplayName("is obtained")
  class Obtaining {

    @Test
    void fromGigabitsPerSecond() {
      assertThat(Bandwidth.ofGbps(800).gbps()).isEqualTo(800.0);
      assertThat(Bandwidth.ofGbps(12.5)).isEqualTo(new Bandwidth(12.5));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
      "0, 0",
      "-800, -800",
      "-0.5, -0.5",
      "NaN, NaN",
      "Infinity, Infinity",
      "-Infinity, -Infinity"
    })
    void neverFromARateThatIsNotFiniteAndPositive(double gbps, String shown) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Bandwidth.ofGbps(gbps))
          .withMessage("gbps must be positive but was " + shown);
    }

    @Test
    void neverFromNegativeZero() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Bandwidth.ofGbps(-0.0))
          .withMessage("gbps must be positive but was 0");
    }
  }

  @Nested
  @DisplayName("toString")
  class Canonical {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
      "800, 800 Gb/s",
      "800.0, 800 Gb/s",
      "1600, 1600 Gb/s",
      "12.5, 12.5 Gb/s",
      "760, 760 Gb/s",
      "480.00000000000006, 480.00000000000006 Gb/s",
      "0.001, 0.001 Gb/s",
      "1E-7, 0.0000001 Gb/s",
      "1E21, 1000000000000000000000 Gb/s"
    })
    void isThePlainDecimalWithoutTrailingZeros(double gbps, String expected) {
      assertThat(Bandwidth.ofGbps(gbps)).hasToString(expected);
    }

    @Test
    void showsTheBinaryResultOfArithmeticWithoutHidingIt() {
      assertThat(Bandwidth.ofGbps(800).multipliedBy(0.6)).hasToString("480 Gb/s");
      assertThat(Bandwidth.ofGbps(0.1).multipliedBy(3)).hasToString("0.30000000000000004 Gb/s");
    }
  }

  @Nested
  @DisplayName("parse")
  class Parse {

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(
        delimiter = '|',
        value = {
          "800 Gb/s|800",
          "800Gb/s|800",
          "  800 Gb/s  |800",
          "12.5 Gb/s|12.5",
          "0.001 Gb/s|0.001",
          "800.000 Gb/s|800",
          "0800 Gb/s|800"
        })
    void readsTheCanonicalFormWithAnOptionalSpace(String text, double gbps) {
      assertThat(Bandwidth.parse(text)).isEqualTo(Bandwidth.ofGbps(gbps));
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(
        strings = {
          "",
          "   ",
          "800",
          "Gb/s",
          "800 gb/s",
          "800 GB/s",
          "800 Gbps",
          "800  Gb/s",
          "-800 Gb/s",
          "+800 Gb/s",
          "8e2 Gb/s",
          "800. Gb/s",
          ".5 Gb/s",
          "1,600 Gb/s",
          "800 Gb/s x 0.95",
          "NaN Gb/s"
        })
    void refusesMalformedText(String text) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Bandwidth.parse(text))
          .withMessage("Bandwidth text must look like '800 Gb/s' but was '" + text + "'");
    }

    @Test
    void refusesAZeroRate() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Bandwidth.parse("0 Gb/s"))
          .withMessage("gbps must be positive but was 0");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Bandwidth.parse("0.000 Gb/s"))
          .withMessage("gbps must be positive but was 0");
    }

    @Test
    void refusesNull() {
      assertThatNullPointerException()
          .isThrownBy(() -> Bandwidth.parse(null))
          .withMessage("text must not be null");
    }
  }

  @Nested
  @DisplayName("arithmetic")
  class Arithmetic {

    @Test
    void scalesByAnEffectiveBandwidthFraction() {
      assertThat(Bandwidth.ofGbps(800).multipliedBy(0.95)).isEqualTo(Bandwidth.ofGbps(760));
      assertThat(Bandwidth.ofGbps(400).multipliedBy(2)).isEqualTo(Bandwidth.ofGbps(800));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"0, 0", "-0.5, -0.5", "NaN, NaN", "Infinity, Infinity"})
    void refusesAFactorThatIsNotFiniteAndPositive(double factor, String shown) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Bandwidth.ofGbps(800).multipliedBy(factor))
          .withMessage("factor must be positive but was " + shown);
    }

    @Test
    void refusesAProductBeyondTheRangeOfADouble() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Bandwidth.ofGbps(Double.MAX_VALUE).multipliedBy(2))
          .withMessage("gbps must be positive but was Infinity");
    }

    @Test
    void computesTheRatioOfTwoRates() {
      assertThat(Bandwidth.ofGbps(760).ratioTo(Bandwidth.ofGbps(480)))
          .isCloseTo(1.5833333, within(1e-7));
      assertThat(Bandwidth.ofGbps(800).ratioTo(Bandwidth.ofGbps(800))).isEqualTo(1.0);
    }

    @Test
    void refusesARatioToNull() {
      assertThatNullPointerException()
          .isThrownBy(() -> Bandwidth.ofGbps(800).ratioTo(null))
          .withMessage("other must not be null");
    }
  }

  @Test
  void sortsFromSlowestToFastest() {
    List<Bandwidth> rates =
        new ArrayList<>(
            List.of(Bandwidth.ofGbps(800), Bandwidth.ofGbps(12.5), Bandwidth.ofGbps(400)));

    Collections.sort(rates);

    assertThat(rates)
        .extracting(Bandwidth::toString)
        .containsExactly("12.5 Gb/s", "400 Gb/s", "800 Gb/s");
    assertThat(Bandwidth.ofGbps(800).compareTo(Bandwidth.parse("800 Gb/s"))).isZero();
  }

  @Test
  void roundTripsThroughJavaSerialisation() throws Exception {
    Bandwidth rate = Bandwidth.ofGbps(12.5);

    assertThat(JavaSerialization.roundTrip(rate)).isEqualTo(rate);
  }
}
