package dev.netroi;

import static dev.netroi.TestMoney.EUR;
import static dev.netroi.TestMoney.USD;
import static dev.netroi.TestMoney.eur;
import static dev.netroi.TestMoney.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.testing.EqualsTester;
import dev.netroi.reference.ReferenceArgument;
import java.util.List;
import java.util.Set;
import java.util.function.DoublePredicate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fabric values of the api ({@link FabricPriceList}, {@link FabricDesign}, {@link
 * NetworkFabric}) and the optional fabrics of a {@link Scenario}.
 */
@DisplayName("Fabric values")
class FabricValuesTest {

  private static final Bandwidth SPEED = Bandwidth.ofGbps(800);

  private static final FabricPriceList PRICES =
      new FabricPriceList(usd("30000"), usd("800"), usd("1500"), usd("100"), 1500, 15, 25);

  private static final FabricDesign DESIGN = design(1, SPEED, 64, 2, 1.5, true, 8, PRICES);

  private static final NetworkFabric FABRIC = NetworkFabric.of(DESIGN, 5, 0.1);

  /** A design with every component given, through the builder. */
  private static FabricDesign design(
      int nicsPerGpu,
      Bandwidth nicSpeed,
      int switchRadix,
      int tiers,
      double oversubscription,
      boolean railOptimised,
      int gpusPerServer,
      FabricPriceList prices) {
    return FabricDesign.builder()
        .nicsPerGpu(nicsPerGpu)
        .nicSpeed(nicSpeed)
        .switchRadix(switchRadix)
        .tiers(tiers)
        .oversubscription(oversubscription)
        .railOptimised(railOptimised)
        .gpusPerServer(gpusPerServer)
        .prices(prices)
        .build();
  }

  private static final Set<String> PRICE_INPUTS =
      Set.of(
          "switchPrice",
          "opticPrice",
          "nicPrice",
          "cablePrice",
          "switchWatts",
          "opticWatts",
          "nicWatts");

  private static final Set<String> DESIGN_INPUTS =
      Set.of(
          "switchPrice",
          "opticPrice",
          "nicPrice",
          "cablePrice",
          "switchWatts",
          "opticWatts",
          "nicWatts",
          "oversubscription");

  private static final Set<String> FABRIC_INPUTS =
      Set.of(
          "switchPrice",
          "opticPrice",
          "nicPrice",
          "cablePrice",
          "switchWatts",
          "opticWatts",
          "nicWatts",
          "oversubscription",
          "lifeYears",
          "annualSupportShare");

  /** The values every input rule is checked against, valid or not for some input. */
  private static final double[] PROBES = {
    -1,
    -0.0,
    0,
    0.5,
    1,
    2,
    Double.NaN,
    Double.POSITIVE_INFINITY,
    Double.NEGATIVE_INFINITY,
    1e300,
    Double.MAX_VALUE,
    Double.MIN_VALUE
  };

  private static final String PRICES_TEXT =
      "FabricPriceList[switchPrice=USD 30000.00, opticPrice=USD 800.00, nicPrice=USD 1500.00,"
          + " cablePrice=USD 100.00, switchWatts=1500.0, opticWatts=15.0, nicWatts=25.0]";

  private static final String DESIGN_TEXT =
      "FabricDesign[1 x 800 Gb/s per GPU, radix 64, 2 tiers, 1.5:1, rail-optimised (8 GPUs per"
          + " server)]";

  private static final String FABRIC_TEXT =
      "NetworkFabric[" + DESIGN_TEXT + ", 5 years, support 0.1 of capex a year]";

