package dev.netroi;

import static dev.netroi.TestMoney.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.testing.NullPointerTester;
import dev.netroi.reference.ReferenceArgument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading and replacing a scenario's inputs by {@link InputPath}. */
@DisplayName("Scenario inputs")
class ScenarioInputsTest {

  private static final Scenario MIXTRAL = ReferenceArgument.mixtral();

  private static final String MIXTRAL_PATHS =
      "[baseline.annualCostPerGpu, baseline.effectiveFraction, baseline.portSpeed,"
          + " candidate.annualCostPerGpu, candidate.effectiveFraction, candidate.portSpeed,"
          + " fleet.count, fleet.unitPrice, market.activeGpus, market.blendedAsp,"
          + " market.gpusSoldLastQuarter, market.modelAsp, market.networkRunRate, pricing.price,"
          + " pricing.tokenPriceOrigin, yearBasis.days]";

  /** Every path of the reference mixtral scenario, with its value. */
  private static Map<String, Double> mixtralValues() {
    Map<String, Double> values = new LinkedHashMap<>();
    values.put("baseline.annualCostPerGpu", 3900.0);
    values.put("baseline.effectiveFraction", 0.60);
    values.put("baseline.portSpeed", 800.0);
    values.put("candidate.annualCostPerGpu", 3900.0);
    values.put("candidate.effectiveFraction", 0.95);
    values.put("candidate.portSpeed", 800.0);
    values.put("fleet.count", 1024.0);
    values.put("fleet.unitPrice", 30000.0);
    values.put("market.activeGpus", 3_300_000.0);
    values.put("market.blendedAsp", 21700.0);
    values.put("market.gpusSoldLastQuarter", 608_000.0);
    values.put("market.modelAsp", 30000.0);
    values.put("market.networkRunRate", 13_000_000_000.0);
    values.put("pricing.price", 0.27);
    values.put("pricing.tokenPriceOrigin", 0.27);
    values.put("yearBasis.days", 365.0);
    return values;
  }

  /** Each path of the mixtral scenario with a new valid value and what the value becomes. */
  static Stream<Arguments> mixtralChanges() {
    Scenario s = MIXTRAL;
    return Stream.of(
        Arguments.of("fleet.count", 2048.0, s.toBuilder().fleet(s.fleet().withCount(2048)).build()),
        Arguments.of(
            "fleet.unitPrice",
            25000.0,
            s.toBuilder().fleet(GpuFleet.of("H100", 1024, usd("25000"))).build()),
        Arguments.of(
            "candidate.portSpeed",
            400.0,
            s.toBuilder()
                .candidate(
                    NetworkOption.of("AI Ethernet", Bandwidth.ofGbps(400), 0.95, usd("3900")))
                .build()),
        Arguments.of(
            "candidate.effectiveFraction",
            0.9,
            s.toBuilder().candidate(s.candidate().withEffectiveFraction(0.9)).build()),
        Arguments.of(
            "candidate.annualCostPerGpu",
            3000.0,
            s.toBuilder().candidate(s.candidate().withAnnualCostPerGpu(usd("3000"))).build()),
        Arguments.of(
            "baseline.portSpeed",
            400.0,
            s.toBuilder()
                .baseline(
                    NetworkOption.of(
                        "Traditional Ethernet", Bandwidth.ofGbps(400), 0.60, usd("3900")))
                .build()),
        Arguments.of(
            "baseline.effectiveFraction",
            0.5,
            s.toBuilder().baseline(s.baseline().withEffectiveFraction(0.5)).build()),
        Arguments.of(
            "baseline.annualCostPerGpu",
            0.0,
            s.toBuilder().baseline(s.baseline().withAnnualCostPerGpu(usd("0"))).build()),
        Arguments.of(
            "pricing.price",
            0.3,
            s.withPricing(PricingModel.perGpuMinute(usd("0.3")).withTokenPriceOrigin(usd("0.27")))),
        Arguments.of(
            "pricing.tokenPriceOrigin",
            0.9,
            s.withPricing(PricingModel.perGpuMinute(usd("0.27")).withTokenPriceOrigin(usd("0.9")))),
        Arguments.of(
            "yearBasis.days", 360.0, s.toBuilder().yearBasis(YearBasis.ofDays(360)).build()),
        Arguments.of(
            "market.networkRunRate",
            12e9,
            s.toBuilder()
                .market(s.market().orElseThrow().withInput("networkRunRate", 12e9))
                .build()),
        Arguments.of(
            "market.activeGpus",
            3e6,
            s.toBuilder().market(s.market().orElseThrow().withInput("activeGpus", 3e6)).build()),
        Arguments.of(
            "market.gpusSoldLastQuarter",
            500_000.0,
            s.toBuilder()
                .market(s.market().orElseThrow().withInput("gpusSoldLastQuarter", 500_000))
                .build()),
        Arguments.of(
            "market.blendedAsp",
            20000.0,
            s.toBuilder().market(s.market().orElseThrow().withInput("blendedAsp", 20000)).build()),
        Arguments.of(
            "market.modelAsp",
            25000.0,
            s.toBuilder().market(s.market().orElseThrow().withInput("modelAsp", 25000)).build()));
  }

