package dev.netroi.builtin;

import static dev.netroi.calc.Measures.ANNUAL_TCO_FLEET_BASELINE;
import static dev.netroi.calc.Measures.ANNUAL_TCO_FLEET_CANDIDATE;
import static dev.netroi.calc.Measures.ANNUAL_TCO_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.ANNUAL_TCO_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.BREAK_EVEN_EFFECTIVE_FRACTION;
import static dev.netroi.calc.Measures.BREAK_EVEN_GPU_HOUR_PRICE;
import static dev.netroi.calc.Measures.BREAK_EVEN_NETWORK_COST_PER_GPU;
import static dev.netroi.calc.Measures.COST_PER_DELIVERED_GPU_HOUR_BASELINE;
import static dev.netroi.calc.Measures.COST_PER_DELIVERED_GPU_HOUR_CANDIDATE;
import static dev.netroi.calc.Measures.COST_PER_MILLION_TOKENS_BASELINE;
import static dev.netroi.calc.Measures.COST_PER_MILLION_TOKENS_CANDIDATE;
import static dev.netroi.calc.Measures.FABRIC_CAPEX_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.FABRIC_POWER_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.LIFETIME_GPU_COST_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.LIFETIME_GPU_COST_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.LIFETIME_HOSTING_COST_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.LIFETIME_HOSTING_COST_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.LIFETIME_NETWORK_COST_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.LIFETIME_NETWORK_COST_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.LIFETIME_NPV_BASELINE;
import static dev.netroi.calc.Measures.LIFETIME_NPV_CANDIDATE;
import static dev.netroi.calc.Measures.LIFETIME_POWER_COST_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.LIFETIME_POWER_COST_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.LIFETIME_TCO_FLEET_BASELINE;
import static dev.netroi.calc.Measures.LIFETIME_TCO_FLEET_CANDIDATE;
import static dev.netroi.calc.Measures.LIFETIME_TCO_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.LIFETIME_TCO_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.UPGRADE_CASH_FLOWS;
import static dev.netroi.calc.Measures.UPGRADE_DISCOUNTED_PAYBACK_MONTHS;
import static dev.netroi.calc.Measures.UPGRADE_IRR;
import static dev.netroi.calc.Measures.UPGRADE_NET_BENEFIT;
import static dev.netroi.calc.Measures.UPGRADE_NPV;
import static dev.netroi.calc.Measures.UPGRADE_PAYBACK_MONTHS;
import static dev.netroi.testkit.NetroiDomain.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.netroi.Bandwidth;
import dev.netroi.CashFlows;
import dev.netroi.CurrencyAmount;
import dev.netroi.FabricDesign;
import dev.netroi.FabricPriceList;
import dev.netroi.GpuFleet;
import dev.netroi.InputPaths;
import dev.netroi.Lifetime;
import dev.netroi.NetworkFabric;
import dev.netroi.NetworkOption;
import dev.netroi.PricingModel;
import dev.netroi.Scenario;
import dev.netroi.ThroughputModel;
import dev.netroi.calc.CalculationContext;
import dev.netroi.calc.CalculationException;
import dev.netroi.calc.CalculationResults;
import dev.netroi.calc.Calculator;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Figure;
import dev.netroi.calc.Measure;
import dev.netroi.calc.Measures;
import dev.netroi.calc.Result;
import dev.netroi.engine.BatchResults;
import dev.netroi.engine.CalculationEngine;
import dev.netroi.engine.CalculatorRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The lifetime calculators on one small scenario worked out by hand, every figure to the cent, and
 * their refusals with their exact messages.
 *
 * <p>The scenario: 8 GPUs at USD 30,000, sold 80 % of a 365-day year (8,760 hours) at USD 2.00 per
 * GPU-hour, over 3 years at 10 %, GPUs of 1,000 W depreciated over 4 years to 10 % of their price,
 * PUE 1.5, USD 0.10 per kWh, hosting USD 100 per kW-month, half the sold utilisation in year 1. The
 * candidate (effective fraction 0.9) is built as a small fabric; the baseline (0.6) states USD
 * 1,000 per GPU-year, all in.
 */
class LifetimeCalculatorsTest {

  private static final CalculationEngine ENGINE =
      CalculationEngine.of(CalculatorRegistry.builtIns());

  /**
   * Radix 16 at 1:1: a leaf has 8 ports down, so 8 GPUs x 1 NIC need 1 leaf and no spine; 8 links
   * of 1 cable and 2 optics. Capex = 1 x 20,000 + 16 x 500 + 8 x 1,000 + 8 x 100 = 36,800, USD
   * 4,600 per GPU; power = 1 x 400 + 16 x 15 + 8 x 20 = 800 W, 100 W per GPU.
   */
  static final FabricDesign SMALL_FABRIC =
      FabricDesign.of(
          Bandwidth.ofGbps(800),
          16,
          FabricPriceList.of(usd("20000"), usd("500"), usd("1000"), usd("100"))
              .withPower(400, 15, 20));

  /** Over 5 years (USD 920 a year), support 10 % of capex (USD 460 a year). */
  static final NetworkFabric CANDIDATE_FABRIC = NetworkFabric.of(SMALL_FABRIC, 5, 0.1);

  static final Lifetime TERMS =
      Lifetime.builder()
          .horizonYears(3)
          .discountRate(0.10)
          .gpuLifeYears(4)
          .gpuResidualShare(0.1)
          .gpuWatts(1000)
          .pue(1.5)
          .electricityPricePerKwh(usd("0.10"))
          .hostingPricePerKwMonth(usd("100"))
          .firstYearRamp(0.5)
          .build();

  static final NetworkOption CANDIDATE =
      NetworkOption.of("AI Ethernet", Bandwidth.ofGbps(800), 0.9, usd("0"));
  static final NetworkOption BASELINE =
      NetworkOption.of("Traditional Ethernet", Bandwidth.ofGbps(800), 0.6, usd("1000"));

