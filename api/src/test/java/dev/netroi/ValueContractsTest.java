package dev.netroi;

import static dev.netroi.TestMoney.USD;
import static dev.netroi.TestMoney.eur;
import static dev.netroi.TestMoney.usd;
import static dev.netroi.reference.ReferenceArgument.aiEthernet;
import static dev.netroi.reference.ReferenceArgument.fleet;
import static dev.netroi.reference.ReferenceArgument.market;
import static dev.netroi.reference.ReferenceArgument.mixtralPricing;
import static dev.netroi.reference.ReferenceArgument.traditionalEthernet;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import com.google.common.testing.SerializableTester;
import dev.netroi.calc.CalculationResults;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.Figure;
import dev.netroi.calc.Measure;
import dev.netroi.calc.MeasureUnit;
import dev.netroi.calc.Measures;
import dev.netroi.calc.Result;
import dev.netroi.calc.StandardUnit;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The value-type contracts of the api, checked with Guava testlib: {@code equals}/{@code hashCode}
 * ({@link EqualsTester}), null rejection by every public factory and method ({@link
 * NullPointerTester}) and serialisation round trips ({@link SerializableTester}).
 */
class ValueContractsTest {

  private static Scenario scenario() {
    return Scenario.builder()
        .name("reference")
        .fleet(fleet())
        .candidate(aiEthernet())
        .baseline(traditionalEthernet())
        .pricing(mixtralPricing())
        .market(market())
        .build();
  }

  private static NullPointerTester nullPointerTester() {
    Scenario scenario = scenario();
    return new NullPointerTester()
        .setDefault(Currency.class, USD)
        .setDefault(CurrencyAmount.class, usd("1"))
        .setDefault(Bandwidth.class, Bandwidth.ofGbps(800))
        .setDefault(GpuFleet.class, fleet())
        .setDefault(NetworkOption.class, aiEthernet())
        .setDefault(PricingModel.class, mixtralPricing())
        .setDefault(GpuTimeUnit.class, GpuTimeUnit.MINUTE)
        .setDefault(YearBasis.class, YearBasis.DAYS_365)
        .setDefault(MarketSnapshot.class, market())
        .setDefault(Scenario.class, scenario)
        .setDefault(InputPath.class, InputPaths.FLEET_COUNT)
        .setDefault(String.class, "Name")
        .setDefault(long.class, 1L)
        .setDefault(double.class, 0.5)
        .setDefault(Measure.class, Measures.ROI)
        .setDefault(MeasureUnit.class, StandardUnit.SHARE)
        .setDefault(Class.class, Double.class)
        .setDefault(Explanation.class, Explanation.of("f"))
        .setDefault(Figure.class, Figure.of(Measures.ROI, 0.5, Explanation.of("f")))
        .setDefault(List.class, List.of())
        .setDefault(CollectiveKind.class, CollectiveKind.ALL_REDUCE)
        .setDefault(Collective.class, ALL_REDUCE)
        .setDefault(Workload.class, WORKLOAD)
        .setDefault(FabricPriceList.class, PRICES)
        .setDefault(FabricDesign.class, DESIGN)
        .setDefault(NetworkFabric.class, FABRIC);
  }

  private static final FabricPriceList PRICES =
      FabricPriceList.of(usd("30000"), usd("800"), usd("1500"), usd("100"));
  private static final FabricDesign DESIGN = FabricDesign.of(Bandwidth.ofGbps(800), 64, PRICES);
  private static final NetworkFabric FABRIC = NetworkFabric.of(DESIGN, 5, 0.1);
  private static final NetworkOption BUILT = aiEthernet().withFabric(FABRIC);

  private static final Collective ALL_REDUCE = Collective.of(CollectiveKind.ALL_REDUCE, 1e9, 8);
  private static final Workload WORKLOAD =
      Workload.builder()
          .name("w")
          .computeSeconds(1)
          .overlapShare(0.5)
          .latencySeconds(5e-6)
          .collectives(List.of(ALL_REDUCE))
          .source("test values")
          .build();

  @Nested
  @DisplayName("equals and hashCode")
  class Equality {