  /** The nine lifetime paths, sorted by name. */
  private static final List<InputPath> LIFETIME_PATHS =
      List.of(
          InputPaths.LIFETIME_DISCOUNT_RATE,
          InputPaths.LIFETIME_ELECTRICITY_PRICE_PER_KWH,
          InputPaths.LIFETIME_FIRST_YEAR_RAMP,
          InputPaths.LIFETIME_GPU_LIFE_YEARS,
          InputPaths.LIFETIME_GPU_RESIDUAL_SHARE,
          InputPaths.LIFETIME_GPU_WATTS,
          InputPaths.LIFETIME_HORIZON_YEARS,
          InputPaths.LIFETIME_HOSTING_PRICE_PER_KW_MONTH,
          InputPaths.LIFETIME_PUE);

  /** Lifetime terms in USD, with no field at its default. */
  private static final Lifetime LIFETIME =
      Lifetime.builder()
          .horizonYears(5)
          .discountRate(0.08)
          .gpuLifeYears(4)
          .gpuResidualShare(0.1)
          .gpuWatts(1275)
          .pue(1.3)
          .electricityPricePerKwh(usd("0.08"))
          .hostingPricePerKwMonth(usd("150"))
          .firstYearRamp(0.5)
          .build();

  /** Each lifetime path with the value it has in {@link #LIFETIME}. */
  private static Map<String, Double> lifetimeValues() {
    Map<String, Double> values = new LinkedHashMap<>();
    values.put("lifetime.discountRate", 0.08);
    values.put("lifetime.electricityPricePerKwh", 0.08);
    values.put("lifetime.firstYearRamp", 0.5);
    values.put("lifetime.gpuLifeYears", 4.0);
    values.put("lifetime.gpuResidualShare", 0.1);
    values.put("lifetime.gpuWatts", 1275.0);
    values.put("lifetime.horizonYears", 5.0);
    values.put("lifetime.hostingPricePerKwMonth", 150.0);
    values.put("lifetime.pue", 1.3);
    return values;
  }

  /** Each lifetime path with a new valid value and the lifetime terms it makes. */
  static Stream<Arguments> lifetimeChanges() {
    return Stream.of(
        Arguments.of("lifetime.horizonYears", 10.0, LIFETIME.withHorizonYears(10)),
        Arguments.of("lifetime.discountRate", 0.1, LIFETIME.withDiscountRate(0.1)),
        Arguments.of("lifetime.gpuLifeYears", 6.0, LIFETIME.withGpuLifeYears(6)),
        Arguments.of("lifetime.gpuResidualShare", 0.2, LIFETIME.withGpuResidualShare(0.2)),
        Arguments.of("lifetime.gpuWatts", 700.0, LIFETIME.withGpuWatts(700)),
        Arguments.of("lifetime.pue", 1.58, LIFETIME.withPue(1.58)),
        Arguments.of(
            "lifetime.electricityPricePerKwh",
            0.12,
            LIFETIME.withElectricityPricePerKwh(usd("0.12"))),
        Arguments.of(
            "lifetime.hostingPricePerKwMonth", 0.0, LIFETIME.withHostingPricePerKwMonth(usd("0"))),
        Arguments.of("lifetime.firstYearRamp", 1.0, LIFETIME.withFirstYearRamp(1)));
  }

  /** A throughput model of the test's own with one input, as a plug-in would bring. */
  record Scaled(double factor) implements ThroughputModel {
    @Override
    public String name() {
      return "scaled " + factor;
    }