  static final Scenario BY_HAND =
      Scenario.builder()
          .name("by hand")
          .fleet(GpuFleet.of("H100", 8, usd("30000")).withSoldUtilisation(0.8))
          .candidate(CANDIDATE.withFabric(CANDIDATE_FABRIC))
          .baseline(BASELINE)
          .pricing(PricingModel.perGpuHour(usd("2")))
          .lifetime(TERMS)
          .build();

  private static final String NO_LIFETIME =
      "the scenario has no lifetime terms (horizon, discount rate, power): set"
          + " Scenario.Builder.lifetime";

  private static CalculationResults analyse(Scenario scenario) {
    return ENGINE.calculateAll(scenario);
  }

  private static BigDecimal cents(CalculationResults results, Measure<CurrencyAmount> measure) {
    CurrencyAmount amount = results.value(measure);
    assertThat(amount.currency().getCurrencyCode()).isEqualTo("USD");
    return amount.rounded();
  }

  private static BigDecimal cents(String decimal) {
    return new BigDecimal(decimal);
  }

  private static Result.Failure<?> failure(CalculationResults results, Measure<?> measure) {
    Result<?> result = results.get(measure);
    assertThat(result.isSuccess()).as("%s fails", measure).isFalse();
    return (Result.Failure<?>) result;
  }

  private static void assertFails(
      CalculationResults results, Measure<?> measure, FailureReason reason, String message) {
    Result.Failure<?> failure = failure(results, measure);
    assertThat(failure.reason()).as("reason of %s", measure).isEqualTo(reason);
    assertThat(failure.message()).as("message of %s", measure).isEqualTo(message);
  }

  /** The lifetime measures: the last 31 built-ins, from LifetimeGpuCostPerGpuCandidate on. */
  private static List<Measure<?>> lifetimeMeasures() {
    List<Measure<?>> all = Measures.all();
    return all.subList(all.indexOf(LIFETIME_GPU_COST_PER_GPU_CANDIDATE), all.size());
  }

  @Nested
  class ByHand {

    private final CalculationResults results = analyse(BY_HAND);

    @Test
    void theSmallFabricCosts4600DollarsAnd100WattsPerGpu() {
      assertThat(cents(results, FABRIC_CAPEX_PER_GPU_CANDIDATE)).isEqualTo(cents("4600.00"));
      assertThat(results.value(FABRIC_POWER_PER_GPU_CANDIDATE)).isEqualTo(100.0);
    }

    @Test
    void theCandidatesTcoSplitsIntoGpuNetworkPowerAndHosting() {
      // GPU: (30,000 - 3,000) / 4 = 6,750 a year for years 1 to 3 = 20,250
      assertThat(cents(results, LIFETIME_GPU_COST_PER_GPU_CANDIDATE)).isEqualTo(cents("20250.00"));
      // network: fabric depreciation 4,600 / 5 = 920 + support 460 = 1,380 a year x 3 = 4,140
      assertThat(cents(results, LIFETIME_NETWORK_COST_PER_GPU_CANDIDATE))
          .isEqualTo(cents("4140.00"));
      // power: (1,000 + 100) W = 1.1 kW x 1.5 x 8,760 h x 0.10 = 1,445.40 a year x 3 = 4,336.20
      assertThat(cents(results, LIFETIME_POWER_COST_PER_GPU_CANDIDATE)).isEqualTo(cents("4336.20"));
      // hosting: 1.1 kW x 100 x 12 = 1,320 a year x 3 = 3,960
      assertThat(cents(results, LIFETIME_HOSTING_COST_PER_GPU_CANDIDATE))
          .isEqualTo(cents("3960.00"));
      // 20,250 + 4,140 + 4,336.20 + 3,960 = 32,686.20; x 8 = 261,489.60
      assertThat(cents(results, LIFETIME_TCO_PER_GPU_CANDIDATE)).isEqualTo(cents("32686.20"));
      assertThat(cents(results, LIFETIME_TCO_FLEET_CANDIDATE)).isEqualTo(cents("261489.60"));
      // 32,686.20 / 3 = 10,895.40; x 8 = 87,163.20
      assertThat(cents(results, ANNUAL_TCO_PER_GPU_CANDIDATE)).isEqualTo(cents("10895.40"));
      assertThat(cents(results, ANNUAL_TCO_FLEET_CANDIDATE)).isEqualTo(cents("87163.20"));
    }

    @Test
    void theBaselinesTcoSplitsIntoGpuNetworkPowerAndHosting() {
      assertThat(cents(results, LIFETIME_GPU_COST_PER_GPU_BASELINE)).isEqualTo(cents("20250.00"));
      // the stated 1,000 a year, all in, x 3
      assertThat(cents(results, LIFETIME_NETWORK_COST_PER_GPU_BASELINE))
          .isEqualTo(cents("3000.00"));
      // 1 kW x 1.5 x 8,760 h x 0.10 = 1,314 a year x 3 = 3,942
      assertThat(cents(results, LIFETIME_POWER_COST_PER_GPU_BASELINE)).isEqualTo(cents("3942.00"));
      // 1 kW x 100 x 12 = 1,200 a year x 3 = 3,600
      assertThat(cents(results, LIFETIME_HOSTING_COST_PER_GPU_BASELINE))
          .isEqualTo(cents("3600.00"));
      // 20,250 + 3,000 + 3,942 + 3,600 = 30,792; x 8 = 246,336; / 3 = 10,264; x 8 = 82,112
      assertThat(cents(results, LIFETIME_TCO_PER_GPU_BASELINE)).isEqualTo(cents("30792.00"));
      assertThat(cents(results, LIFETIME_TCO_FLEET_BASELINE)).isEqualTo(cents("246336.00"));
      assertThat(cents(results, ANNUAL_TCO_PER_GPU_BASELINE)).isEqualTo(cents("10264.00"));
      assertThat(cents(results, ANNUAL_TCO_FLEET_BASELINE)).isEqualTo(cents("82112.00"));
    }