  /** Whether {@code withInput(name, value)} succeeds. */
  private static boolean accepts(HasInputs<?> value, String name, double number) {
    try {
      value.withInput(name, number);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Checks that each input's rule accepts exactly the values its withInput accepts. */
  private static void rulesAgreeWithWithInput(HasInputs<?> value) {
    for (String name : value.inputNames()) {
      InputRule rule = value.inputRule(name);
      for (double number : PROBES) {
        assertThat(rule.test(number))
            .as("%s = %s", name, number)
            .isEqualTo(accepts(value, name, number));
      }
    }
  }

  /** Checks that replacing each input by a new value changes that input only. */
  private static void withInputChangesOnlyThatNumber(HasInputs<?> value) {
    for (String name : value.inputNames()) {
      double next = value.input(name) + 1;
      HasInputs<?> changed = (HasInputs<?>) value.withInput(name, next);
      assertThat(changed.input(name)).as(name).isEqualTo(next);
      assertThat(changed.inputNames()).as(name).isEqualTo(value.inputNames());
      for (String other : value.inputNames()) {
        if (!other.equals(name)) {
          assertThat(changed.input(other))
              .as("%s after %s", other, name)
              .isEqualTo(value.input(other));
        }
      }
      assertThat(value.withInput(name, value.input(name))).as(name).isEqualTo(value);
    }
  }

  private static boolean isPositiveZero(double value) {
    return Double.doubleToRawLongBits(value) == 0L;
  }

  @Nested
  @DisplayName("FabricPriceList")
  class PriceLists {

    @Test
    void holdsItsPricesAndPower() {
      assertThat(PRICES.switchPrice()).isEqualTo(usd("30000"));
      assertThat(PRICES.opticPrice()).isEqualTo(usd("800"));
      assertThat(PRICES.nicPrice()).isEqualTo(usd("1500"));
      assertThat(PRICES.cablePrice()).isEqualTo(usd("100"));
      assertThat(PRICES.switchWatts()).isEqualTo(1500.0);
      assertThat(PRICES.opticWatts()).isEqualTo(15.0);
      assertThat(PRICES.nicWatts()).isEqualTo(25.0);
      assertThat(PRICES.currency()).isEqualTo(USD);
    }

    @Test
    void withoutPowerEveryDeviceDrawsNothing() {
      FabricPriceList unpowered =
          FabricPriceList.of(usd("30000"), usd("800"), usd("1500"), usd("100"));

      assertThat(unpowered.switchWatts()).isZero();
      assertThat(unpowered.opticWatts()).isZero();
      assertThat(unpowered.nicWatts()).isZero();
      assertThat(unpowered.withPower(1500, 15, 25)).isEqualTo(PRICES);
    }

    @Test
    void takesFreeDevices() {
      FabricPriceList copper = FabricPriceList.of(usd("30000"), usd("0"), usd("1500"), usd("250"));

      assertThat(copper.opticPrice().isZero()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {0, 1, 2, 3})
    void neverWithANegativePrice(int which) {
      String[] names = {"switchPrice", "opticPrice", "nicPrice", "cablePrice"};
      CurrencyAmount[] prices = {usd("30000"), usd("800"), usd("1500"), usd("100")};
      prices[which] = usd("-0.01");

      assertThatIllegalArgumentException()
          .isThrownBy(() -> FabricPriceList.of(prices[0], prices[1], prices[2], prices[3]))
          .withMessage(names[which] + " must not be negative but was -0.01");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
      "switchWatts, -1, -1",
      "opticWatts, -1, -1",
      "nicWatts, -1, -1",
      "switchWatts, -0.5, -0.5",
      "switchWatts, NaN, NaN",
      "opticWatts, NaN, NaN",
      "nicWatts, NaN, NaN",
      "switchWatts, Infinity, Infinity",
      "opticWatts, -Infinity, -Infinity",
      "nicWatts, Infinity, Infinity"
    })
    void neverWithNegativeOrNonFiniteWatts(String field, double watts, String shown) {
      double switchW = field.equals("switchWatts") ? watts : 1500;
      double opticW = field.equals("opticWatts") ? watts : 15;
      double nicW = field.equals("nicWatts") ? watts : 25;

      assertThatIllegalArgumentException()
          .isThrownBy(() -> PRICES.withPower(switchW, opticW, nicW))
          .withMessage(field + " must not be negative but was " + shown);
      assertThatIllegalArgumentException()
          .isThrownBy(() -> PRICES.withInput(field, watts))
          .withMessage(field + " must not be negative but was " + shown);
    }

    @Test
    void neverWithPricesInTwoCurrencies() {
      CurrencyMismatchException e =
          catchThrowableOfType(
              CurrencyMismatchException.class,
              () -> FabricPriceList.of(usd("30000"), eur("800"), usd("1500"), usd("100")));

      assertThat(e).hasMessage("Currencies differ: USD/EUR (opticPrice vs switchPrice)");
      assertThat(e.getExpected()).isEqualTo(USD);
      assertThat(e.getActual()).isEqualTo(EUR);
      assertThat(
              catchThrowableOfType(
                  CurrencyMismatchException.class,
                  () -> FabricPriceList.of(usd("30000"), usd("800"), eur("1500"), usd("100"))))
          .hasMessage("Currencies differ: USD/EUR (nicPrice vs switchPrice)");
      assertThat(
              catchThrowableOfType(
                  CurrencyMismatchException.class,
                  () -> FabricPriceList.of(eur("30000"), eur("800"), eur("1500"), usd("100"))))
          .hasMessage("Currencies differ: EUR/USD (cablePrice vs switchPrice)");
    }

    @Test
    void inAnotherCurrencyIsAllowedWhenAllPricesShareIt() {
      FabricPriceList euros = FabricPriceList.of(eur("1"), eur("2"), eur("3"), eur("4"));

      assertThat(euros.currency()).isEqualTo(EUR);
      assertThat(euros.withInput("nicPrice", 7).nicPrice()).isEqualTo(eur("7"));
    }

    @Test
    void neverWithNulls() {
      assertThatNullPointerException()
          .isThrownBy(() -> FabricPriceList.of(null, usd("800"), usd("1500"), usd("100")))
          .withMessage("switchPrice must not be null");
      assertThatNullPointerException()
          .isThrownBy(() -> FabricPriceList.of(usd("30000"), null, usd("1500"), usd("100")))
          .withMessage("opticPrice must not be null");
      assertThatNullPointerException()
          .isThrownBy(() -> FabricPriceList.of(usd("30000"), usd("800"), null, usd("100")))
          .withMessage("nicPrice must not be null");
      assertThatNullPointerException()
          .isThrownBy(() -> FabricPriceList.of(usd("30000"), usd("800"), usd("1500"), null))
          .withMessage("cablePrice must not be null");
      assertThatNullPointerException()
          .isThrownBy(() -> PRICES.input(null))
          .withMessage("name must not be null");
      assertThatNullPointerException()
          .isThrownBy(() -> PRICES.withInput(null, 1))
          .withMessage("name must not be null");
      assertThatNullPointerException()
          .isThrownBy(() -> PRICES.inputRule(null))
          .withMessage("name must not be null");
    }

    @Test
    void foldsNegativeZeroWatts() {
      FabricPriceList negativeZero =
          new FabricPriceList(usd("30000"), usd("800"), usd("1500"), usd("100"), -0.0, -0.0, -0.0);
      FabricPriceList zero = FabricPriceList.of(usd("30000"), usd("800"), usd("1500"), usd("100"));

      assertThat(negativeZero).isEqualTo(zero).hasSameHashCodeAs(zero).hasToString(zero.toString());
      assertThat(isPositiveZero(negativeZero.switchWatts())).isTrue();
      assertThat(isPositiveZero(negativeZero.opticWatts())).isTrue();
      assertThat(isPositiveZero(negativeZero.nicWatts())).isTrue();
      assertThat(PRICES.withInput("nicWatts", -0.0)).isEqualTo(PRICES.withInput("nicWatts", 0));
      assertThat(PRICES.withInput("cablePrice", -0.0)).isEqualTo(PRICES.withInput("cablePrice", 0));
      assertThat(isPositiveZero(PRICES.withInput("opticWatts", -0.0).input("opticWatts"))).isTrue();
    }

    @Test
    void itsInputsAreItsPricesAndWatts() {
      assertThat(PRICES.inputNames()).isEqualTo(PRICE_INPUTS);
      assertThat(PRICES.input("switchPrice")).isEqualTo(30000.0);
      assertThat(PRICES.input("opticPrice")).isEqualTo(800.0);
      assertThat(PRICES.input("nicPrice")).isEqualTo(1500.0);
      assertThat(PRICES.input("cablePrice")).isEqualTo(100.0);
      assertThat(PRICES.input("switchWatts")).isEqualTo(1500.0);
      assertThat(PRICES.input("opticWatts")).isEqualTo(15.0);
      assertThat(PRICES.input("nicWatts")).isEqualTo(25.0);
      for (String name : PRICE_INPUTS) {
        assertThat(PRICES.isWholeNumber(name)).as(name).isFalse();
      }
    }

    @Test
    void writingAnInputChangesOnlyThatNumber() {
      withInputChangesOnlyThatNumber(PRICES);
      assertThat(PRICES.withInput("switchPrice", 25000))
          .isEqualTo(
              new FabricPriceList(usd("25000"), usd("800"), usd("1500"), usd("100"), 1500, 15, 25));
      assertThat(PRICES.withInput("opticPrice", 600).opticPrice()).isEqualTo(usd("600"));
      assertThat(PRICES.withInput("nicPrice", 0.5).nicPrice()).isEqualTo(usd("0.5"));
      assertThat(PRICES.withInput("cablePrice", 1e300).cablePrice())
          .isEqualTo(CurrencyAmount.of(USD, 1e300));
      assertThat(PRICES.withInput("switchWatts", 1200)).isEqualTo(PRICES.withPower(1200, 15, 25));
      assertThat(PRICES.withInput("opticWatts", 0)).isEqualTo(PRICES.withPower(1500, 0, 25));
      assertThat(PRICES.withInput("nicWatts", 30)).isEqualTo(PRICES.withPower(1500, 15, 30));
    }

    @Test
    void aNegativeInputIsRefusedNamingFieldRuleAndValue() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> PRICES.withInput("switchPrice", -1))
          .withMessage("switchPrice must not be negative but was -1");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> PRICES.withInput("cablePrice", -2.5))
          .withMessage("cablePrice must not be negative but was -2.5");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
      "switchPrice, NaN",
      "opticPrice, Infinity",
      "nicPrice, -Infinity",
      "cablePrice, NaN"
    })
    void aNonFinitePriceInputIsRefusedNamingTheInputAndTheValue(String name, double value) {
      // HasInputs.withInput: "the message names the field, the rule and the value"
      assertThatIllegalArgumentException()
          .isThrownBy(() -> PRICES.withInput(name, value))
          .withMessageStartingWith(name + " must ")
          .withMessageEndingWith(" but was " + value);
    }

    @Test
    void itsRulesAreThoseOfItsConstructor() {
      for (String name : PRICE_INPUTS) {
        assertThat(PRICES.inputRule(name)).as(name).isEqualTo(InputRule.notNegative());
      }
      rulesAgreeWithWithInput(PRICES);
    }

    @Test
    void anUnknownInputIsRefusedListingTheKnownOnes() {
      String message =
          PRICES
              + " has no input 'lifeYears'; its inputs: [cablePrice, nicPrice, nicWatts,"
              + " opticPrice, opticWatts, switchPrice, switchWatts]";
      assertThatIllegalArgumentException()
          .isThrownBy(() -> PRICES.input("lifeYears"))
          .withMessage(message);
      assertThatIllegalArgumentException()
          .isThrownBy(() -> PRICES.withInput("lifeYears", 1))
          .withMessage(message);
      assertThatIllegalArgumentException()
          .isThrownBy(() -> PRICES.inputRule("lifeYears"))
          .withMessage(message);
    }

    @Test
    void equalComponentsMakeEqualLists() {
      new EqualsTester()
          .addEqualityGroup(
              PRICES,
              new FabricPriceList(
                  usd("30000.00"), usd("800.0"), usd("1500"), usd("100"), 1500, 15, 25),
              FabricPriceList.of(usd("30000"), usd("800"), usd("1500"), usd("100"))
                  .withPower(1500, 15, 25))
          .addEqualityGroup(PRICES.withInput("switchPrice", 29999))
          .addEqualityGroup(PRICES.withInput("opticPrice", 801))
          .addEqualityGroup(PRICES.withInput("nicPrice", 1501))
          .addEqualityGroup(PRICES.withInput("cablePrice", 101))
          .addEqualityGroup(PRICES.withInput("switchWatts", 1501))
          .addEqualityGroup(PRICES.withInput("opticWatts", 16))
          .addEqualityGroup(PRICES.withInput("nicWatts", 26))
          .addEqualityGroup(
              new FabricPriceList(eur("30000"), eur("800"), eur("1500"), eur("100"), 1500, 15, 25))
          .addEqualityGroup(
              FabricPriceList.of(usd("30000"), usd("800"), usd("1500"), usd("100")),
              PRICES.withPower(-0.0, -0.0, -0.0))
          .testEquals();
    }

    @Test
    void toStringShowsEveryComponent() {
      assertThat(PRICES).hasToString(PRICES_TEXT);
    }

    @Test
    void roundTripsThroughJavaSerialisation() throws Exception {
      assertThat(JavaSerialization.roundTrip(PRICES)).isEqualTo(PRICES);
    }
  }

  @Nested
  @DisplayName("FabricDesign")
  class Designs {

    @Test
    void holdsItsComponents() {
      assertThat(DESIGN.nicsPerGpu()).isEqualTo(1);
      assertThat(DESIGN.nicSpeed()).isEqualTo(SPEED);
      assertThat(DESIGN.switchRadix()).isEqualTo(64);
      assertThat(DESIGN.tiers()).isEqualTo(2);
      assertThat(DESIGN.oversubscription()).isEqualTo(1.5);
      assertThat(DESIGN.railOptimised()).isTrue();
      assertThat(DESIGN.gpusPerServer()).isEqualTo(8);
      assertThat(DESIGN.prices()).isEqualTo(PRICES);
    }

    @Test
    void ofIsNonBlockingWithTheFewestTiersOneNicPerGpuAndEightGpuServers() {
      assertThat(FabricDesign.of(SPEED, 64, PRICES))
          .isEqualTo(design(1, SPEED, 64, FabricDesign.SMALLEST_THAT_FITS, 1, false, 8, PRICES));
      assertThat(FabricDesign.SMALLEST_THAT_FITS).isZero();
    }

    @Test
    void withersChangeOneComponent() {
      FabricDesign plain = FabricDesign.of(SPEED, 64, PRICES);

      assertThat(plain.withTiers(3)).isEqualTo(design(1, SPEED, 64, 3, 1, false, 8, PRICES));
      assertThat(plain.withSwitchRadix(4)).isEqualTo(design(1, SPEED, 4, 0, 1, false, 8, PRICES));
      assertThat(plain.withOversubscription(3))
          .isEqualTo(design(1, SPEED, 64, 0, 3, false, 8, PRICES));
      assertThat(plain.withRails(true, 4)).isEqualTo(design(1, SPEED, 64, 0, 1, true, 4, PRICES));
      assertThat(plain.withNicsPerGpu(2)).isEqualTo(design(2, SPEED, 64, 0, 1, false, 8, PRICES));
      FabricPriceList other = PRICES.withPower(0, 0, 0);
      assertThat(plain.withPrices(other)).isEqualTo(design(1, SPEED, 64, 0, 1, false, 8, other));
    }

    @Test
    void aBuilderStartsNonBlockingWithTheFewestTiersOneNicPerGpuAndEightGpuServers() {
      FabricDesign built =
          FabricDesign.builder().nicSpeed(SPEED).switchRadix(64).prices(PRICES).build();

      assertThat(built.nicsPerGpu()).isEqualTo(1);
      assertThat(built.tiers()).isEqualTo(FabricDesign.SMALLEST_THAT_FITS);
      assertThat(built.oversubscription()).isEqualTo(1.0);
      assertThat(built.railOptimised()).isFalse();
      assertThat(built.gpusPerServer()).isEqualTo(8);
      assertThat(built).isEqualTo(FabricDesign.of(SPEED, 64, PRICES));
    }

    @Test
    void aBuilderNamesTheRequiredFieldItMisses() {
      assertThatThrownBy(() -> FabricDesign.builder().switchRadix(64).prices(PRICES).build())
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("FabricDesign.nicSpeed was not set");
      assertThatThrownBy(() -> FabricDesign.builder().nicSpeed(SPEED).prices(PRICES).build())
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("FabricDesign.switchRadix was not set");
      assertThatThrownBy(() -> FabricDesign.builder().nicSpeed(SPEED).switchRadix(64).build())
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("FabricDesign.prices was not set");
      assertThatNullPointerException()
          .isThrownBy(() -> FabricDesign.builder().nicSpeed(null))
          .withMessage("nicSpeed must not be null");
      assertThatNullPointerException()
          .isThrownBy(() -> FabricDesign.builder().prices(null))
          .withMessage("prices must not be null");
    }

    @Test
    void aBuilderChecksEachComponentWithTheValuesMessage() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> DESIGN.toBuilder().nicsPerGpu(65).build())
          .withMessage("nicsPerGpu must be in [1, 64] but was 65");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> DESIGN.toBuilder().gpusPerServer(0).build())
          .withMessage("gpusPerServer must be in [1, 1024] but was 0");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> DESIGN.toBuilder().tiers(4).build())
          .withMessage("tiers must be 2, 3 or 0 (the smallest that fits) but was 4");
    }

    @Test
    void toBuilderGivesAnEqualDesignAndChangesOnlyWhatIsSet() {
      assertThat(DESIGN.toBuilder().build()).isEqualTo(DESIGN);
      assertThat(DESIGN.toBuilder().switchRadix(128).build())
          .isEqualTo(design(1, SPEED, 128, 2, 1.5, true, 8, PRICES));
    }

    @Test
    void withNicSpeedChangesOnlyTheSpeed() {
      assertThat(DESIGN.withNicSpeed(Bandwidth.ofGbps(400)))
          .isEqualTo(design(1, Bandwidth.ofGbps(400), 64, 2, 1.5, true, 8, PRICES));
      assertThatNullPointerException()
          .isThrownBy(() -> DESIGN.withNicSpeed(null))
          .withMessage("nicSpeed must not be null");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {5, 63, 3, 2, 1, 0, -4, Integer.MIN_VALUE})
    void neverWithAnOddRadixOrOneBelowFour(int radix) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> DESIGN.withSwitchRadix(radix))
          .withMessage("switchRadix must be even and in [4, 65536] but was " + radix);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {4, 6, 64, 512})
    void takesAnEvenRadixFromFour(int radix) {
      assertThat(DESIGN.withSwitchRadix(radix).switchRadix()).isEqualTo(radix);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {1, 4, -1, 5})
    void neverWithTiersOtherThanTwoThreeOrSmallest(int tiers) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> DESIGN.withTiers(tiers))
          .withMessage("tiers must be 2, 3 or 0 (the smallest that fits) but was " + tiers);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {0, 2, 3})
    void takesTwoThreeOrSmallestTiers(int tiers) {
      assertThat(DESIGN.withTiers(tiers).tiers()).isEqualTo(tiers);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
      "0.999, 0.999",
      "0.5, 0.5",
      "0, 0",
      "-1, -1",
      "NaN, NaN",
      "Infinity, Infinity",
      "-Infinity, -Infinity"
    })
    void neverWithAnOversubscriptionBelowOneOrNotFinite(double ratio, String shown) {
      String message = "oversubscription must be finite and at least 1 but was " + shown;
      assertThatIllegalArgumentException()
          .isThrownBy(() -> DESIGN.withOversubscription(ratio))
          .withMessage(message);
      assertThatIllegalArgumentException()
          .isThrownBy(() -> DESIGN.withInput("oversubscription", ratio))
          .withMessage(message);
    }

    @Test
    void takesAnOversubscriptionFromOne() {
      assertThat(DESIGN.withOversubscription(1).oversubscription()).isEqualTo(1.0);
      assertThat(DESIGN.withOversubscription(Double.MAX_VALUE).oversubscription())
          .isEqualTo(Double.MAX_VALUE);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {0, -1, 1_025})
    void neverWithoutANicPerGpuOrAGpuPerServerOrWithTooMany(int count) {
      if (count < 65) {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> DESIGN.withNicsPerGpu(count))
            .withMessage("nicsPerGpu must be in [1, 64] but was " + count);
      }
      assertThatIllegalArgumentException()
          .isThrownBy(() -> DESIGN.withRails(true, count))
          .withMessage("gpusPerServer must be in [1, 1024] but was " + count);
      assertThatIllegalArgumentException()
          .isThrownBy(() -> DESIGN.withRails(false, count))
          .withMessage("gpusPerServer must be in [1, 1024] but was " + count);
    }

    @Test
    void takesUpToSixtyFourNicsPerGpuAndARadixUpTo65536() {
      assertThat(DESIGN.withNicsPerGpu(64).nicsPerGpu()).isEqualTo(64);
      assertThatIllegalArgumentException()
          .isThrownBy(() -> DESIGN.withNicsPerGpu(65))
          .withMessage("nicsPerGpu must be in [1, 64] but was 65");
      assertThat(DESIGN.withSwitchRadix(FabricDesign.MAX_RADIX).switchRadix()).isEqualTo(65_536);
      assertThatIllegalArgumentException()
          .isThrownBy(() -> DESIGN.withSwitchRadix(65_538))
          .withMessage("switchRadix must be even and in [4, 65536] but was 65538");
    }

    @Test
    void neverWithNulls() {
      assertThatNullPointerException()
          .isThrownBy(() -> FabricDesign.of(null, 64, PRICES))
          .withMessage("nicSpeed must not be null");
      assertThatNullPointerException()
          .isThrownBy(() -> FabricDesign.of(SPEED, 64, null))
          .withMessage("prices must not be null");
      assertThatNullPointerException()
          .isThrownBy(() -> DESIGN.withPrices(null))
          .withMessage("prices must not be null");
      assertThatNullPointerException()
          .isThrownBy(() -> DESIGN.input(null))
          .withMessage("name must not be null");
      assertThatNullPointerException()
          .isThrownBy(() -> DESIGN.withInput(null, 2))
          .withMessage("name must not be null");
      assertThatNullPointerException()
          .isThrownBy(() -> DESIGN.inputRule(null))
          .withMessage("name must not be null");
    }

    @Test
    void itsInputsAreItsOversubscriptionAndItsPrices() {
      assertThat(DESIGN.inputNames()).isEqualTo(DESIGN_INPUTS);
      assertThat(DESIGN.input("oversubscription")).isEqualTo(1.5);
      for (String name : PRICE_INPUTS) {
        assertThat(DESIGN.input(name)).as(name).isEqualTo(PRICES.input(name));
        assertThat(DESIGN.inputRule(name)).as(name).isEqualTo(PRICES.inputRule(name));
      }
      for (String name : DESIGN_INPUTS) {
        assertThat(DESIGN.isWholeNumber(name)).as(name).isFalse();
      }
      assertThatThrownBy(() -> DESIGN.inputNames().add("x"))
          .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void writingAnInputChangesOnlyThatNumber() {
      withInputChangesOnlyThatNumber(DESIGN);
      assertThat(DESIGN.withInput("oversubscription", 2)).isEqualTo(DESIGN.withOversubscription(2));
      assertThat(DESIGN.withInput("switchPrice", 25000))
          .isEqualTo(DESIGN.withPrices(PRICES.withInput("switchPrice", 25000)));
      assertThat(DESIGN.withInput("nicWatts", 0))
          .isEqualTo(DESIGN.withPrices(PRICES.withPower(1500, 15, 0)));
      FabricDesign changed = DESIGN.withInput("opticPrice", 600);
      assertThat(changed.nicsPerGpu()).isEqualTo(DESIGN.nicsPerGpu());
      assertThat(changed.nicSpeed()).isEqualTo(DESIGN.nicSpeed());
      assertThat(changed.switchRadix()).isEqualTo(DESIGN.switchRadix());
      assertThat(changed.tiers()).isEqualTo(DESIGN.tiers());
      assertThat(changed.railOptimised()).isEqualTo(DESIGN.railOptimised());
      assertThat(changed.gpusPerServer()).isEqualTo(DESIGN.gpusPerServer());
    }

    @Test
    void itsRulesAreThoseOfItsConstructor() {
      InputRule rule = DESIGN.inputRule("oversubscription");
      assertThat(rule.test(1)).isTrue();
      assertThat(rule.test(Math.nextDown(1.0))).isFalse();
      assertThat(rule.test(Double.MAX_VALUE)).isTrue();
      assertThat(rule).isEqualTo(InputRule.atLeast(1)).hasToString("[1, ...)");
      assertThat(rule.isInterval()).isTrue();
      assertThat(rule.lowest()).isEqualTo(1);
      rulesAgreeWithWithInput(DESIGN);
      rulesAgreeWithWithInput(FabricDesign.of(SPEED, 4, PRICES));
    }

    @Test
    void anUnknownInputIsRefusedListingTheKnownOnes() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> DESIGN.withInput("switchRadix", 32))
          .withMessage(
              DESIGN
                  + " has no input 'switchRadix'; its inputs: [cablePrice, nicPrice, nicWatts,"
                  + " opticPrice, opticWatts, oversubscription, switchPrice, switchWatts]");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> DESIGN.input("lifeYears"))
          .withMessageStartingWith(DESIGN + " has no input 'lifeYears'; its inputs: [");
    }

    @Test
    void equalComponentsMakeEqualDesigns() {
      FabricPriceList euros =
          new FabricPriceList(eur("30000"), eur("800"), eur("1500"), eur("100"), 1500, 15, 25);
      new EqualsTester()
          .addEqualityGroup(
              DESIGN,
              design(
                  1,
                  Bandwidth.ofGbps(800.0),
                  64,
                  2,
                  1.5,
                  true,
                  8,
                  FabricPriceList.of(usd("30000"), usd("800"), usd("1500"), usd("100"))
                      .withPower(1500, 15, 25)))
          .addEqualityGroup(DESIGN.withNicsPerGpu(2))
          .addEqualityGroup(design(1, Bandwidth.ofGbps(400), 64, 2, 1.5, true, 8, PRICES))
          .addEqualityGroup(DESIGN.withSwitchRadix(32))
          .addEqualityGroup(DESIGN.withTiers(3))
          .addEqualityGroup(DESIGN.withTiers(FabricDesign.SMALLEST_THAT_FITS))
          .addEqualityGroup(DESIGN.withOversubscription(1))
          .addEqualityGroup(DESIGN.withRails(false, 8))
          .addEqualityGroup(DESIGN.withRails(true, 4))
          .addEqualityGroup(DESIGN.withPrices(PRICES.withInput("cablePrice", 50)))
          .addEqualityGroup(DESIGN.withPrices(euros))
          .testEquals();
    }

    @Test
    void toStringIsAShortForm() {
      assertThat(DESIGN).hasToString(DESIGN_TEXT);
      assertThat(FabricDesign.of(SPEED, 64, PRICES))
          .hasToString(
              "FabricDesign[1 x 800 Gb/s per GPU, radix 64, smallest tiers that fit, 1:1]");
      assertThat(design(2, Bandwidth.ofGbps(400), 128, 3, 2, false, 4, PRICES))
          .hasToString("FabricDesign[2 x 400 Gb/s per GPU, radix 128, 3 tiers, 2:1]");
    }

    @Test
    void roundTripsThroughJavaSerialisation() throws Exception {
      assertThat(JavaSerialization.roundTrip(DESIGN)).isEqualTo(DESIGN);
      FabricDesign plain = FabricDesign.of(SPEED, 4, PRICES);
      assertThat(JavaSerialization.roundTrip(plain)).isEqualTo(plain);
    }
  }

  @Nested
  @DisplayName("NetworkFabric")
  class Fabrics {

    @Test
    void holdsItsDesignLifeAndSupportShare() {
      assertThat(FABRIC.design()).isEqualTo(DESIGN);
      assertThat(FABRIC.lifeYears()).isEqualTo(5.0);
      assertThat(FABRIC.annualSupportShare()).isEqualTo(0.1);
      assertThat(NetworkFabric.of(DESIGN, 5, 0.1)).isEqualTo(FABRIC);
      assertThat(NetworkFabric.of(DESIGN, 0.5, 0).annualSupportShare()).isZero();
    }

    @Test
    void withersChangeOneComponent() {
      FabricDesign other = DESIGN.withTiers(3);

      assertThat(FABRIC.withDesign(other)).isEqualTo(NetworkFabric.of(other, 5, 0.1));
      assertThat(FABRIC.withLifeYears(3)).isEqualTo(NetworkFabric.of(DESIGN, 3, 0.1));
      assertThat(FABRIC.withAnnualSupportShare(0.2)).isEqualTo(NetworkFabric.of(DESIGN, 5, 0.2));
      assertThatIllegalArgumentException()
          .isThrownBy(() -> FABRIC.withLifeYears(0))
          .withMessage("lifeYears must be positive but was 0");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> FABRIC.withAnnualSupportShare(-0.5))
          .withMessage("annualSupportShare must not be negative but was -0.5");
      assertThatNullPointerException()
          .isThrownBy(() -> FABRIC.withDesign(null))
          .withMessage("design must not be null");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
      "0, 0",
      "-0.0, 0",
      "-1, -1",
      "-2.5, -2.5",
      "NaN, NaN",
      "Infinity, Infinity",
      "-Infinity, -Infinity"
    })
    void neverWithALifeThatIsNotPositiveAndFinite(double life, String shown) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> NetworkFabric.of(DESIGN, life, 0.1))
          .withMessage("lifeYears must be positive but was " + shown);
      assertThatIllegalArgumentException()
          .isThrownBy(() -> FABRIC.withInput("lifeYears", life))
          .withMessage("lifeYears must be positive but was " + shown);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"-0.1, -0.1", "-1, -1", "NaN, NaN", "Infinity, Infinity"})
    void neverWithANegativeOrNonFiniteSupportShare(double share, String shown) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> NetworkFabric.of(DESIGN, 5, share))
          .withMessage("annualSupportShare must not be negative but was " + shown);
      assertThatIllegalArgumentException()
          .isThrownBy(() -> FABRIC.withInput("annualSupportShare", share))
          .withMessage("annualSupportShare must not be negative but was " + shown);
    }

    @Test
    void neverWithNulls() {
      assertThatNullPointerException()
          .isThrownBy(() -> NetworkFabric.of(null, 5, 0.1))
          .withMessage("design must not be null");
      assertThatNullPointerException()
          .isThrownBy(() -> FABRIC.input(null))
          .withMessage("name must not be null");
      assertThatNullPointerException()
          .isThrownBy(() -> FABRIC.withInput(null, 1))
          .withMessage("name must not be null");
      assertThatNullPointerException()
          .isThrownBy(() -> FABRIC.inputRule(null))
          .withMessage("name must not be null");
    }

    @Test
    void foldsANegativeZeroSupportShare() {
      NetworkFabric negativeZero = NetworkFabric.of(DESIGN, 5, -0.0);
      NetworkFabric zero = NetworkFabric.of(DESIGN, 5, 0);

      assertThat(negativeZero).isEqualTo(zero).hasSameHashCodeAs(zero);
      assertThat(isPositiveZero(negativeZero.annualSupportShare())).isTrue();
      assertThat(FABRIC.withInput("annualSupportShare", -0.0)).isEqualTo(zero);
      assertThat(FABRIC.withInput("switchWatts", -0.0))
          .isEqualTo(FABRIC.withInput("switchWatts", 0))
          .hasSameHashCodeAs(FABRIC.withInput("switchWatts", 0));
    }

    @Test
    void itsInputsAreItsLifeItsSupportShareAndItsDesigns() {
      assertThat(FABRIC.inputNames()).isEqualTo(FABRIC_INPUTS).hasSize(10);
      assertThat(FABRIC.input("lifeYears")).isEqualTo(5.0);
      assertThat(FABRIC.input("annualSupportShare")).isEqualTo(0.1);
      for (String name : DESIGN_INPUTS) {
        assertThat(FABRIC.input(name)).as(name).isEqualTo(DESIGN.input(name));
      }
      for (String name : FABRIC_INPUTS) {
        assertThat(FABRIC.isWholeNumber(name)).as(name).isFalse();
      }
    }

    @Test
    void writingAnInputChangesOnlyThatNumber() {
      withInputChangesOnlyThatNumber(FABRIC);
      assertThat(FABRIC.withInput("lifeYears", 3)).isEqualTo(NetworkFabric.of(DESIGN, 3, 0.1));
      assertThat(FABRIC.withInput("annualSupportShare", 0.2))
          .isEqualTo(NetworkFabric.of(DESIGN, 5, 0.2));
      assertThat(FABRIC.withInput("oversubscription", 4))
          .isEqualTo(NetworkFabric.of(DESIGN.withOversubscription(4), 5, 0.1));
      assertThat(FABRIC.withInput("opticPrice", 600))
          .isEqualTo(NetworkFabric.of(DESIGN.withInput("opticPrice", 600), 5, 0.1));
    }

    @Test
    void itsRulesAreThoseOfItsConstructor() {
      assertThat(FABRIC.inputRule("lifeYears")).isEqualTo(InputRule.positive());
      assertThat(FABRIC.inputRule("annualSupportShare")).isEqualTo(InputRule.notNegative());
      for (String name : DESIGN_INPUTS) {
        assertThat(FABRIC.inputRule(name)).as(name).hasToString(DESIGN.inputRule(name).toString());
      }
      rulesAgreeWithWithInput(FABRIC);
      rulesAgreeWithWithInput(NetworkFabric.of(FabricDesign.of(SPEED, 4, PRICES), 1, 0));
    }

    @Test
    void anUnknownInputIsRefusedListingTheKnownOnes() {
      String message =
          FABRIC
              + " has no input 'tiers'; its inputs: [annualSupportShare, cablePrice, lifeYears,"
              + " nicPrice, nicWatts, opticPrice, opticWatts, oversubscription, switchPrice,"
              + " switchWatts]";
      assertThatIllegalArgumentException()
          .isThrownBy(() -> FABRIC.input("tiers"))
          .withMessage(message);
      assertThatIllegalArgumentException()
          .isThrownBy(() -> FABRIC.withInput("tiers", 3))
          .withMessage(message);
      assertThatIllegalArgumentException()
          .isThrownBy(() -> FABRIC.inputRule("tiers"))
          .withMessage(message);
    }

    @Test
    void equalComponentsMakeEqualFabrics() {
      new EqualsTester()
          .addEqualityGroup(
              FABRIC,
              NetworkFabric.of(DESIGN, 5.0, 0.1),
              NetworkFabric.of(design(1, SPEED, 64, 2, 1.5, true, 8, PRICES), 5, 0.1))
          .addEqualityGroup(NetworkFabric.of(DESIGN.withTiers(3), 5, 0.1))
          .addEqualityGroup(NetworkFabric.of(DESIGN.withPrices(PRICES.withPower(0, 0, 0)), 5, 0.1))
          .addEqualityGroup(NetworkFabric.of(DESIGN, 4, 0.1))
          .addEqualityGroup(NetworkFabric.of(DESIGN, 5, 0.2))
          .addEqualityGroup(NetworkFabric.of(DESIGN, 5, 0), NetworkFabric.of(DESIGN, 5, -0.0))
          .testEquals();
    }

    @Test
    void toStringShowsTheDesignTheLifeAndTheSupportShare() {
      assertThat(FABRIC).hasToString(FABRIC_TEXT);
      assertThat(NetworkFabric.of(FabricDesign.of(SPEED, 64, PRICES), 4.5, 0))
          .hasToString(
              "NetworkFabric[FabricDesign[1 x 800 Gb/s per GPU, radix 64, smallest tiers that fit,"
                  + " 1:1], 4.5 years, support 0 of capex a year]");
    }

    @Test
    void roundTripsThroughJavaSerialisation() throws Exception {
      assertThat(JavaSerialization.roundTrip(FABRIC)).isEqualTo(FABRIC);
    }
  }

  @Nested
  @DisplayName("OptionRole")
  class Roles {

    @Test
    void namesTheHeadAndPathsOfItsFabric() {
      assertThat(OptionRole.CANDIDATE.fabricHead()).isEqualTo("candidate.fabric");
      assertThat(OptionRole.BASELINE.fabricHead()).isEqualTo("baseline.fabric");
      InputPath path = OptionRole.CANDIDATE.fabricPath("lifeYears");
      assertThat(path).isEqualTo(InputPath.of("candidate.fabric.lifeYears"));
      assertThat(path.head()).isEqualTo("candidate");
      assertThat(path.relativeName()).isEqualTo("fabric.lifeYears");
      assertThat(OptionRole.BASELINE.fabricPath("switchPrice"))
          .isEqualTo(InputPath.of("baseline.fabric.switchPrice"));
    }

    @Test
    void refusesABadInputName() {
      assertThatNullPointerException()
          .isThrownBy(() -> OptionRole.CANDIDATE.fabricPath(null))
          .withMessage("inputName must not be null");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> OptionRole.BASELINE.fabricPath("not a name"));
    }
  }

  @Nested
  @DisplayName("in a scenario")
  class InAScenario {

    private final Scenario mixtral = ReferenceArgument.mixtral();
    private final Scenario withCandidate = candidateBuiltAs(mixtral, FABRIC);
    private final NetworkFabric baselineFabric =
        NetworkFabric.of(FabricDesign.of(SPEED, 64, PRICES), 4, 0.15);
    private final Scenario withBoth = baselineBuiltAs(withCandidate, baselineFabric);

    private static Scenario candidateBuiltAs(Scenario s, NetworkFabric fabric) {
      return s.toBuilder().candidate(s.candidate().withFabric(fabric)).build();
    }

    private static Scenario baselineBuiltAs(Scenario s, NetworkFabric fabric) {
      return s.toBuilder().baseline(s.baseline().withFabric(fabric)).build();
    }

    @Test
    void aScenarioHasNoFabricUnlessGivenOne() {
      assertThat(mixtral.fabric(OptionRole.CANDIDATE)).isEmpty();
      assertThat(mixtral.fabric(OptionRole.BASELINE)).isEmpty();
    }

    @Test
    void aCandidateFabricIsTheCandidatesOnly() {
      assertThat(withCandidate.fabric(OptionRole.CANDIDATE)).contains(FABRIC);
      assertThat(withCandidate.fabric(OptionRole.BASELINE)).isEmpty();
      assertThat(withBoth.fabric(OptionRole.CANDIDATE)).contains(FABRIC);
      assertThat(withBoth.fabric(OptionRole.BASELINE)).contains(baselineFabric);
      Scenario baselineOnly = baselineBuiltAs(mixtral, baselineFabric);
      assertThat(baselineOnly.fabric(OptionRole.CANDIDATE)).isEmpty();
      assertThat(baselineOnly.fabric(OptionRole.BASELINE)).contains(baselineFabric);
    }

    @Test
    void aFabricReplacesTheStatedCostByItsTenInputPaths() {
      List<String> candidatePaths =
          FABRIC_INPUTS.stream().map(name -> "candidate.fabric." + name).sorted().toList();

      assertThat(withCandidate.inputPaths())
          .hasSize(mixtral.inputPaths().size() - 1 + 10)
          .doesNotContain(InputPaths.CANDIDATE_ANNUAL_COST_PER_GPU)
          .contains(InputPaths.BASELINE_ANNUAL_COST_PER_GPU)
          .containsAll(
              mixtral.inputPaths().stream()
                  .filter(path -> !path.equals(InputPaths.CANDIDATE_ANNUAL_COST_PER_GPU))
                  .toList())
          .extracting(InputPath::toString)
          .contains(
              "candidate.fabric.lifeYears",
              "candidate.fabric.annualSupportShare",
              "candidate.fabric.switchPrice",
              "candidate.fabric.opticPrice",
              "candidate.fabric.nicPrice",
              "candidate.fabric.cablePrice",
              "candidate.fabric.switchWatts",
              "candidate.fabric.opticWatts",
              "candidate.fabric.nicWatts",
              "candidate.fabric.oversubscription")
          .doesNotContain("baseline.fabric.lifeYears");
      assertThat(withCandidate.inputPaths())
          .filteredOn(path -> path.relativeName().startsWith("fabric."))
          .extracting(InputPath::toString)
          .containsExactlyElementsOf(candidatePaths);
      assertThat(withBoth.inputPaths()).hasSize(mixtral.inputPaths().size() - 2 + 20);
      for (String name : FABRIC_INPUTS) {
        assertThat(withBoth.inputPaths())
            .contains(OptionRole.CANDIDATE.fabricPath(name), OptionRole.BASELINE.fabricPath(name));
      }
    }

    @Test
    void readsTheFabricsInputsByPath() {
      for (String name : FABRIC_INPUTS) {
        assertThat(withBoth.valueAt(OptionRole.CANDIDATE.fabricPath(name)))
            .as(name)
            .isEqualTo(FABRIC.input(name));
        assertThat(withBoth.valueAt("baseline.fabric." + name))
            .as(name)
            .isEqualTo(baselineFabric.input(name));
      }
      assertThat(withCandidate.valueAt("candidate.fabric.lifeYears")).isEqualTo(5.0);
      assertThat(withCandidate.valueAt("candidate.fabric.switchPrice")).isEqualTo(30000.0);
      assertThat(withCandidate.valueAt("candidate.fabric.oversubscription")).isEqualTo(1.5);
    }

    @Test
    void replacesAFabricInputThroughTheFabric() {
      Scenario changed = withCandidate.with("candidate.fabric.lifeYears", 3);

      assertThat(changed.fabric(OptionRole.CANDIDATE)).contains(NetworkFabric.of(DESIGN, 3, 0.1));
      assertThat(changed)
          .isEqualTo(candidateBuiltAs(mixtral, NetworkFabric.of(DESIGN, 3, 0.1)))
          .isEqualTo(withCandidate.with(OptionRole.CANDIDATE.fabricPath("lifeYears"), 3));
      assertThat(changed.valueAt("candidate.fabric.lifeYears")).isEqualTo(3.0);
      for (InputPath other : withCandidate.inputPaths()) {
        if (!other.toString().equals("candidate.fabric.lifeYears")) {
          assertThat(changed.valueAt(other))
              .as(other.toString())
              .isEqualTo(withCandidate.valueAt(other));
        }
      }
      assertThat(
              withCandidate
                  .with("candidate.fabric.switchPrice", 25000)
                  .fabric(OptionRole.CANDIDATE))
          .contains(FABRIC.withInput("switchPrice", 25000));
      assertThat(withBoth.with("baseline.fabric.oversubscription", 2).fabric(OptionRole.BASELINE))
          .contains(baselineFabric.withInput("oversubscription", 2));
      assertThat(withBoth.with("baseline.fabric.oversubscription", 2).fabric(OptionRole.CANDIDATE))
          .contains(FABRIC);
    }

    @Test
    void writingEveryFabricValueBackGivesAnEqualScenario() {
      for (InputPath path : withBoth.inputPaths()) {
        assertThat(withBoth.with(path, withBoth.valueAt(path)))
            .as(path.toString())
            .isEqualTo(withBoth);
      }
    }

    @Test
    void aBrokenFabricRuleFailsWithTheValuesMessage() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> withCandidate.with("candidate.fabric.lifeYears", 0))
          .withMessage("candidate.fabric.lifeYears must be positive but was 0");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> withCandidate.with("candidate.fabric.oversubscription", 0.5))
          .withMessage(
              "candidate.fabric.oversubscription must be finite and at least 1 but was 0.5");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> withCandidate.with("candidate.fabric.nicPrice", -1))
          .withMessage("candidate.fabric.nicPrice must not be negative but was -1");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> withCandidate.with("candidate.fabric.switchPrice", Double.NaN))
          .withMessage("candidate.fabric.switchPrice must be finite but was NaN");
    }

    @Test
    void theRuleOfAFabricPathAgreesWithWith() {
      for (InputPath path : withBoth.inputPaths()) {
        if (!path.relativeName().startsWith("fabric.")) {
          continue;
        }
        InputRule rule = withBoth.inputRule(path);
        DoublePredicate accepted =
            value -> {
              try {
                withBoth.with(path, value);
                return true;
              } catch (IllegalArgumentException e) {
                return false;
              }
            };
        for (double value : PROBES) {
          assertThat(rule.test(value)).as("%s = %s", path, value).isEqualTo(accepted.test(value));
        }
      }
    }

    @Test
    void aFabricPathWithoutAFabricSaysWhy() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> mixtral.valueAt("candidate.fabric.lifeYears"))
          .isInstanceOf(UnknownInputPathException.class)
          .withMessageStartingWith(
              "Input path 'candidate.fabric.lifeYears' does not apply: the candidate option of"
                  + " scenario '"
                  + mixtral.name()
                  + "' has no input 'fabric.lifeYears' ("
                  + mixtral.candidate()
                  + ")");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> withCandidate.with("baseline.fabric.switchPrice", 1))
          .isInstanceOf(UnknownInputPathException.class)
          .withMessageStartingWith(
              "Input path 'baseline.fabric.switchPrice' does not apply: the baseline option of"
                  + " scenario '"
                  + mixtral.name()
                  + "' has no input 'fabric.switchPrice' ("
                  + mixtral.baseline()
                  + ")");
      // and the stated cost of an option built as a fabric
      assertThatIllegalArgumentException()
          .isThrownBy(() -> withCandidate.valueAt(InputPaths.CANDIDATE_ANNUAL_COST_PER_GPU))
          .isInstanceOf(UnknownInputPathException.class)
          .withMessageStartingWith(
              "Input path 'candidate.annualCostPerGpu' does not apply: the candidate option of"
                  + " scenario '"
                  + mixtral.name()
                  + "' has no input 'annualCostPerGpu' ("
                  + withCandidate.candidate()
                  + ")");
      // a name no fabric has is merely unknown
      assertThatIllegalArgumentException()
          .isThrownBy(() -> mixtral.valueAt("candidate.fabric.leafCount"))
          .withMessageStartingWith("Unknown input path 'candidate.fabric.leafCount'");
    }

    @Test
    void aFabricPricedInAnotherCurrencyIsRefused() {
      FabricPriceList euros =
          new FabricPriceList(eur("30000"), eur("800"), eur("1500"), eur("100"), 1500, 15, 25);
      NetworkFabric euroFabric = NetworkFabric.of(DESIGN.withPrices(euros), 5, 0.1);

      CurrencyMismatchException candidate =
          catchThrowableOfType(
              CurrencyMismatchException.class, () -> candidateBuiltAs(mixtral, euroFabric));
      assertThat(candidate)
          .hasMessage("Currencies differ: USD/EUR (candidate.fabric.prices vs fleet.unitPrice)");
      assertThat(candidate.getExpected()).isEqualTo(USD);
      assertThat(candidate.getActual()).isEqualTo(EUR);
      assertThat(
              catchThrowableOfType(
                  CurrencyMismatchException.class, () -> baselineBuiltAs(mixtral, euroFabric)))
          .hasMessage("Currencies differ: USD/EUR (baseline.fabric.prices vs fleet.unitPrice)");
    }

    @Test
    void refusesNulls() {
      assertThatNullPointerException()
          .isThrownBy(() -> mixtral.candidate().withFabric(null))
          .withMessage("fabric must not be null");
      assertThatNullPointerException()
          .isThrownBy(() -> withCandidate.fabric(null))
          .withMessage("role must not be null");
    }

    @Test
    void toBuilderAndWithersKeepTheFabrics() {
      assertThat(withBoth.toBuilder().build()).isEqualTo(withBoth);
      assertThat(withBoth.toBuilder().build().fabric(OptionRole.CANDIDATE)).contains(FABRIC);
      assertThat(withBoth.toBuilder().build().fabric(OptionRole.BASELINE)).contains(baselineFabric);
      assertThat(withBoth.withName("other").fabric(OptionRole.CANDIDATE)).contains(FABRIC);
      assertThat(withBoth.withName("other").fabric(OptionRole.BASELINE)).contains(baselineFabric);
      Scenario repriced = withBoth.withPricing(PricingModel.perGpuHour(usd("2")));
      assertThat(repriced.fabric(OptionRole.CANDIDATE)).contains(FABRIC);
      assertThat(repriced.fabric(OptionRole.BASELINE)).contains(baselineFabric);
      assertThat(withBoth.with("candidate.effectiveFraction", 0.9).fabric(OptionRole.BASELINE))
          .contains(baselineFabric);
    }

    @Test
    void equalsAndHashCodeIncludeTheFabrics() {
      new EqualsTester()
          .addEqualityGroup(
              mixtral, mixtral.toBuilder().build(), ReferenceArgument.mixtral().toBuilder().build())
          .addEqualityGroup(
              withCandidate,
              candidateBuiltAs(ReferenceArgument.mixtral(), NetworkFabric.of(DESIGN, 5.0, 0.1)))
          .addEqualityGroup(withCandidate.with("candidate.fabric.lifeYears", 4))
          .addEqualityGroup(withCandidate.with("candidate.fabric.nicWatts", 0))
          .addEqualityGroup(baselineBuiltAs(mixtral, FABRIC))
          .addEqualityGroup(withBoth, withBoth.toBuilder().build())
          .addEqualityGroup(baselineBuiltAs(withCandidate, FABRIC))
          .testEquals();
    }

    @Test
    void toStringShowsTheFabricsInTheirOptions() {
      String candidate =
          "NetworkOption[AI Ethernet: 800 Gb/s x 0.95, built as " + FABRIC_TEXT + "]";
      String baseline =
          "NetworkOption[Traditional Ethernet: 800 Gb/s x 0.6, built as NetworkFabric[FabricDesign[1"
              + " x 800 Gb/s per GPU, radix 64, smallest tiers that fit, 1:1], 4 years, support 0.15"
              + " of capex a year]]";

      assertThat(mixtral.toString()).doesNotContain("built as");
      assertThat(withCandidate.candidate()).hasToString(candidate);
      assertThat(withBoth.baseline()).hasToString(baseline);
      assertThat(withBoth.toString())
          .contains("candidate " + candidate + ", baseline " + baseline + ", ");
    }

    @Test
    void roundTripsThroughJavaSerialisation() throws Exception {
      Object copy = JavaSerialization.roundTrip(withBoth);

      assertThat(copy).isEqualTo(withBoth);
      assertThat(((Scenario) copy).fabric(OptionRole.CANDIDATE)).contains(FABRIC);
      assertThat(((Scenario) copy).fabric(OptionRole.BASELINE)).contains(baselineFabric);
    }
  }
}
