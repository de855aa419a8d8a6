package dev.netroi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Checks")
class ChecksTest {

  @Nested
  @DisplayName("notNull")
  class NotNull {

    @Test
    void returnsItsInput() {
      List<String> value = List.of("x");

      assertThat(Checks.notNull(value, "value")).isSameAs(value);
    }

    @Test
    void namesTheArgument() {
      assertThatNullPointerException()
          .isThrownBy(() -> Checks.notNull(null, "fleet"))
          .withMessage("fleet must not be null");
    }
  }

  @Nested
  @DisplayName("notBlank")
  class NotBlank {

    @Test
    void returnsItsInputUnstripped() {
      assertThat(Checks.notBlank(" H100 ", "gpuModel")).isEqualTo(" H100 ");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", " ", "\t\n", "\u2003"})
    void namesTheArgumentAndShowsTheValue(String blank) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Checks.notBlank(blank, "gpuModel"))
          .withMessage("gpuModel must not be blank but was '" + blank + "'");
    }

    @Test
    void refusesNullAsNull() {
      assertThatNullPointerException()
          .isThrownBy(() -> Checks.notBlank(null, "gpuModel"))
          .withMessage("gpuModel must not be null");
    }
  }

  @Nested
  @DisplayName("finite")
  class Finite {

    @ParameterizedTest(name = "{0}")
    @ValueSource(doubles = {0.0, -0.0, -1e300, Double.MAX_VALUE, Double.MIN_VALUE})
    void returnsAFiniteValue(double value) {
      assertThat(Checks.finite(value, "amount")).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void refusesNanAndInfinities(double value) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Checks.finite(value, "amount"))
          .withMessage("amount must be finite but was " + value);
    }
  }

  @Nested
  @DisplayName("positive")
  class Positive {

    @Test
    void returnsAPositiveValue() {
      assertThat(Checks.positive(0.27, "price")).isEqualTo(0.27);
      assertThat(Checks.positive(Double.MIN_VALUE, "price")).isEqualTo(Double.MIN_VALUE);
      assertThat(Checks.positive(1L, "gpuCount")).isEqualTo(1L);
      assertThat(Checks.positive(Long.MAX_VALUE, "gpuCount")).isEqualTo(Long.MAX_VALUE);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
      "0, 0",
      "-0.0, 0",
      "-2, -2",
      "-0.5, -0.5",
      "-1e20, -1.0E20",
      "-999999999999999, -999999999999999",
      "-1e15, -1.0E15",
      "NaN, NaN",
      "Infinity, Infinity",
      "-Infinity, -Infinity"
    })
    void refusesADoubleThatIsNotPositiveShowingItReadably(double value, String shown) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Checks.positive(value, "gbps"))
          .withMessage("gbps must be positive but was " + shown);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(longs = {0, -2, Long.MIN_VALUE})
    void refusesALongThatIsNotPositive(long value) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Checks.positive(value, "gpuCount"))
          .withMessage("gpuCount must be positive but was " + value);
    }
  }

  @Nested
  @DisplayName("notNegative")
  class NotNegative {

    @ParameterizedTest(name = "{0}")
    @ValueSource(doubles = {0.0, 0.01, 13e9})
    void returnsAValueOfZeroOrMore(double value) {
      assertThat(Checks.notNegative(value, "price")).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
      "-0.01, -0.01",
      "-3900, -3900",
      "NaN, NaN",
      "Infinity, Infinity",
      "-Infinity, -Infinity"
    })
    void refusesANegativeOrNonFiniteValue(double value, String shown) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Checks.notNegative(value, "price"))
          .withMessage("price must not be negative but was " + shown);
    }
  }

  @Nested
  @DisplayName("fractionAboveZero")
  class FractionAboveZero {

    @ParameterizedTest(name = "{0}")
    @ValueSource(doubles = {Double.MIN_VALUE, 0.6, 0.95, 1.0})
    void returnsAValueInZeroExclusiveToOne(double value) {
      assertThat(Checks.fractionAboveZero(value, "effectiveFraction")).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
      "0, 0",
      "-0.0, 0",
      "-0.1, -0.1",
      "1.3, 1.3",
      "1.0000000000000002, 1.0000000000000002",
      "NaN, NaN",
      "Infinity, Infinity"
    })
    void refusesAValueOutside(double value, String shown) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Checks.fractionAboveZero(value, "effectiveFraction"))
          .withMessage("effectiveFraction must be in (0, 1] but was " + shown);
    }
  }

  @Nested
  @DisplayName("fraction")
  class Fraction {

    @ParameterizedTest(name = "{0}")
    @ValueSource(doubles = {0.0, 0.85, 1.0})
    void returnsAValueInZeroToOne(double value) {
      assertThat(Checks.fraction(value, "soldUtilisation")).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"-0.1, -0.1", "1.3, 1.3", "2, 2", "NaN, NaN", "-Infinity, -Infinity"})
    void refusesAValueOutside(double value, String shown) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Checks.fraction(value, "soldUtilisation"))
          .withMessage("soldUtilisation must be in [0, 1] but was " + shown);
    }
  }

  @Nested
  @DisplayName("inRange")
  class InRange {

    @ParameterizedTest(name = "{0}")
    @ValueSource(doubles = {0.001, 360, 365.25, 366})
    void returnsAValueInTheHalfOpenInterval(double value) {
      assertThat(Checks.inRange(value, 0, 366, "days")).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"0, 0", "-1, -1", "366.0001, 366.0001", "NaN, NaN", "Infinity, Infinity"})
    void refusesAValueOutsideNamingTheBounds(double value, String shown) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Checks.inRange(value, 0, 366, "days"))
          .withMessage("days must be in (0, 366] but was " + shown);
    }

    @Test
    void showsFractionalBoundsAsDecimals() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Checks.inRange(1, 0.25, 0.75, "overlap"))
          .withMessage("overlap must be in (0.25, 0.75] but was 1");
    }
  }

  @Test
  void requireSetReturnsASetFieldAndNamesAMissingOne() {
    assertThat(Checks.requireSet("x", "Scenario.fleet")).isEqualTo("x");
    assertThatThrownBy(() -> Checks.requireSet(null, "Scenario.fleet"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Scenario.fleet was not set");
  }

  @Nested
  @DisplayName("wholeNumber")
  class WholeNumber {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"0, 0", "1, 1", "-3, -3", "1024, 1024", "9007199254740992, 9007199254740992"})
    void returnsAWholeValueAsALong(double value, long expected) {
      assertThat(Checks.wholeNumber(value, "fleet.count")).isEqualTo(expected);
    }

    @Test
    void acceptsTheLargestWholeDoublesBelowTheLongRange() {
      double below = Math.nextDown(0x1p63);

      assertThat(Checks.wholeNumber(below, "n")).isEqualTo((long) below);
      assertThat(Checks.wholeNumber(-below, "n")).isEqualTo((long) -below);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
      "2.5, 2.5",
      "-0.5, -0.5",
      "1.0E-300, 1.0E-300",
      "NaN, NaN",
      "Infinity, Infinity",
      "-Infinity, -Infinity",
      "9.223372036854775807E18, 9.223372036854776E18",
      "-9.223372036854775808E18, -9.223372036854776E18",
      "1.0E19, 1.0E19"
    })
    void refusesFractionsNonFiniteValuesAndValuesBeyondALong(double value, String shown) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Checks.wholeNumber(value, "fleet.count"))
          .withMessage("fleet.count must be a whole number but was " + shown);
    }
  }

  @Nested
  @DisplayName("knownInput")
  class KnownInput {

    @Test
    void returnsAKnownName() {
      assertThat(Checks.knownInput("count", Set.of("count", "unitPrice"), "fleet"))
          .isEqualTo("count");
    }

    @Test
    void namesTheOwnerAndListsItsInputsSorted() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Checks.knownInput("cost", Set.of("unitPrice", "count"), "GpuFleet[x]"))
          .withMessage("GpuFleet[x] has no input 'cost'; its inputs: [count, unitPrice]");
    }

    @Test
    void refusesNullAsNull() {
      assertThatNullPointerException()
          .isThrownBy(() -> Checks.knownInput(null, Set.of("count"), "fleet"))
          .withMessage("name must not be null");
    }
  }
}