    /*
     * Revenue per GPU-year: 2.00 x 8,760 h x 0.8 = 14,016 sold, x 0.9 = 12,614.40 on the candidate,
     * x 0.6 = 8,409.60 on the baseline; half of it in year 1. The GPUs' book value after 3 years is
     * 30,000 - 3 x 6,750 = 9,750 and the fabric's 4,600 - 3 x 920 = 1,840, both sold in year 3.
     *
     * Candidate per GPU: year 0 -(30,000 + 4,600) = -34,600; running cost a year 460 + 1,445.40 +
     * 1,320 = 3,225.40; year 1 6,307.20 - 3,225.40 = 3,081.80; year 2 12,614.40 - 3,225.40 =
     * 9,389.00; year 3 9,389.00 + 9,750 + 1,840 = 20,979.00.
     *
     * Baseline per GPU: year 0 -30,000; running cost a year 1,000 + 1,314 + 1,200 = 3,514; year 1
     * 4,204.80 - 3,514 = 690.80; year 2 8,409.60 - 3,514 = 4,895.60; year 3 4,895.60 + 9,750 =
     * 14,645.60.
     */

    @Test
    void eachOptionsNpvDiscountsTheFleetsOwnFlows() {
      // candidate x 8: -276,800; 24,654.40; 75,112; 167,832
      // -276,800 + 24,654.40 / 1.1 + 75,112 / 1.21 + 167,832 / 1.331
      //   = -276,800 + 22,413.0909 + 62,076.0331 + 126,094.6657 = -66,216.21
      assertThat(cents(results, LIFETIME_NPV_CANDIDATE)).isEqualTo(cents("-66216.21"));
      // baseline x 8: -240,000; 5,526.40; 39,164.80; 117,164.80
      // -240,000 + 5,024 + 32,367.6033 + 88,027.6484 = -114,580.75
      assertThat(cents(results, LIFETIME_NPV_BASELINE)).isEqualTo(cents("-114580.75"));
    }

    @Test
    void theUpgradesCashFlowsAreTheDifferenceOfTheOptionsFlowsForTheFleet() {
      CashFlows flows = results.value(UPGRADE_CASH_FLOWS);

      // (candidate - baseline) x 8: -4,600; 2,391.00; 4,493.40; 6,333.40 per GPU
      assertThat(flows.currency().getCurrencyCode()).isEqualTo("USD");
      assertThat(flows.lastYear()).isEqualTo(3);
      assertThat(flows.amount(0).rounded()).isEqualTo(cents("-36800.00"));
      assertThat(flows.amount(1).rounded()).isEqualTo(cents("19128.00"));
      assertThat(flows.amount(2).rounded()).isEqualTo(cents("35947.20"));
      assertThat(flows.amount(3).rounded()).isEqualTo(cents("50667.20"));
      assertThat(flows.total().rounded()).isEqualTo(cents("68942.40"));
    }

    @Test
    void theUpgradesNpvAndNetBenefit() {
      // -36,800 + 19,128 / 1.1 + 35,947.20 / 1.21 + 50,667.20 / 1.331
      //   = -36,800 + 17,389.0909 + 29,708.4298 + 38,067.0173 = 48,364.54
      assertThat(cents(results, UPGRADE_NPV)).isEqualTo(cents("48364.54"));
      // undiscounted: -36,800 + 19,128 + 35,947.20 + 50,667.20 = 68,942.40
      assertThat(cents(results, UPGRADE_NET_BENEFIT)).isEqualTo(cents("68942.40"));
      // it is the difference of the options' NPVs: -66,216.21 - (-114,580.75) = 48,364.54
      assertThat(
              results.value(LIFETIME_NPV_CANDIDATE).amount()
                  - results.value(LIFETIME_NPV_BASELINE).amount())
          .isCloseTo(results.value(UPGRADE_NPV).amount(), within(1e-6));
    }

    @Test
    void theIrrIsTheRateAtWhichTheUpgradesNpvIsZero() {
      double irr = results.value(UPGRADE_IRR);
      // solved by bisection on the flows with exact fractions: 0.6336340571...
      assertThat(irr).isCloseTo(0.6336340571, within(1e-6));
      double[] flows = {-36_800, 19_128, 35_947.2, 50_667.2};
      double npv = 0;
      double scale = 0;
      for (int year = 0; year < flows.length; year++) {
        npv += flows[year] / Math.pow(1 + irr, year);
        scale += Math.abs(flows[year]);
      }
      assertThat(npv).isCloseTo(0, within(1e-9 * scale));
    }

    @Test
    void theUpgradePaysBackDuringYearTwoAndLaterWhenDiscounted() {
      // cumulative: -36,800; -17,672; +18,275.20: 1 + 17,672 / 35,947.20 = 1.4916 years
      //   = 12 x 134,048 / 7,489 = 17.899319 months
      assertThat(results.value(UPGRADE_PAYBACK_MONTHS)).isCloseTo(17.899319001, within(1e-6));
      // discounted: -36,800; -19,410.9091 after year 1; year 2 brings 29,708.4298:
      //   1 + 19,410.9091 / 29,708.4298 = 1.653381 years = 19.840566 months
      assertThat(results.value(UPGRADE_DISCOUNTED_PAYBACK_MONTHS))
          .isCloseTo(19.840566164, within(1e-6));
    }

    @Test
    void theBreakEvenNetworkCostPerGpu() {
      // annuity factor at 10 % over 3 years: 1/1.1 + 1/1.21 + 1/1.331 = 2.4868520
      // the candidate's network per GPU today: capex 4,600, then each year support 460 + energy
      // of its 100 W (0.1 x 1.5 x 8,760 x 0.10 = 131.40) + hosting of them (0.1 x 100 x 12 =
      // 120) = 711.40, less its book value 1,840 in year 3:
      //   4,600 + 711.40 x 2.4868520 - 1,840 / 1.331 = 4,600 + 1,769.1465 - 1,382.4192
      //   = 4,986.7273
      // (48,364.5379 / 8 + 4,986.7273) / 2.4868520 = (6,045.5672 + 4,986.7273) / 2.4868520
      //   = 4,436.25
      assertThat(cents(results, BREAK_EVEN_NETWORK_COST_PER_GPU)).isEqualTo(cents("4436.25"));
    }