    @Test
    void currencyAmountsAreEqualByCurrencyAndAmount() {
      new EqualsTester()
          .addEqualityGroup(usd("1.50"), usd("1.5"), CurrencyAmount.parse("USD 1.50"))
          .addEqualityGroup(eur("1.50"))
          .addEqualityGroup(usd("1.51"))
          .addEqualityGroup(usd("0"), usd("-0"))
          .testEquals();
    }

    @Test
    void bandwidthsAndYearBasesAreEqualByValue() {
      new EqualsTester()
          .addEqualityGroup(Bandwidth.ofGbps(800), Bandwidth.parse("800 Gb/s"))
          .addEqualityGroup(Bandwidth.ofGbps(400))
          .addEqualityGroup(YearBasis.DAYS_365, YearBasis.ofDays(365))
          .addEqualityGroup(YearBasis.ofDays(360))
          .testEquals();
    }

    @Test
    void fleetsAreEqualByEveryField() {
      new EqualsTester()
          .addEqualityGroup(fleet(), GpuFleet.of("H100", 1024, usd("30000")))
          .addEqualityGroup(GpuFleet.of("B200", 1024, usd("30000")))
          .addEqualityGroup(fleet().withCount(8))
          .addEqualityGroup(GpuFleet.of("H100", 1024, usd("25000")))
          .addEqualityGroup(fleet().withSoldUtilisation(0.8), fleet().withSoldUtilisation(0.8))
          .addEqualityGroup(fleet().withSoldUtilisation(0.9))
          .testEquals();
    }

    @Test
    void optionsAndPricesAreEqualByEveryField() {
      new EqualsTester()
          .addEqualityGroup(aiEthernet(), aiEthernet())
          .addEqualityGroup(aiEthernet().withEffectiveFraction(0.9))
          .addEqualityGroup(aiEthernet().withAnnualCostPerGpu(usd("3000")))
          .addEqualityGroup(NetworkOption.of("IB", Bandwidth.ofGbps(800), 0.95, usd("3900")))
          .addEqualityGroup(
              PricingModel.perGpuMinute(usd("0.27")),
              PricingModel.PerGpuTime.of(usd("0.27"), GpuTimeUnit.MINUTE))
          .addEqualityGroup(PricingModel.perGpuHour(usd("0.27")))
          .addEqualityGroup(mixtralPricing(), mixtralPricing())
          .addEqualityGroup(PricingModel.perMillionTokens(usd("0.27"), 2500))
          .addEqualityGroup(PricingModel.perMillionTokens(usd("0.27"), 2000))
          .testEquals();
    }

    @Test
    void scenariosAndSnapshotsAreEqualByEveryField() {
      Scenario scenario = scenario();
      new EqualsTester()
          .addEqualityGroup(scenario, scenario(), scenario.toBuilder().build())
          .addEqualityGroup(scenario.withName("other"))
          .addEqualityGroup(scenario.withPricing(PricingModel.perGpuMinute(usd("0.27"))))
          .addEqualityGroup(scenario.toBuilder().yearBasis(YearBasis.ofDays(360)).build())
          .addEqualityGroup(scenario.toBuilder().baseline(aiEthernet()).build())
          .addEqualityGroup(market(), market())
          .testEquals();
    }

    @Test
    void collectivesAndWorkloadsAreEqualByEveryField() {
      new EqualsTester()
          .addEqualityGroup(ALL_REDUCE, new Collective(CollectiveKind.ALL_REDUCE, 1e9, 8, 1))
          .addEqualityGroup(Collective.of(CollectiveKind.ALL_GATHER, 1e9, 8))
          .addEqualityGroup(ALL_REDUCE.withBytes(2e9))
          .addEqualityGroup(Collective.of(CollectiveKind.ALL_REDUCE, 1e9, 16))
          .addEqualityGroup(new Collective(CollectiveKind.ALL_REDUCE, 1e9, 8, 2))
          .addEqualityGroup(WORKLOAD, WORKLOAD.withComputeSeconds(1))
          .addEqualityGroup(WORKLOAD.withComputeSeconds(2))
          .addEqualityGroup(WORKLOAD.withOverlapShare(0))
          .addEqualityGroup(WORKLOAD.withLatencySeconds(0))
          .addEqualityGroup(WORKLOAD.withCollectives(List.of()))
          .addEqualityGroup(WORKLOAD.withNameAndSource("v", "test values"))
          .addEqualityGroup(WORKLOAD.withNameAndSource("w", "other"))
          .testEquals();
    }