    @Override
    public String formula() {
      return "throughput factor = " + factor + " x effective-bandwidth fraction";
    }

    @Override
    public double throughputFactor(NetworkOption option, Scenario scenario) {
      return factor * option.effectiveFraction();
    }

    @Override
    public Set<String> inputNames() {
      return Set.of("factor");
    }

    @Override
    public double input(String name) {
      return factor;
    }

    @Override
    public ThroughputModel withInput(String name, double value) {
      return new Scaled(value);
    }
  }

  /** A throughput model of the test's own without inputs. */
  record Fixed() implements ThroughputModel {
    @Override
    public String name() {
      return "fixed";
    }

    @Override
    public String formula() {
      return "throughput factor = 1";
    }

    @Override
    public double throughputFactor(NetworkOption option, Scenario scenario) {
      return 1;
    }
  }

  @Nested
  @DisplayName("on the reference scenario")
  class Reference {

    @Test
    void hasEveryApplicablePathSorted() {
      assertThat(MIXTRAL.inputPaths())
          .hasToString(MIXTRAL_PATHS)
          .extracting(InputPath::toString)
          .containsExactlyElementsOf(mixtralValues().keySet());
      assertThat(InputPaths.all()).containsAll(MIXTRAL.inputPaths());
    }

    @Test
    void readsEveryPathByPathAndByName() {
      mixtralValues()
          .forEach(
              (path, value) -> {
                assertThat(MIXTRAL.valueAt(path)).as(path).isEqualTo(value);
                assertThat(MIXTRAL.valueAt(InputPath.of(path))).as(path).isEqualTo(value);
              });
    }

    @Test
    void writingEveryValueBackGivesAnEqualScenario() {
      for (InputPath path : MIXTRAL.inputPaths()) {
        assertThat(MIXTRAL.with(path, MIXTRAL.valueAt(path)))
            .as(path.toString())
            .isEqualTo(MIXTRAL);
      }
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("dev.netroi.ScenarioInputsTest#mixtralChanges")
    void replacesOneInputThroughItsValue(String path, double value, Scenario expected) {
      Scenario changed = MIXTRAL.with(path, value);

      assertThat(changed).isEqualTo(expected).isEqualTo(MIXTRAL.with(InputPath.of(path), value));
      assertThat(changed.valueAt(path)).isEqualTo(value);
      for (InputPath other : MIXTRAL.inputPaths()) {
        if (!other.toString().equals(path)) {
          assertThat(changed.valueAt(other)).as(other.toString()).isEqualTo(MIXTRAL.valueAt(other));
        }
      }
    }

    @Test
    void keepsTheNameAndTheCurrency() {
      Scenario changed = MIXTRAL.with(InputPaths.CANDIDATE_ANNUAL_COST_PER_GPU, 3000);

      assertThat(changed.name()).isEqualTo(MIXTRAL.name());
      assertThat(changed.candidate().statedAnnualCostPerGpu().orElseThrow()).isEqualTo(usd("3000"));
    }
  }

  @Nested
  @DisplayName("optional inputs")
  class OptionalInputs {

    private final Scenario full =
        MIXTRAL.toBuilder()
            .fleet(MIXTRAL.fleet().withSoldUtilisation(0.85))
            .pricing(PricingModel.perMillionTokens(usd("0.27"), 2500))
            .throughputModel(new Scaled(0.5))
            .build();

    @Test
    void areReadAndReplacedWhenTheScenarioHasThem() {
      assertThat(full.inputPaths())
          .extracting(InputPath::toString)
          .contains(
              "fleet.soldUtilisation", "pricing.tokensPerSecondPerGpu", "throughputModel.factor")
          .doesNotContain("pricing.tokenPriceOrigin");
      assertThat(full.valueAt("fleet.soldUtilisation")).isEqualTo(0.85);
      assertThat(full.valueAt("pricing.tokensPerSecondPerGpu")).isEqualTo(2500.0);
      assertThat(full.valueAt("throughputModel.factor")).isEqualTo(0.5);
      assertThat(full.with("fleet.soldUtilisation", 0.5).fleet().soldUtilisation()).hasValue(0.5);
      assertThat(full.with("pricing.tokensPerSecondPerGpu", 3000).pricing())
          .isEqualTo(PricingModel.perMillionTokens(usd("0.27"), 3000));
      assertThat(full.with("throughputModel.factor", 0.25).throughputModel())
          .contains(new Scaled(0.25));
    }
  }