    @Test
    void theBreakEvenGpuHourPrice() {
      // the net benefit is linear in the price: the extra revenue per unit of price is
      //   (8,760 x 0.8 x (0.9 - 0.6)) x 8 x (0.5 + 2) = 42,048, so the net benefit is zero at
      //   2.00 - 68,942.40 / 42,048 = 0.3603881 per GPU-hour (at that price the extra revenue,
      //   84,096 x 0.3603881 / 2, = 15,153.60, pays the extra cost 84,096 - 68,942.40)
      assertThat(cents(results, BREAK_EVEN_GPU_HOUR_PRICE)).isEqualTo(cents("0.36"));
      assertThat(results.value(BREAK_EVEN_GPU_HOUR_PRICE).amount())
          .isCloseTo(2.0 - 68_942.4 / 42_048, within(1e-12));
    }

    @Test
    void theBreakEvenEffectiveFraction() {
      // value of 1 a year with the ramp: 0.5 / 1.1 + 1 / 1.21 + 1 / 1.331 = 2.0323065
      // the candidate's realised value at which the NPV is 0:
      //   12,614.40 - 48,364.5379 / (8 x 2.0323065) = 12,614.40 - 2,974.7167 = 9,639.6833
      // linear model: the fraction scales the realised value: 0.9 x 9,639.6833 / 12,614.40
      //   = 0.6877617
      assertThat(results.value(BREAK_EVEN_EFFECTIVE_FRACTION))
          .isCloseTo(0.6877617024958, within(1e-9));
    }

    /**
     * A plug-in throughput model (not one of {@code ThroughputModels}): the factor is e^2. It holds
     * the engine to the promise of {@link ThroughputModel#throughputFactor}: the option it is given
     * is the candidate or the baseline of the scenario it comes with, so a break-even search that
     * handed it a changed option with the unchanged scenario would fail here.
     */
    record SquareModel() implements ThroughputModel {

      @Override
      public String name() {
        return "square (test plug-in)";
      }

      @Override
      public String formula() {
        return "throughput factor = e^2";
      }

      @Override
      public double throughputFactor(NetworkOption option, Scenario scenario) {
        if (!option.equals(scenario.candidate()) && !option.equals(scenario.baseline())) {
          throw new IllegalStateException(
              option + " is neither the candidate nor the baseline of " + scenario.name());
        }
        return option.effectiveFraction() * option.effectiveFraction();
      }
    }

    /**
     * Loads {@link SquareModel} again in a class loader of its own, so that it lives in another
     * (unnamed) module than {@code ThroughputModels}, as a plug-in on the module path or loaded by
     * an application server's loader does; on a plain class path every class shares one unnamed
     * module with the built-ins.
     */
    static ThroughputModel squareModelFromAnotherModule() throws ReflectiveOperationException {
      String name = SquareModel.class.getName();
      ClassLoader parent = SquareModel.class.getClassLoader();
      ClassLoader own =
          new ClassLoader("square-model", parent) {
            @Override
            protected Class<?> loadClass(String className, boolean resolve)
                throws ClassNotFoundException {
              if (!className.equals(name)) {
                return super.loadClass(className, resolve);
              }
              synchronized (getClassLoadingLock(className)) {
                Class<?> loaded = findLoadedClass(className);
                if (loaded == null) {
                  String resource = className.replace('.', '/') + ".class";
                  try (InputStream in = parent.getResourceAsStream(resource)) {
                    if (in == null) {
                      throw new ClassNotFoundException(className);
                    }
                    byte[] bytes = in.readAllBytes();
                    loaded = defineClass(className, bytes, 0, bytes.length);
                  } catch (IOException e) {
                    throw new ClassNotFoundException(className, e);
                  }
                }
                return loaded;
              }
            }
          };
      Constructor<?> constructor = own.loadClass(name).getDeclaredConstructor();
      constructor.setAccessible(true);
      ThroughputModel model = (ThroughputModel) constructor.newInstance();
      assertThat(model.getClass()).isNotEqualTo(SquareModel.class);
      assertThat(model.getClass().getModule())
          .isNotEqualTo(BreakEvenEffectiveFractionCalculator.class.getModule());
      return model;
    }

    /**
     * The break-even fraction under the plug-in model of factor e^2 (loaded from another module,
     * {@link #squareModelFromAnotherModule()}): the search evaluates the plug-in on the scenario
     * rebuilt with each fraction it tries, on both paths.
     *
     * <p>The upgrade's NPV is its costs' part, which no model changes, plus the candidate's extra
     * realised value, 8 GPUs x 14,016 sold a GPU-year x (factor of the candidate - factor of the
     * baseline) x R, with R = 0.5 / 1.1 + 1 / 1.21 + 1 / 1.331 = 2.0323065 the value of 1 a year
     * with the ramp. The costs' part per GPU: -4,600 today, the yearly running costs' difference
     * 3,514 - 3,225.40 = 288.60 a year, and the fabric's book value 1,840 in year 3: -4,600 +
     * 288.60 x (1 / 1.1 + 1 / 1.21 + 1 / 1.331) + 1,840 / 1.331 = -4,600 + 717.7055 + 1,382.4192 =
     * -2,499.8753. (With the linear factors 0.9 and 0.6 this gives 8 x (-2,499.8753 + 14,016 x 0.3
     * x 2.0323065) = 48,364.54, the NPV above.) The NPV is 0 where the candidate's factor is the
     * baseline's + 2,499.8753 / (14,016 x 2.0323065) = 0.6^2 + 0.0877617 = 0.4477617, so at e =
     * sqrt(0.4477617) = 0.6691500. The linear model's 0.6 + 0.0877617 = 0.6877617 checks the
     * arithmetic against the test above. With a baseline of 0.5 instead, e = sqrt(0.25 + 0.0877617)
     * = 0.5811727: the running costs do not depend on the fractions.
     */
    @Test
    void theBreakEvenEffectiveFractionEvaluatesAPlugInModelOnTheRebuiltScenario() throws Exception {
      assertBreakEvenUnderTheSquareModel(squareModelFromAnotherModule());
    }

