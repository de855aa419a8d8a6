package dev.netroi;

import static dev.netroi.TestMoney.EUR;
import static dev.netroi.TestMoney.USD;
import static dev.netroi.TestMoney.eur;
import static dev.netroi.TestMoney.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import com.google.common.testing.SerializableTester;
import java.io.InvalidObjectException;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Lifetime")
class LifetimeTest {

  /** A builder with the four required fields set and every other field at its default. */
  static Lifetime.Builder required() {
    return Lifetime.builder()
        .horizonYears(5)
        .discountRate(0.08)
        .gpuWatts(700)
        .electricityPricePerKwh(usd("0.08"));
  }

  /** Lifetime terms with no field at its default. */
  static final Lifetime FULL =
      required()
          .gpuLifeYears(4)
          .gpuResidualShare(0.1)
          .pue(1.3)
          .hostingPricePerKwMonth(usd("150"))
          .firstYearRamp(0.5)
          .build();

  private static final String NAMES =
      "[discountRate, electricityPricePerKwh, firstYearRamp, gpuLifeYears, gpuResidualShare,"
          + " gpuWatts, horizonYears, hostingPricePerKwMonth, pue]";

  @Nested
  @DisplayName("builder")
  class Building {

    @Test
    void keepsTheRequiredFields() {
      Lifetime lifetime = required().build();

      assertThat(lifetime.horizonYears()).isEqualTo(5);
      assertThat(lifetime.discountRate()).isEqualTo(0.08);
      assertThat(lifetime.gpuWatts()).isEqualTo(700.0);
      assertThat(lifetime.electricityPricePerKwh()).isEqualTo(usd("0.08"));
      assertThat(lifetime.currency()).isEqualTo(USD);
    }

    @Test
    void depreciatesTheGpusOverTheHorizonByDefault() {
      assertThat(required().build().gpuLifeYears()).isEqualTo(5.0);
      assertThat(required().horizonYears(7).build().gpuLifeYears()).isEqualTo(7.0);
    }

    @Test
    void assumesNoResidualValueByDefault() {
      assertThat(required().build().gpuResidualShare()).isZero();
    }

    @Test
    void takesTheIndustryAveragePueByDefault() {
      assertThat(required().build().pue()).isEqualTo(1.58).isEqualTo(Lifetime.DEFAULT_PUE);
    }

    @Test
    void chargesNoHostingByDefaultInTheCurrencyOfTheEnergyPrice() {
      assertThat(required().build().hostingPricePerKwMonth()).isEqualTo(usd("0"));
      assertThat(required().electricityPricePerKwh(eur("0.2")).build().hostingPricePerKwMonth())
          .isEqualTo(CurrencyAmount.zero(EUR));
    }

    @Test
    void hasNoRampByDefault() {
      assertThat(required().build().firstYearRamp()).isEqualTo(1.0);
    }

    @Test
    void keepsEveryOptionalField() {
      assertThat(FULL.gpuLifeYears()).isEqualTo(4.0);
      assertThat(FULL.gpuResidualShare()).isEqualTo(0.1);
      assertThat(FULL.pue()).isEqualTo(1.3);
      assertThat(FULL.hostingPricePerKwMonth()).isEqualTo(usd("150"));
      assertThat(FULL.firstYearRamp()).isEqualTo(0.5);
    }

    @Test
    void isWhatTheBuilderBuildsFromEveryField() {
      assertThat(FULL)
          .isEqualTo(
              Lifetime.builder()
                  .horizonYears(5)
                  .discountRate(0.08)
                  .gpuLifeYears(4)
                  .gpuResidualShare(0.1)
                  .gpuWatts(700)
                  .pue(1.3)
                  .electricityPricePerKwh(usd("0.08"))
                  .hostingPricePerKwMonth(usd("150"))
                  .firstYearRamp(0.5)
                  .build());
    }

    @Test
    void toBuilderKeepsEveryField() {
      assertThat(FULL.toBuilder().build()).isEqualTo(FULL).hasSameHashCodeAs(FULL);
      assertThat(required().build().toBuilder().build()).isEqualTo(required().build());
      assertThat(FULL.withPue(1.1).pue()).isEqualTo(1.1);
    }