  @Nested
  @DisplayName("lifetime terms")
  class LifetimeTerms {

    private final Scenario withLifetime = MIXTRAL.toBuilder().lifetime(LIFETIME).build();

    private final Scenario bare = MIXTRAL.withName("x");

    @Test
    void addTheNineLifetimePaths() {
      assertThat(withLifetime.inputPaths())
          .hasSize(MIXTRAL.inputPaths().size() + 9)
          .containsAll(MIXTRAL.inputPaths())
          .containsAll(LIFETIME_PATHS);
      assertThat(withLifetime.inputPaths())
          .filteredOn(path -> path.head().equals("lifetime"))
          .containsExactlyElementsOf(LIFETIME_PATHS);
      assertThat(MIXTRAL.inputPaths()).doesNotContainAnyElementsOf(LIFETIME_PATHS);
    }

    @Test
    void readsEveryLifetimePathByPathAndByName() {
      lifetimeValues()
          .forEach(
              (path, value) -> {
                assertThat(withLifetime.valueAt(path)).as(path).isEqualTo(value);
                assertThat(withLifetime.valueAt(InputPath.of(path))).as(path).isEqualTo(value);
              });
      assertThat(lifetimeValues().keySet())
          .containsExactlyElementsOf(LIFETIME_PATHS.stream().map(InputPath::toString).toList());
    }

    @Test
    void writingEveryValueBackGivesAnEqualScenario() {
      for (InputPath path : withLifetime.inputPaths()) {
        assertThat(withLifetime.with(path, withLifetime.valueAt(path)))
            .as(path.toString())
            .isEqualTo(withLifetime);
      }
    }