    /**
     * The same with the plug-in loaded from the class path, as the build's tests (and most users)
     * load it. On the class path the plug-in shares the unnamed module with {@code
     * ThroughputModels}; the calculator used to tell built-ins by module, took the plug-in for one
     * and handed it the candidate with a changed fraction and the unchanged scenario, which {@link
     * SquareModel} refuses (CALCULATION_ERROR: "NetworkOption[AI Ethernet: 800 Gb/s x 1, USD 0.00
     * per GPU-year] is neither the candidate nor the baseline of by hand"). It tells them by class
     * now ({@code ThroughputModels.isBuiltIn}).
     */
    @Test
    void theBreakEvenEffectiveFractionEvaluatesAClassPathPlugInOnTheRebuiltScenario() {
      assertBreakEvenUnderTheSquareModel(new SquareModel());
    }

    private void assertBreakEvenUnderTheSquareModel(ThroughputModel square) {
      Scenario squared = BY_HAND.toBuilder().throughputModel(square).build();
      double annuity = 1 / 1.1 + 1 / 1.21 + 1 / 1.331;
      double ramped = 0.5 / 1.1 + 1 / 1.21 + 1 / 1.331;
      double costsPerGpu = -4_600 + (3_514 - 3_225.40) * annuity + 1_840 / 1.331;
      double shift = -costsPerGpu / (14_016 * ramped);
      assertThat(0.6 + shift).isCloseTo(0.6877617024958, within(1e-9)); // the linear case

      assertThat(analyse(squared).value(BREAK_EVEN_EFFECTIVE_FRACTION))
          .isCloseTo(Math.sqrt(0.36 + shift), within(1e-9))
          .isCloseTo(0.66915, within(1e-5));

      BatchResults batch =
          ENGINE.batch(
              squared,
              Map.of(InputPaths.BASELINE_EFFECTIVE_FRACTION, new double[] {0.6, 0.5}),
              List.of(BREAK_EVEN_EFFECTIVE_FRACTION),
              1);
      assertThat(batch.value(BREAK_EVEN_EFFECTIVE_FRACTION, 0))
          .isCloseTo(Math.sqrt(0.36 + shift), within(1e-9));
      assertThat(batch.value(BREAK_EVEN_EFFECTIVE_FRACTION, 1))
          .isCloseTo(Math.sqrt(0.25 + shift), within(1e-9))
          .isCloseTo(0.58117, within(1e-5));
    }

    @Test
    void theCostPerDeliveredGpuHour() {
      // candidate: 32,686.20 / (8,760 x 0.8 x 0.9 x (0.5 + 3 - 1)) = 32,686.20 / 15,768
      //   = 2.0729452
      assertThat(cents(results, COST_PER_DELIVERED_GPU_HOUR_CANDIDATE)).isEqualTo(cents("2.07"));
      assertThat(results.value(COST_PER_DELIVERED_GPU_HOUR_CANDIDATE).amount())
          .isCloseTo(32_686.2 / 15_768, within(1e-12));
      // baseline: 30,792 / (8,760 x 0.8 x 0.6 x 2.5) = 30,792 / 10,512 = 2.9292237
      assertThat(cents(results, COST_PER_DELIVERED_GPU_HOUR_BASELINE)).isEqualTo(cents("2.93"));
      assertThat(results.value(COST_PER_DELIVERED_GPU_HOUR_BASELINE).amount())
          .isCloseTo(30_792.0 / 10_512, within(1e-12));
    }

    @Test
    void theCostPerMillionTokensWithPerMillionTokenPricing() {
      // the costs per delivered GPU-hour do not depend on the price; at 2,000 tokens per second a
      // GPU-hour is 7,200,000 tokens: 2.0729452 / 7.2 = 0.2879091, 2.9292237 / 7.2 = 0.4068366
      CalculationResults perToken =
          analyse(
              BY_HAND.toBuilder()
                  .pricing(PricingModel.perMillionTokens(usd("0.50"), 2000))
                  .build());

      assertThat(cents(perToken, COST_PER_MILLION_TOKENS_CANDIDATE)).isEqualTo(cents("0.29"));
      assertThat(perToken.value(COST_PER_MILLION_TOKENS_CANDIDATE).amount())
          .isCloseTo(32_686.2 / 15_768 / 7.2, within(1e-12));
      assertThat(cents(perToken, COST_PER_MILLION_TOKENS_BASELINE)).isEqualTo(cents("0.41"));
      assertThat(perToken.value(COST_PER_MILLION_TOKENS_BASELINE).amount())
          .isCloseTo(30_792.0 / 10_512 / 7.2, within(1e-12));
    }
  }

  @Nested
  class Refusals {

    @Test
    void withoutLifetimeTermsEveryLifetimeMeasureFailsAsMissingInput() {
      Scenario noTerms =
          Scenario.builder()
              .name("no lifetime")
              .fleet(BY_HAND.fleet())
              .candidate(CANDIDATE.withFabric(CANDIDATE_FABRIC))
              .baseline(BASELINE)
              .pricing(PricingModel.perMillionTokens(usd("0.50"), 2000))
              .build();
      CalculationResults results = analyse(noTerms);

      assertThat(lifetimeMeasures()).hasSize(31);
      for (Measure<?> measure : lifetimeMeasures()) {
        assertFails(results, measure, FailureReason.MISSING_INPUT, NO_LIFETIME);
      }
      // every other figure is as with the terms
      CalculationResults withTerms = analyse(noTerms.toBuilder().lifetime(TERMS).build());
      for (Measure<?> measure : Measures.all()) {
        if (!lifetimeMeasures().contains(measure)) {
          assertThat(results.get(measure)).isEqualTo(withTerms.get(measure));
        }
      }
    }

    /** A context that hands out 1 (USD 1 for money) for every measure asked. */
    private record Ones(Scenario scenario) implements CalculationContext {
      @Override
      public <T> Figure<T> figure(Measure<T> measure) {
        Object one = measure.type() == CurrencyAmount.class ? usd("1") : Double.valueOf(1);
        return Figure.of(measure, measure.type().cast(one), Explanation.of(measure + " = 1"));
      }

      @Override
      public <T> java.util.Optional<Figure<T>> find(Measure<T> measure) {
        return java.util.Optional.of(figure(measure));
      }
    }