    @Test
    void figuresExplanationsAndResultsAreEqualByValue() {
      Explanation explanation = Explanation.of("Roi = a / b").withInput("a", "1");
      new EqualsTester()
          .addEqualityGroup(explanation, Explanation.of("Roi = a / b").withInput("a", "1"))
          .addEqualityGroup(Explanation.of("Roi = a / b"))
          .addEqualityGroup(
              Figure.of(Measures.ROI, 0.5, explanation), Figure.of(Measures.ROI, 0.5, explanation))
          .addEqualityGroup(Result.success(Figure.of(Measures.ROI, 0.25, explanation)))
          .addEqualityGroup(
              Result.failure(Measures.ROI, dev.netroi.calc.FailureReason.UNDEFINED, "zero"),
              Result.failure(Measures.ROI, dev.netroi.calc.FailureReason.UNDEFINED, "zero"))
          .addEqualityGroup(
              CalculationResults.of(scenario(), List.of()),
              CalculationResults.of(scenario(), List.of()))
          .testEquals();
    }
  }

  @Nested
  @DisplayName("null arguments are refused")
  class Nulls {

    @Test
    void byEveryPublicStaticFactory() {
      NullPointerTester tester = nullPointerTester();
      for (Class<?> type :
          List.of(
              CurrencyAmount.class,
              Bandwidth.class,
              GpuFleet.class,
              NetworkOption.class,
              PricingModel.class,
              PricingModel.PerGpuTime.class,
              YearBasis.class,
              MarketSnapshot.class,
              Scenario.class,
              InputPath.class,
              InputPaths.class,
              Measure.class,
              Measures.class,
              Explanation.class,
              Figure.class,
              Result.class,
              CalculationResults.class,
              Collective.class,
              Workload.class,
              FabricDesign.class,
              NetworkFabric.class)) {
        tester.testAllPublicStaticMethods(type);
      }
    }

    @Test
    void byEveryPublicMethodAndConstructorOfAValue() {
      NullPointerTester tester = nullPointerTester();
      Scenario scenario = scenario();
      List<Object> values =
          List.of(
              usd("1"),
              Bandwidth.ofGbps(800),
              fleet(),
              aiEthernet(),
              mixtralPricing(),
              PricingModel.perMillionTokens(usd("0.27"), 2500),
              YearBasis.DAYS_365,
              market(),
              MarketSnapshot.builder(),
              InputPaths.FLEET_COUNT,
              scenario,
              Scenario.builder(),
              Measures.ROI,
              Explanation.of("f"),
              Figure.of(Measures.ROI, 0.5, Explanation.of("f")),
              CalculationResults.of(scenario, List.of()),
              ALL_REDUCE,
              WORKLOAD,
              BUILT,
              DESIGN,
              DESIGN.toBuilder(),
              FabricDesign.builder(),
              FABRIC);
      for (Object value : values) {
        tester.testAllPublicInstanceMethods(value);
      }
      tester.testAllPublicConstructors(CurrencyMismatchException.class);
      tester.testAllPublicConstructors(dev.netroi.calc.CalculationException.class);
      tester.testAllPublicConstructors(dev.netroi.calc.UnknownMeasureException.class);
      tester.testAllPublicConstructors(UnknownInputPathException.class);
      tester.testAllPublicConstructors(Collective.class);
      tester.testAllPublicConstructors(Workload.class);
    }
  }

  @Nested
  @DisplayName("serialisation round trips")
  class Serialisation {

    @Test
    void keepsEveryValueEqual() {
      for (Object value :
          List.of(
              usd("141912.00"),
              Bandwidth.ofGbps(760),
              fleet().withSoldUtilisation(0.85),
              aiEthernet(),
              mixtralPricing(),
              PricingModel.perMillionTokens(usd("0.27"), 2500),
              YearBasis.ofDays(360),
              market(),
              InputPaths.CANDIDATE_EFFECTIVE_FRACTION,
              scenario(),
              ALL_REDUCE,
              WORKLOAD,
              DESIGN,
              FABRIC,
              BUILT,
              scenario().toBuilder().baseline(traditionalEthernet().withFabric(FABRIC)).build())) {
        SerializableTester.reserializeAndAssert(value);
      }
    }
  }
}