    @Test
    void replacesTheDiscountRate() {
      Scenario changed = withLifetime.with("lifetime.discountRate", 0.1);

      assertThat(changed.lifetime()).contains(LIFETIME.withDiscountRate(0.1));
      assertThat(changed.valueAt(InputPaths.LIFETIME_DISCOUNT_RATE)).isEqualTo(0.1);
      assertThat(changed)
          .isEqualTo(withLifetime.with(InputPaths.LIFETIME_DISCOUNT_RATE, 0.1))
          .isEqualTo(MIXTRAL.toBuilder().lifetime(LIFETIME.withDiscountRate(0.1)).build());
      assertThat(changed.name()).isEqualTo(withLifetime.name());
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("dev.netroi.ScenarioInputsTest#lifetimeChanges")
    void replacesOneLifetimeInputThroughTheTerms(String path, double value, Lifetime expected) {
      Scenario changed = withLifetime.with(path, value);

      assertThat(changed.lifetime()).contains(expected);
      assertThat(changed).isEqualTo(MIXTRAL.toBuilder().lifetime(expected).build());
      assertThat(changed.valueAt(path)).isEqualTo(value);
      for (InputPath other : withLifetime.inputPaths()) {
        if (!other.toString().equals(path)) {
          assertThat(changed.valueAt(other))
              .as(other.toString())
              .isEqualTo(withLifetime.valueAt(other));
        }
      }
    }

    @Test
    void theChangesCoverEveryLifetimePath() {
      assertThat(lifetimeChanges().map(arguments -> (String) arguments.get()[0]))
          .containsExactlyInAnyOrderElementsOf(lifetimeValues().keySet());
    }

    @Test
    void aBrokenLifetimeRuleFailsWithTheTermsMessage() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> withLifetime.with("lifetime.horizonYears", 2.5))
          .withMessage("lifetime.horizonYears must be a whole number but was 2.5");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> withLifetime.with("lifetime.horizonYears", 0))
          .withMessage(
              "lifetime.horizonYears must be a whole number of years from 1 to 100 but was 0");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> withLifetime.with("lifetime.discountRate", -1))
          .withMessage("lifetime.discountRate must be above -1 (-100 %) and at most 10 but was -1");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> withLifetime.with("lifetime.pue", 0.9))
          .withMessage("lifetime.pue must be finite and at least 1 but was 0.9");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> withLifetime.with("lifetime.electricityPricePerKwh", -0.01))
          .withMessage("lifetime.electricityPricePerKwh must not be negative but was -0.01");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> withLifetime.with("lifetime.discountRate", Double.NaN))
          .withMessage("lifetime.discountRate must be finite but was NaN");
    }

    @Test
    void theRuleOfALifetimePathAgreesWithWith() {
      double[] probes = {
        -2,
        -1,
        -0.5,
        -0.0,
        0,
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
        Double.NaN,
        Double.POSITIVE_INFINITY
      };
      for (InputPath path : LIFETIME_PATHS) {
        InputRule rule = withLifetime.inputRule(path);
        for (double value : probes) {
          boolean accepted;
          try {
            withLifetime.with(path, value);
            accepted = true;
          } catch (IllegalArgumentException e) {
            accepted = false;
          }
          assertThat(rule.test(value)).as("%s = %s", path, value).isEqualTo(accepted);
        }
      }
      assertThat(withLifetime.inputRule(InputPaths.LIFETIME_HORIZON_YEARS).isWholeNumbers())
          .isTrue();
      assertThat(withLifetime.inputRule(InputPaths.LIFETIME_DISCOUNT_RATE))
          .isEqualTo(InputRule.range(-1, 10));
    }

    @Test
    void aLifetimePathWithoutLifetimeTermsSaysWhy() {
      String knownPaths = bare.inputPaths().toString();
      for (InputPath path : LIFETIME_PATHS) {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> bare.valueAt(path))
            .isInstanceOf(UnknownInputPathException.class)
            .withMessage(
                "Input path '"
                    + path
                    + "' does not apply: scenario 'x' has no lifetime terms; known paths: "
                    + knownPaths);
        assertThatIllegalArgumentException()
            .isThrownBy(() -> bare.with(path.toString(), 1))
            .isInstanceOf(UnknownInputPathException.class)
            .withMessageStartingWith(
                "Input path '"
                    + path
                    + "' does not apply: scenario 'x' has no lifetime terms; known paths: ");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> bare.inputRule(path))
            .isInstanceOf(UnknownInputPathException.class)
            .withMessageContaining("has no lifetime terms");
      }
    }

    @Test
    void aNameNoLifetimeHasIsMerelyUnknown() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> bare.valueAt("lifetime.horizon"))
          .isInstanceOf(UnknownInputPathException.class)
          .withMessage(
              "Unknown input path 'lifetime.horizon' for scenario 'x'; known paths: "
                  + bare.inputPaths());
      assertThatIllegalArgumentException()
          .isThrownBy(() -> withLifetime.with("lifetime.horizon", 5))
          .isInstanceOf(UnknownInputPathException.class)
          .withMessageStartingWith("Unknown input path 'lifetime.horizon' for scenario '");
    }
  }

  @Nested
  @DisplayName("errors")
  class Errors {

    private final Scenario bare =
        Scenario.builder()
            .name("x")
            .fleet(ReferenceArgument.fleet())
            .candidate(ReferenceArgument.aiEthernet())
            .baseline(ReferenceArgument.traditionalEthernet())
            .pricing(PricingModel.perGpuHour(usd("2")))
            .build();

    private final String barePaths =
        "[baseline.annualCostPerGpu, baseline.effectiveFraction, baseline.portSpeed,"
            + " candidate.annualCostPerGpu, candidate.effectiveFraction, candidate.portSpeed,"
            + " fleet.count, fleet.unitPrice, pricing.price, yearBasis.days]";

    @Test
    void aMisspeltPathListsTheKnownPaths() {
      UnknownInputPathException e =
          catchThrowableOfType(
              UnknownInputPathException.class, () -> bare.valueAt("candidate.effectivFraction"));

      assertThat(e)
          .hasMessage(
              "Unknown input path 'candidate.effectivFraction' for scenario 'x'; known paths: "
                  + barePaths);
      assertThat(e.getPath()).isEqualTo(InputPath.of("candidate.effectivFraction"));
      assertThat(e.getKnownPaths()).isEqualTo(bare.inputPaths());
    }

    @Test
    void anUnknownPartIsAnUnknownPath() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> bare.with("fabric.leafCount", 4))
          .isInstanceOf(UnknownInputPathException.class)
          .withMessage(
              "Unknown input path 'fabric.leafCount' for scenario 'x'; known paths: " + barePaths);
      assertThatIllegalArgumentException()
          .isThrownBy(() -> bare.valueAt("market.label"))
          .withMessageStartingWith("Unknown input path 'market.label' for scenario 'x';");
    }

    @Test
    void aMarketPathWithoutAMarketSaysWhy() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> bare.valueAt(InputPaths.MARKET_ACTIVE_GPUS))
          .isInstanceOf(UnknownInputPathException.class)
          .withMessage(
              "Input path 'market.activeGpus' does not apply: scenario 'x' has no market"
                  + " snapshot; known paths: "
                  + barePaths);
      assertThatIllegalArgumentException()
          .isThrownBy(() -> bare.with(InputPaths.MARKET_BLENDED_ASP, 1))
          .withMessageStartingWith(
              "Input path 'market.blendedAsp' does not apply: scenario 'x' has no market snapshot;");
    }

    @Test
    void anOptionalInputThatIsAbsentSaysWhy() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> bare.valueAt(InputPaths.FLEET_SOLD_UTILISATION))
          .withMessage(
              "Input path 'fleet.soldUtilisation' does not apply: the fleet of scenario 'x' has"
                  + " no input 'soldUtilisation' (GpuFleet[H100 x 1,024 @ USD 30000.00]); known"
                  + " paths: "
                  + barePaths);
      assertThatIllegalArgumentException()
          .isThrownBy(() -> bare.with(InputPaths.PRICING_TOKENS_PER_SECOND_PER_GPU, 2500))
          .withMessageStartingWith(
              "Input path 'pricing.tokensPerSecondPerGpu' does not apply: the pricing model of"
                  + " scenario 'x' has no input 'tokensPerSecondPerGpu' (PerGpuTime[USD 2.00 per"
                  + " GPU-hour]);");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> bare.valueAt(InputPaths.PRICING_TOKEN_PRICE_ORIGIN))
          .withMessageStartingWith("Input path 'pricing.tokenPriceOrigin' does not apply:");
    }

    @Test
    void aThroughputModelPathSaysWhetherThereIsAModel() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> bare.valueAt(InputPaths.THROUGHPUT_MODEL_EXPOSED_COMMUNICATION_SHARE))
          .withMessageStartingWith(
              "Input path 'throughputModel.exposedCommunicationShare' does not apply: scenario 'x'"
                  + " has no throughput model;");
      Scenario fixed = bare.toBuilder().throughputModel(new Fixed()).build();
      assertThatIllegalArgumentException()
          .isThrownBy(() -> fixed.with(InputPaths.THROUGHPUT_MODEL_EXPOSED_COMMUNICATION_SHARE, 1))
          .withMessageStartingWith(
              "Input path 'throughputModel.exposedCommunicationShare' does not apply: the"
                  + " throughput model of scenario 'x' has no input 'exposedCommunicationShare'"
                  + " (Fixed[]);");
    }

    @Test
    void aBrokenRuleFailsWithTheValuesMessage() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> MIXTRAL.with("candidate.effectiveFraction", 1.3))
          .withMessage("candidate.effectiveFraction must be in (0, 1] but was 1.3");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> MIXTRAL.with("fleet.count", 0))
          .withMessage("fleet.count must be positive but was 0");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> MIXTRAL.with("fleet.unitPrice", -1))
          .withMessage("fleet.unitPrice must not be negative but was -1");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> MIXTRAL.with("yearBasis.days", 400))
          .withMessage("yearBasis.days must be in (0, 366] but was 400");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> MIXTRAL.with("market.modelAsp", 0))
          .withMessage("market.modelAsp must be positive but was 0");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> MIXTRAL.with("pricing.price", -0.5))
          .withMessage("pricing.price must not be negative but was -0.5");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> MIXTRAL.with("market.blendedAsp", -2))
          .withMessage("market.blendedAsp must be positive but was -2");
    }

    @Test
    void aCountMustBeAWholeNumber() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> MIXTRAL.with("fleet.count", 2.5))
          .withMessage("fleet.count must be a whole number but was 2.5");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> MIXTRAL.with("market.activeGpus", 1e6 + 0.5))
          .withMessage("market.activeGpus must be a whole number but was 1000000.5");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> MIXTRAL.with("market.gpusSoldLastQuarter", 1e19))
          .withMessage("market.gpusSoldLastQuarter must be a whole number but was 1.0E19");
    }

    @Test
    void aValueMustBeFinite() {
      for (double value : List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY)) {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> MIXTRAL.with("candidate.annualCostPerGpu", value))
            .withMessage("candidate.annualCostPerGpu must be finite but was " + value);
        assertThatIllegalArgumentException()
            .isThrownBy(() -> MIXTRAL.with("fleet.count", value))
            .withMessage("fleet.count must be finite but was " + value);
      }
    }

    @Test
    void aPathMustBeValid() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> MIXTRAL.valueAt("count"))
          .withMessageStartingWith("path must have at least two dot-separated segments");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> MIXTRAL.with("fleet.Count", 1))
          .withMessageStartingWith("path segments must be lowerCamel words");
      assertThatNullPointerException()
          .isThrownBy(() -> MIXTRAL.valueAt((InputPath) null))
          .withMessage("path must not be null");
      assertThatNullPointerException()
          .isThrownBy(() -> MIXTRAL.with((String) null, 1))
          .withMessage("path must not be null");
    }

    @Test
    void theExceptionRefusesNullsAndCopiesTheKnownPaths() {
      new NullPointerTester()
          .setDefault(InputPath.class, InputPaths.FLEET_COUNT)
          .testAllPublicConstructors(UnknownInputPathException.class);
      List<InputPath> known = new ArrayList<>(List.of(InputPaths.FLEET_COUNT));
      UnknownInputPathException e =
          new UnknownInputPathException(InputPaths.FLEET_UNIT_PRICE, "y", known, "");
      known.clear();

      assertThat(e.getKnownPaths()).containsExactly(InputPaths.FLEET_COUNT);
      assertThat(e.getPath()).isEqualTo(InputPaths.FLEET_UNIT_PRICE);
      assertThat(e)
          .hasMessage(
              "Unknown input path 'fleet.unitPrice' for scenario 'y'; known paths: [fleet.count]");
    }
  }

  @Test
  void inputPathsIsUnmodifiable() {
    assertThatThrownByUnsupported(() -> MIXTRAL.inputPaths().clear());
    assertThatThrownByUnsupported(() -> InputPaths.all().clear());
  }

  @Test
  void theBuiltInPathsAreThirtyOneAndSorted() {
    assertThat(List.copyOf(InputPaths.all()))
        .hasSize(31)
        .isSorted()
        .contains(
            InputPaths.FLEET_COUNT,
            InputPaths.THROUGHPUT_MODEL_EXPOSED_COMMUNICATION_SHARE,
            InputPaths.PRICING_TOKEN_PRICE_ORIGIN,
            InputPaths.THROUGHPUT_MODEL_COMPUTE_SECONDS,
            InputPaths.THROUGHPUT_MODEL_OVERLAP_SHARE,
            InputPaths.THROUGHPUT_MODEL_LATENCY_SECONDS)
        .containsAll(LIFETIME_PATHS);
    assertThat(InputPaths.all())
        .filteredOn(path -> path.head().equals("lifetime"))
        .containsExactlyElementsOf(LIFETIME_PATHS);
  }

  @Test
  void eachLifetimePathIsNamedAfterItsInput() {
    assertThat(LIFETIME_PATHS)
        .extracting(InputPath::toString)
        .containsExactly(
            "lifetime.discountRate",
            "lifetime.electricityPricePerKwh",
            "lifetime.firstYearRamp",
            "lifetime.gpuLifeYears",
            "lifetime.gpuResidualShare",
            "lifetime.gpuWatts",
            "lifetime.horizonYears",
            "lifetime.hostingPricePerKwMonth",
            "lifetime.pue");
    assertThat(LIFETIME_PATHS)
        .extracting(InputPath::relativeName)
        .containsExactlyInAnyOrderElementsOf(LIFETIME.inputNames());
  }

  @Test
  void aCollectivesMessageSizeHasAPathByItsNumber() {
    assertThat(InputPaths.throughputModelCollectiveBytes(1))
        .isEqualTo(InputPath.of("throughputModel.collective1Bytes"));
    assertThat(InputPaths.throughputModelCollectiveBytes(12).relativeName())
        .isEqualTo("collective12Bytes")
        .isEqualTo(Workload.bytesInput(11));
    assertThatThrownBy(() -> InputPaths.throughputModelCollectiveBytes(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("number must be at least 1 but was 0");
  }

  private static void assertThatThrownByUnsupported(Runnable action) {
    assertThatThrownBy(action::run).isInstanceOf(UnsupportedOperationException.class);
  }
}