    @Test
    void everyLifetimeCalculatorCalledWithoutTermsFailsAsMissingInput() {
      Scenario noTerms =
          Scenario.builder()
              .name("no lifetime")
              .fleet(BY_HAND.fleet())
              .candidate(CANDIDATE)
              .baseline(BASELINE)
              .pricing(PricingModel.perMillionTokens(usd("0.50"), 2000))
              .build();
      List<Calculator> lifetime = new ArrayList<>();
      for (Calculator calculator : BuiltInCalculators.all()) {
        if (lifetimeMeasures().containsAll(calculator.provides())) {
          lifetime.add(calculator);
        }
      }

      assertThat(lifetime).hasSize(13);
      for (Calculator calculator : lifetime) {
        assertThatThrownBy(
                () -> dev.netroi.engine.Calculators.calculate(calculator, new Ones(noTerms)))
            .as(calculator.name())
            .isInstanceOfSatisfying(
                CalculationException.class,
                e -> assertThat(e.getReason()).isEqualTo(FailureReason.MISSING_INPUT))
            .hasMessage(NO_LIFETIME);
      }
    }

    @Test
    void theCostPerMillionTokensNeedsPerMillionTokenPricing() {
      CalculationResults results = analyse(BY_HAND);
      String message =
          "the pricing is per GPU-time and has no tokens per second"
              + " (pricing.tokensPerSecondPerGpu): a cost per million tokens needs"
              + " per-million-token pricing";

      assertFails(results, COST_PER_MILLION_TOKENS_CANDIDATE, FailureReason.MISSING_INPUT, message);
      assertFails(results, COST_PER_MILLION_TOKENS_BASELINE, FailureReason.MISSING_INPUT, message);
    }

    /**
     * The baseline is built as the fabric and the candidate states USD 1,000 a year: per GPU the
     * candidate saves the fabric's 4,600 in year 0, sells more and pays less each year. Candidate:
     * -30,000; 6,307.20 - 3,514 = 2,793.20; 12,614.40 - 3,514 = 9,100.40; 9,100.40 + 9,750 =
     * 18,850.40. Baseline: -34,600; 4,204.80 - 3,225.40 = 979.40; 8,409.60 - 3,225.40 = 5,184.20;
     * 5,184.20 + 9,750 + 1,840 = 16,774.20. Upgrade x 8: 36,800; 14,510.40; 31,329.60; 16,609.60.
     */
    private final Scenario cheaperCandidate =
        Scenario.builder()
            .name("cheaper candidate")
            .fleet(BY_HAND.fleet())
            .candidate(CANDIDATE.withAnnualCostPerGpu(usd("1000")))
            .baseline(BASELINE.withFabric(CANDIDATE_FABRIC))
            .pricing(BY_HAND.pricing())
            .lifetime(TERMS)
            .build();

    /**
     * The candidate's fraction is 0.5, below the baseline's 0.6: it sells 7,008 a year. Candidate:
     * -34,600; 3,504 - 3,225.40 = 278.60; 7,008 - 3,225.40 = 3,782.60; 3,782.60 + 9,750 + 1,840 =
     * 15,372.60. Upgrade x 8: -36,800; -3,297.60; -8,904.00; 5,816.00, cumulatively -36,800;
     * -40,097.60; -49,001.60; -43,185.60.
     */
    private final Scenario worseCandidate =
        BY_HAND.toBuilder().candidate(BY_HAND.candidate().withEffectiveFraction(0.5)).build();

    /**
     * The candidate's fraction is 0.1: it sells 1,401.60 a year and loses every year. Candidate:
     * -34,600; 700.80 - 3,225.40 = -2,524.60; 1,401.60 - 3,225.40 = -1,823.80; -1,823.80 + 9,750 +
     * 1,840 = 9,766.20. Upgrade x 8: -36,800; -25,723.20; -53,755.20; -39,035.20; its NPV is
     * -36,800 - 23,384.7273 - 44,425.7851 - 29,327.7235 = -133,938.24.
     */
    private final Scenario hopelessCandidate =
        BY_HAND.toBuilder().candidate(BY_HAND.candidate().withEffectiveFraction(0.1)).build();

    /** Every flow positive: the signs never change, so there is no IRR, as the README says. */
    @Test
    void anUpgradeWhoseFlowsAreAllPositiveHasNoIrr() {
      CalculationResults results = analyse(cheaperCandidate);

      assertFails(
          results,
          UPGRADE_IRR,
          FailureReason.UNDEFINED,
          "no IRR: every flow is positive (upgrade cash flows USD: year 0 36,800.00; year 1"
              + " 14,510.40; year 2 31,329.60; year 3 16,609.60)");
      // it needs no investment: it pays back at once
      assertThat(results.value(UPGRADE_PAYBACK_MONTHS)).isZero();
      assertThat(results.value(UPGRADE_DISCOUNTED_PAYBACK_MONTHS)).isZero();
    }

    /**
     * Two options at the same stated cost (USD 1,000, no fabric), fractions 0.9 and 0.6: year 0
     * costs nothing more, and each year sells (15,768 - 10,512) x 0.8 = 4,204.80 more per GPU, half
     * of it in year 1. Upgrade x 8: 0; 16,819.20; 33,638.40; 33,638.40: zero then only inflows, so
     * the signs never change and the README's reason is given, not the loan's.
     */
    @Test
    void anUpgradeOfZeroThenOnlyInflowsHasNoIrrBecauseNoFlowIsNegative() {
      Scenario sameCosts =
          Scenario.builder()
              .name("same costs")
              .fleet(BY_HAND.fleet())
              .candidate(CANDIDATE.withAnnualCostPerGpu(usd("1000")))
              .baseline(BASELINE)
              .pricing(BY_HAND.pricing())
              .lifetime(TERMS)
              .build();
      assertFails(
          analyse(sameCosts),
          UPGRADE_IRR,
          FailureReason.UNDEFINED,
          "no IRR: every flow is zero or positive (upgrade cash flows USD: year 0 0.00; year 1"
              + " 16,819.20; year 2 33,638.40; year 3 33,638.40)");
    }