    @Test
    void namesTheFirstMissingRequiredField() {
      assertThatIllegalStateException()
          .isThrownBy(() -> Lifetime.builder().build())
          .withMessage("Lifetime.horizonYears was not set");
      assertThatIllegalStateException()
          .isThrownBy(
              () ->
                  Lifetime.builder()
                      .discountRate(0.08)
                      .gpuWatts(700)
                      .electricityPricePerKwh(usd("0.08"))
                      .build())
          .withMessage("Lifetime.horizonYears was not set");
      assertThatIllegalStateException()
          .isThrownBy(
              () ->
                  Lifetime.builder()
                      .horizonYears(5)
                      .gpuWatts(700)
                      .electricityPricePerKwh(usd("0.08"))
                      .build())
          .withMessage("Lifetime.discountRate was not set");
      assertThatIllegalStateException()
          .isThrownBy(
              () ->
                  Lifetime.builder()
                      .horizonYears(5)
                      .discountRate(0.08)
                      .electricityPricePerKwh(usd("0.08"))
                      .build())
          .withMessage("Lifetime.gpuWatts was not set");
      assertThatIllegalStateException()
          .isThrownBy(
              () -> Lifetime.builder().horizonYears(5).discountRate(0.08).gpuWatts(700).build())
          .withMessage("Lifetime.electricityPricePerKwh was not set");
    }

    @Test
    void refusesNullPricesNamingTheField() {
      assertThatNullPointerException()
          .isThrownBy(() -> Lifetime.builder().electricityPricePerKwh(null))
          .withMessage("lifetime.electricityPricePerKwh must not be null");
      assertThatNullPointerException()
          .isThrownBy(() -> Lifetime.builder().hostingPricePerKwMonth(null))
          .withMessage("lifetime.hostingPricePerKwMonth must not be null");
    }

    @Test
    void refusesNullsInEveryPublicMethod() {
      NullPointerTester tester =
          new NullPointerTester()
              .setDefault(CurrencyAmount.class, usd("1"))
              .setDefault(String.class, "pue")
              // defaults that every rule accepts, so that only the null can fail
              .setDefault(int.class, 5)
              .setDefault(double.class, 1.0);
      tester.testAllPublicInstanceMethods(FULL);
      tester.testAllPublicInstanceMethods(Lifetime.builder());
      tester.testAllPublicConstructors(Lifetime.class);
    }
  }

  @Nested
  @DisplayName("rules")
  class Rules {