    /**
     * The baseline is built as the fabric (USD 4,600 per GPU up front, 920 + 460 a year, 100 W per
     * GPU, book value 4,600 x 2 / 5 = 1,840 after 3 years) and the candidate, as effective as the
     * baseline (0.6), states USD 5,000 a year: per GPU the upgrade saves 4,600 in year 0, then pays
     * 5,000 - 460 = 4,540 more a year less the energy (0.1 kW x 1.5 x 8,760 x 0.10 = 131.40) and
     * hosting (0.1 x 100 x 12 = 120) of the fabric: -4,288.60, and forgoes the book value in year
     * 3: -6,128.60. x 8: 36,800; -34,308.80; -34,308.80; -49,028.80: the flows of a loan.
     */
    @Test
    void anUpgradeThatStartsWithAnInflowIsALoanWithoutAnIrr() {
      Scenario loan =
          Scenario.builder()
              .name("loan")
              .fleet(BY_HAND.fleet())
              .candidate(CANDIDATE.withEffectiveFraction(0.6).withAnnualCostPerGpu(usd("5000")))
              .baseline(BASELINE.withFabric(CANDIDATE_FABRIC))
              .pricing(BY_HAND.pricing())
              .lifetime(TERMS)
              .build();
      assertFails(
          analyse(loan),
          UPGRADE_IRR,
          FailureReason.UNDEFINED,
          "no IRR of an investment: the upgrade's first flow is an inflow (it costs less up front"
              + " and more later, as a loan does), so an IRR would be a borrowing rate; compare by"
              + " UpgradeNpv (upgrade cash flows USD: year 0 36,800.00; year 1 -34,308.80; year 2"
              + " -34,308.80; year 3 -49,028.80)");
    }

    @Test
    void anUpgradeWhoseFlowsAreAllNegativeHasNoIrr() {
      assertFails(
          analyse(hopelessCandidate),
          UPGRADE_IRR,
          FailureReason.UNDEFINED,
          "no IRR: every flow is negative (upgrade cash flows USD: year 0 -36,800.00; year 1"
              + " -25,723.20; year 2 -53,755.20; year 3 -39,035.20)");
    }

    @Test
    void theBreakEvenNetworkCostIsUndefinedWhenEvenAFreeNetworkFallsShort() {
      // (-133,938.24 / 8 + 4,986.7273) / 2.4868520 = -11,755.5527 / 2.4868520 = -4,727.08
      assertFails(
          analyse(hopelessCandidate),
          BREAK_EVEN_NETWORK_COST_PER_GPU,
          FailureReason.UNDEFINED,
          "even a free network would not give the candidate the baseline's NPV: the break-even"
              + " annual network cost per GPU is USD -4,727.08");
    }

    @Test
    void anUpgradeThatNeverPaysBackHasNoPayback() {
      CalculationResults results = analyse(worseCandidate);
      String flows =
          " (upgrade cash flows USD: year 0 -36,800.00; year 1 -3,297.60; year 2 -8,904.00;"
              + " year 3 5,816.00)";

      assertFails(
          results,
          UPGRADE_PAYBACK_MONTHS,
          FailureReason.UNDEFINED,
          "the upgrade does not pay back within the 3-year horizon: its cumulative cash flow is"
              + " negative at the end"
              + flows);
      assertFails(
          results,
          UPGRADE_DISCOUNTED_PAYBACK_MONTHS,
          FailureReason.UNDEFINED,
          "the upgrade does not pay back within the 3-year horizon: its cumulative discounted"
              + " cash flow is negative at the end"
              + flows);
    }

    /*
     * The net benefit is linear in the GPU-hour price p: its slope is the extra revenue per unit of
     * price, (8,760 x 0.8 x (candidate fraction - baseline fraction)) x 8 x (0.5 + 2), and the
     * break-even is p = 2.00 - net benefit / slope when that is 0 or more.
     */

    @Test
    void theBreakEvenGpuHourPriceIsUndefinedWhenEveryPriceOrNoPricePaysBack() {
      // slope (8,760 x 0.8 x 0.3) x 20 = 42,048: 2.00 - 99,249.60 / 42,048 = -0.36 is below 0
      assertFails(
          analyse(cheaperCandidate),
          BREAK_EVEN_GPU_HOUR_PRICE,
          FailureReason.UNDEFINED,
          "the upgrade pays back at every GPU-hour price, even 0 (net benefit USD 99,249.60)");
      // the candidate sells less, slope (8,760 x 0.8 x -0.1) x 20 = -14,016: a lower price pays
      // back, but 2.00 - (-43,185.60) / (-14,016) = -1.08 is below 0
      assertFails(
          analyse(worseCandidate),
          BREAK_EVEN_GPU_HOUR_PRICE,
          FailureReason.UNDEFINED,
          "the upgrade pays back at no GPU-hour price of 0 or more (net benefit USD -43,185.60 at"
              + " today's price)");
      // equal fractions, slope 0: per GPU -4,600 + 3 x (3,514 - 3,225.40) + 1,840 = -1,894.20,
      // x 8 = -15,153.60 at any price
      assertFails(
          analyse(
              BY_HAND.toBuilder()
                  .candidate(BY_HAND.candidate().withEffectiveFraction(0.6))
                  .build()),
          BREAK_EVEN_GPU_HOUR_PRICE,
          FailureReason.UNDEFINED,
          "the candidate sells as much as the baseline, so the upgrade's net benefit (USD"
              + " -15,153.60) does not depend on the GPU-hour price");
      assertFails(
          analyse(
              BY_HAND.toBuilder()
                  .pricing(PricingModel.perMillionTokens(usd("0.50"), 2000))
                  .build()),
          BREAK_EVEN_GPU_HOUR_PRICE,
          FailureReason.MISSING_INPUT,
          "the pricing is per million tokens: a break-even GPU-hour price needs GPU-time"
              + " pricing");
    }