    private void assertRefused(UnaryOperator<Lifetime.Builder> change, String message) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> change.apply(required()).build())
          .withMessage(message);
    }

    @ParameterizedTest(name = "horizonYears {0}")
    @ValueSource(ints = {0, 101, -1, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void theHorizonIsOneToAHundredYears(int years) {
      assertRefused(
          b -> b.horizonYears(years),
          "lifetime.horizonYears must be a whole number of years from 1 to 100 but was " + years);
    }

    @ParameterizedTest(name = "horizonYears {0}")
    @ValueSource(ints = {1, 100})
    void theHorizonsBoundsAreAllowed(int years) {
      assertThat(required().horizonYears(years).build().horizonYears()).isEqualTo(years);
    }

    @ParameterizedTest(name = "discountRate {0}")
    @CsvSource({"-1, -1", "-1.5, -1.5", "10.5, 10.5", "-100, -100", "10.000001, 10.000001"})
    void theDiscountRateIsAboveMinusOneAndAtMostTen(double rate, String shown) {
      assertRefused(
          b -> b.discountRate(rate),
          "lifetime.discountRate must be above -1 (-100 %) and at most 10 but was " + shown);
    }

    @ParameterizedTest(name = "discountRate {0}")
    @ValueSource(doubles = {-0.999, -0.5, 0, 0.08, 10})
    void aDiscountRateInTheRangeIsAllowed(double rate) {
      assertThat(required().discountRate(rate).build().discountRate()).isEqualTo(rate);
    }

    @Test
    void aNegativeZeroDiscountRateIsStoredAsZero() {
      Lifetime lifetime = required().discountRate(-0.0).build();

      assertThat(Double.doubleToRawLongBits(lifetime.discountRate())).isZero();
      assertThat(lifetime).isEqualTo(required().discountRate(0).build());
    }

    @ParameterizedTest(name = "gpuLifeYears {0}")
    @CsvSource({"0, 0", "-1, -1", "NaN, NaN", "Infinity, Infinity"})
    void theGpuLifeIsPositive(double years, String shown) {
      assertRefused(
          b -> b.gpuLifeYears(years), "lifetime.gpuLifeYears must be positive but was " + shown);
    }

    @ParameterizedTest(name = "gpuResidualShare {0}")
    @CsvSource({"-0.1, -0.1", "1.1, 1.1", "NaN, NaN"})
    void theResidualShareIsAFraction(double share, String shown) {
      assertRefused(
          b -> b.gpuResidualShare(share),
          "lifetime.gpuResidualShare must be in [0, 1] but was " + shown);
    }

    @ParameterizedTest(name = "gpuWatts {0}")
    @CsvSource({"-1, -1", "-0.5, -0.5", "NaN, NaN", "Infinity, Infinity"})
    void theWattsAreNotNegative(double watts, String shown) {
      assertRefused(
          b -> b.gpuWatts(watts), "lifetime.gpuWatts must not be negative but was " + shown);
    }

    @ParameterizedTest(name = "pue {0}")
    @CsvSource({"0.9, 0.9", "0, 0", "NaN, NaN", "Infinity, Infinity"})
    void thePueIsAtLeastOne(double pue, String shown) {
      assertRefused(b -> b.pue(pue), "lifetime.pue must be finite and at least 1 but was " + shown);
    }

    @Test
    void aPueOfOneAndNoWattsAreAllowed() {
      Lifetime lifetime = required().pue(1).gpuWatts(0).build();

      assertThat(lifetime.pue()).isEqualTo(1.0);
      assertThat(lifetime.gpuWatts()).isZero();
    }

    @Test
    void thePricesAreNotNegative() {
      assertRefused(
          b -> b.electricityPricePerKwh(usd("-0.01")),
          "lifetime.electricityPricePerKwh must not be negative but was -0.01");
      assertRefused(
          b -> b.hostingPricePerKwMonth(usd("-1")),
          "lifetime.hostingPricePerKwMonth must not be negative but was -1");
    }

    @Test
    void theHostingPriceIsInTheCurrencyOfTheEnergyPrice() {
      assertRefused(
          b -> b.hostingPricePerKwMonth(eur("1")),
          "lifetime.hostingPricePerKwMonth must be in the currency of lifetime.electricityPricePerKwh (USD) but"
              + " was in EUR");
      assertRefused(
          b -> b.electricityPricePerKwh(eur("0.2")).hostingPricePerKwMonth(usd("0")),
          "lifetime.hostingPricePerKwMonth must be in the currency of lifetime.electricityPricePerKwh (EUR) but"
              + " was in USD");
    }

    @ParameterizedTest(name = "firstYearRamp {0}")
    @CsvSource({"-0.1, -0.1", "1.1, 1.1", "NaN, NaN"})
    void theRampIsAFraction(double share, String shown) {
      assertRefused(
          b -> b.firstYearRamp(share), "lifetime.firstYearRamp must be in [0, 1] but was " + shown);
    }

    @Test
    void aRampOfZeroIsAllowed() {
      assertThat(required().firstYearRamp(0).build().firstYearRamp()).isZero();
    }
  }

  @Nested
  @DisplayName("inputs")
  class Inputs {

    @Test
    void hasNineNamedInputs() {
      assertThat(new TreeSet<>(FULL.inputNames())).hasToString(NAMES);
      assertThat(required().build().inputNames()).isEqualTo(FULL.inputNames());
    }

    @Test
    void readsEveryInput() {
      Map<String, Double> expected = new LinkedHashMap<>();
      expected.put("horizonYears", 5.0);
      expected.put("discountRate", 0.08);
      expected.put("gpuLifeYears", 4.0);
      expected.put("gpuResidualShare", 0.1);
      expected.put("gpuWatts", 700.0);
      expected.put("pue", 1.3);
      expected.put("electricityPricePerKwh", 0.08);
      expected.put("hostingPricePerKwMonth", 150.0);
      expected.put("firstYearRamp", 0.5);

      assertThat(expected.keySet()).containsExactlyInAnyOrderElementsOf(FULL.inputNames());
      expected.forEach((name, value) -> assertThat(FULL.input(name)).as(name).isEqualTo(value));
    }

    @Test
    void writingEveryInputBackGivesEqualTerms() {
      for (String name : FULL.inputNames()) {
        assertThat(FULL.withInput(name, FULL.input(name))).as(name).isEqualTo(FULL);
      }
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
      "horizonYears, 10",
      "discountRate, 0.1",
      "gpuLifeYears, 6",
      "gpuResidualShare, 0.2",
      "gpuWatts, 1275",
      "pue, 1.58",
      "electricityPricePerKwh, 0.12",
      "hostingPricePerKwMonth, 0",
      "firstYearRamp, 1"
    })
    void withInputChangesOnlyThatInput(String name, double value) {
      Lifetime changed = FULL.withInput(name, value);

      assertThat(changed.input(name)).isEqualTo(value);
      for (String other : FULL.inputNames()) {
        if (!other.equals(name)) {
          assertThat(changed.input(other)).as(other).isEqualTo(FULL.input(other));
        }
      }
      assertThat(changed.currency()).isEqualTo(USD);
    }

    @Test
    void withInputKeepsThePricesInTheirCurrency() {
      Lifetime euros =
          required().electricityPricePerKwh(eur("0.2")).hostingPricePerKwMonth(eur("10")).build();

      assertThat(euros.withInput("electricityPricePerKwh", 0.3).electricityPricePerKwh())
          .isEqualTo(eur("0.3"));
      assertThat(euros.withInput("hostingPricePerKwMonth", 20).hostingPricePerKwMonth())
          .isEqualTo(eur("20"));
    }

    @Test
    void withInputGoesThroughTheRules() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> FULL.withInput("horizonYears", 2.5))
          .withMessage("lifetime.horizonYears must be a whole number but was 2.5");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> FULL.withInput("horizonYears", 0))
          .withMessage(
              "lifetime.horizonYears must be a whole number of years from 1 to 100 but was 0");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> FULL.withInput("horizonYears", 101))
          .withMessage(
              "lifetime.horizonYears must be a whole number of years from 1 to 100 but was 101");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> FULL.withInput("horizonYears", 1e19))
          .withMessage("lifetime.horizonYears must be a whole number but was 1.0E19");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> FULL.withInput("discountRate", -1))
          .withMessage("lifetime.discountRate must be above -1 (-100 %) and at most 10 but was -1");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> FULL.withInput("pue", 0.9))
          .withMessage("lifetime.pue must be finite and at least 1 but was 0.9");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> FULL.withInput("electricityPricePerKwh", Double.NaN))
          .withMessage("lifetime.electricityPricePerKwh must be finite but was NaN");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> FULL.withInput("hostingPricePerKwMonth", -1))
          .withMessage("lifetime.hostingPricePerKwMonth must not be negative but was -1");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> FULL.withInput("gpuLifeYears", 0))
          .withMessage("lifetime.gpuLifeYears must be positive but was 0");
    }

    @Test
    void onlyTheHorizonIsAWholeNumber() {
      for (String name : FULL.inputNames()) {
        assertThat(FULL.isWholeNumber(name)).as(name).isEqualTo(name.equals("horizonYears"));
      }
      assertThat(FULL.isWholeNumber("horizon")).isFalse();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
      "horizonYears, 'whole numbers in (0, 100]'",
      "discountRate, '(-1, 10]'",
      "gpuLifeYears, '(0, ...)'",
      "gpuResidualShare, '[0, 1]'",
      "gpuWatts, '[0, ...)'",
      "pue, '[1, ...)'",
      "electricityPricePerKwh, '[0, ...)'",
      "hostingPricePerKwMonth, '[0, ...)'",
      "firstYearRamp, '[0, 1]'"
    })
    void eachInputHasItsRule(String name, String rule) {
      assertThat(FULL.inputRule(name)).hasToString(rule);
    }

    @Test
    void theRulesAreTheBuiltInOnes() {
      assertThat(FULL.inputRule("horizonYears")).isEqualTo(InputRule.range(0, 100).wholeNumbers());
      assertThat(FULL.inputRule("discountRate")).isEqualTo(InputRule.range(-1, 10));
      assertThat(FULL.inputRule("gpuLifeYears")).isEqualTo(InputRule.positive());
      assertThat(FULL.inputRule("gpuResidualShare")).isEqualTo(InputRule.fraction());
      assertThat(FULL.inputRule("firstYearRamp")).isEqualTo(InputRule.fraction());
      assertThat(FULL.inputRule("pue")).isEqualTo(InputRule.atLeast(1));
      assertThat(FULL.inputRule("gpuWatts")).isEqualTo(InputRule.notNegative());
      assertThat(FULL.inputRule("electricityPricePerKwh")).isEqualTo(InputRule.notNegative());
      assertThat(FULL.inputRule("hostingPricePerKwMonth")).isEqualTo(InputRule.notNegative());
    }

    @Test
    void eachRuleAgreesWithWithInput() {
      double[] probes = {
        -2,
        -1,
        -0.5,
        -0.0,
        0,
        0.1,
        0.5,
        0.9,
        1,
        1.5,
        2.5,
        10,
        10.5,
        100,
        101,
        1e9,
        1e19,
        Double.NaN,
        Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY
      };
      for (String name : FULL.inputNames()) {
        for (double value : probes) {
          boolean accepted;
          try {
            FULL.withInput(name, value);
            accepted = true;
          } catch (IllegalArgumentException e) {
            accepted = false;
          }
          assertThat(FULL.inputRule(name).test(value))
              .as("%s = %s", name, value)
              .isEqualTo(accepted);
        }
      }
    }

    @Test
    void anUnknownInputListsTheKnownOnes() {
      String message = FULL + " has no input 'horizon'; its inputs: " + NAMES;
      assertThatIllegalArgumentException()
          .isThrownBy(() -> FULL.input("horizon"))
          .withMessage(message);
      assertThatIllegalArgumentException()
          .isThrownBy(() -> FULL.withInput("horizon", 5))
          .withMessage(message);
      assertThatIllegalArgumentException()
          .isThrownBy(() -> FULL.inputRule("horizon"))
          .withMessage(message);
    }
  }

  @Nested
  @DisplayName("toString")
  class Canonical {

    @Test
    void showsEveryTerm() {
      assertThat(required().pue(1.3).build())
          .hasToString(
              "Lifetime[5 years at 8 %, GPUs 700 W over 5 years to 0, PUE 1.3, USD 0.08 per kWh,"
                  + " hosting USD 0 per kW-month, year-1 ramp 1]");
      assertThat(FULL)
          .hasToString(
              "Lifetime[5 years at 8 %, GPUs 700 W over 4 years to 0.1, PUE 1.3, USD 0.08 per kWh,"
                  + " hosting USD 150 per kW-month, year-1 ramp 0.5]");
    }

    @Test
    void showsTheDefaults() {
      assertThat(required().build())
          .hasToString(
              "Lifetime[5 years at 8 %, GPUs 700 W over 5 years to 0, PUE 1.58, USD 0.08 per"
                  + " kWh, hosting USD 0 per kW-month, year-1 ramp 1]");
    }
  }

  @Test
  void isEqualByEveryField() {
    new EqualsTester()
        .addEqualityGroup(FULL, FULL.toBuilder().build(), FULL.withInput("pue", 1.3))
        .addEqualityGroup(FULL.withInput("horizonYears", 6))
        .addEqualityGroup(FULL.withInput("discountRate", 0.1))
        .addEqualityGroup(FULL.withInput("gpuLifeYears", 5))
        .addEqualityGroup(FULL.withInput("gpuResidualShare", 0.2))
        .addEqualityGroup(FULL.withInput("gpuWatts", 1275))
        .addEqualityGroup(FULL.withInput("pue", 1.4))
        .addEqualityGroup(FULL.withInput("electricityPricePerKwh", 0.1))
        .addEqualityGroup(FULL.withInput("hostingPricePerKwMonth", 151))
        .addEqualityGroup(FULL.withInput("firstYearRamp", 0.6))
        .addEqualityGroup(
            FULL.toBuilder()
                .electricityPricePerKwh(eur("0.08"))
                .hostingPricePerKwMonth(eur("150"))
                .build())
        .testEquals();
  }

  @Test
  void roundTripsThroughJavaSerialisation() throws Exception {
    assertThat(JavaSerialization.roundTrip(FULL)).isEqualTo(FULL);
    assertThat(JavaSerialization.roundTrip(required().build())).isEqualTo(required().build());
    SerializableTester.reserializeAndAssert(FULL);
  }

  @Test
  void aTamperedHorizonIsRefusedOnReading() throws Exception {
    Lifetime lifetime = required().horizonYears(77).gpuLifeYears(5).build();
    byte[] bytes = JavaSerialization.serialise(lifetime);
    replaceInt(bytes, 77, 0);

    // the stream is read through the checks of the builder, whose exception it wraps
    assertThatThrownBy(() -> JavaSerialization.deserialise(bytes))
        .isInstanceOf(InvalidObjectException.class)
        .hasMessage("lifetime.horizonYears must be a whole number of years from 1 to 100 but was 0")
        .cause()
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "lifetime.horizonYears must be a whole number of years from 1 to 100 but was 0");
  }

  /** Replaces the one occurrence of the big-endian {@code from} in {@code bytes} by {@code to}. */
  private static void replaceInt(byte[] bytes, int from, int to) {
    byte[] needle = ByteBuffer.allocate(4).putInt(from).array();
    int found = -1;
    for (int i = 0; i + 4 <= bytes.length; i++) {
      if (bytes[i] == needle[0]
          && bytes[i + 1] == needle[1]
          && bytes[i + 2] == needle[2]
          && bytes[i + 3] == needle[3]) {
        assertThat(found).as("the value occurs once in the serialised form").isEqualTo(-1);
        found = i;
      }
    }
    assertThat(found).as("the value occurs in the serialised form").isNotNegative();
    ByteBuffer.wrap(bytes, found, 4).putInt(to);
  }
}