    @Test
    void theBreakEvenEffectiveFractionIsUndefinedWhenNoFractionMatches() {
      // at a zero price the candidate realises nothing
      assertFails(
          analyse(BY_HAND.toBuilder().pricing(PricingModel.perGpuHour(usd("0"))).build()),
          BREAK_EVEN_EFFECTIVE_FRACTION,
          FailureReason.UNDEFINED,
          "the candidate realises no value: no effective fraction matches the baseline");
      // a USD 2,000,000 switch: capex 2,016,800 for 8 GPUs, more than any fraction earns back
      FabricDesign dear =
          SMALL_FABRIC.withPrices(
              FabricPriceList.of(usd("2000000"), usd("500"), usd("1000"), usd("100"))
                  .withPower(400, 15, 20));
      assertFails(
          analyse(
              BY_HAND.toBuilder()
                  .candidate(BY_HAND.candidate().withFabric(NetworkFabric.of(dear, 5, 0.1)))
                  .build()),
          BREAK_EVEN_EFFECTIVE_FRACTION,
          FailureReason.UNDEFINED,
          "even an effective fraction of 1 does not give the candidate the baseline's NPV");
      // a free candidate against a baseline that realises 1 % and pays for a fabric
      Scenario freeCandidate =
          Scenario.builder()
              .name("free candidate")
              .fleet(BY_HAND.fleet())
              .candidate(CANDIDATE)
              .baseline(BASELINE.withEffectiveFraction(0.01).withFabric(CANDIDATE_FABRIC))
              .pricing(BY_HAND.pricing())
              .lifetime(TERMS)
              .build();
      assertFails(
          analyse(freeCandidate),
          BREAK_EVEN_EFFECTIVE_FRACTION,
          FailureReason.UNDEFINED,
          "the candidate matches the baseline at every effective fraction down to 0.000001");
    }

    /**
     * The lifetime figures read the networks through the graph: the candidate's fabric does not
     * fit, so its network cost per GPU fails as undefined with the fabric's message, and the
     * candidate's TCO, which requires it, fails as a failed dependency that quotes it.
     */
    @Test
    void aFabricTheFleetDoesNotFitFailsThatOptionsTcoThroughItsNetworkCost() {
      // 200 GPUs in 2 tiers of radix 16: at most 16 leaves x 8 = 128 GPUs
      Scenario tooLarge =
          BY_HAND.toBuilder()
              .fleet(BY_HAND.fleet().withCount(200))
              .candidate(
                  BY_HAND
                      .candidate()
                      .withFabric(NetworkFabric.of(SMALL_FABRIC.withTiers(2), 5, 0.1)))
              .build();
      CalculationResults results = analyse(tooLarge);
      String message =
          "a fleet of 200 GPUs x 1 NIC does not fit 2 tiers of radix-16 switches at 1:1: they"
              + " connect at most 128 GPUs; 3 tiers would (1,024)";
      // the network cost uses the fabric's capex, which fails: the network costs fail with it
      String network = "uses FabricCapexPerGpuCandidate, which failed (UNDEFINED): " + message;
      assertFails(
          results,
          Measures.NETWORK_COST_PER_GPU_CANDIDATE,
          FailureReason.DEPENDENCY_FAILED,
          network);

      for (Measure<?> measure :
          List.of(
              LIFETIME_GPU_COST_PER_GPU_CANDIDATE,
              LIFETIME_NETWORK_COST_PER_GPU_CANDIDATE,
              LIFETIME_POWER_COST_PER_GPU_CANDIDATE,
              LIFETIME_HOSTING_COST_PER_GPU_CANDIDATE,
              LIFETIME_TCO_PER_GPU_CANDIDATE,
              LIFETIME_TCO_FLEET_CANDIDATE,
              ANNUAL_TCO_PER_GPU_CANDIDATE,
              ANNUAL_TCO_FLEET_CANDIDATE)) {
        assertFails(
            results,
            measure,
            FailureReason.DEPENDENCY_FAILED,
            "requires NetworkCostPerGpuCandidate, which failed (DEPENDENCY_FAILED): " + network);
      }
      // the upgrade needs the candidate's network; NetworkCostCalculator fails the three costs
      // together, so the first it requires by name, the baseline's, is the one quoted
      if (!results.get(Measures.NETWORK_COST_PER_GPU_BASELINE).isSuccess()) {
        assertFails(
            results,
            UPGRADE_NPV,
            FailureReason.DEPENDENCY_FAILED,
            "requires NetworkCostPerGpuBaseline, which failed (DEPENDENCY_FAILED): " + network);
        assertFails(
            results,
            LIFETIME_TCO_PER_GPU_BASELINE,
            FailureReason.DEPENDENCY_FAILED,
            "requires NetworkCostPerGpuBaseline, which failed (DEPENDENCY_FAILED): " + network);
        return;
      }
      assertFails(
          results,
          UPGRADE_NPV,
          FailureReason.DEPENDENCY_FAILED,
          "requires NetworkCostPerGpuCandidate, which failed (DEPENDENCY_FAILED): " + network);
      // the baseline's TCO per GPU does not depend on the count: as by hand, x 200 for the fleet
      assertThat(cents(results, LIFETIME_GPU_COST_PER_GPU_BASELINE)).isEqualTo(cents("20250.00"));
      assertThat(cents(results, LIFETIME_NETWORK_COST_PER_GPU_BASELINE))
          .isEqualTo(cents("3000.00"));
      assertThat(cents(results, LIFETIME_POWER_COST_PER_GPU_BASELINE)).isEqualTo(cents("3942.00"));
      assertThat(cents(results, LIFETIME_HOSTING_COST_PER_GPU_BASELINE))
          .isEqualTo(cents("3600.00"));
      assertThat(cents(results, LIFETIME_TCO_PER_GPU_BASELINE)).isEqualTo(cents("30792.00"));
      assertThat(cents(results, LIFETIME_TCO_FLEET_BASELINE)).isEqualTo(cents("6158400.00"));
      assertThat(cents(results, ANNUAL_TCO_PER_GPU_BASELINE)).isEqualTo(cents("10264.00"));
      assertThat(cents(results, ANNUAL_TCO_FLEET_BASELINE)).isEqualTo(cents("2052800.00"));
    }
  }
}
