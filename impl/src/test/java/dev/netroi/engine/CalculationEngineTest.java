package dev.netroi.engine;

import static dev.netroi.calc.Measures.BENEFIT_COST_RATIO;
import static dev.netroi.calc.Measures.NETWORK_RUN_RATE_PER_ACTIVE_GPU;
import static dev.netroi.calc.Measures.NETWORK_SHARE_OF_BLENDED_ASP;
import static dev.netroi.calc.Measures.NETWORK_SHARE_OF_MODEL_ASP;
import static dev.netroi.calc.Measures.NETWORK_SPEND_PER_GPU_SOLD;
import static dev.netroi.calc.Measures.THEORETICAL_ANNUAL_VALUE_PER_GPU;
import static dev.netroi.calc.Measures.VALUE_UPLIFT_PER_GPU;
import static dev.netroi.engine.TestCalculator.ALPHA;
import static dev.netroi.engine.TestCalculator.BETA;
import static dev.netroi.engine.TestCalculator.DELTA;
import static dev.netroi.engine.TestCalculator.EPSILON;
import static dev.netroi.engine.TestCalculator.GAMMA;
import static dev.netroi.engine.TestCalculator.figure;
import static dev.netroi.engine.TestCalculator.named;
import static dev.netroi.testkit.NetroiDomain.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.netroi.Scenario;
import dev.netroi.calc.CalculationException;
import dev.netroi.calc.CalculationResults;
import dev.netroi.calc.Calculator;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Figure;
import dev.netroi.calc.Measure;
import dev.netroi.calc.Measures;
import dev.netroi.calc.Result;
import dev.netroi.reference.ReferenceArgument;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CalculationEngineTest {

  private static List<Measure<?>> measuresOf(List<Result<?>> results) {
    List<Measure<?>> measures = new ArrayList<>();
    results.forEach(result -> measures.add(result.measure()));
    return measures;
  }

  private final Scenario scenario = ReferenceArgument.mixtral();

  private static CalculationEngine engineOf(Calculator... calculators) {
    return CalculationEngine.of(CalculatorRegistry.of(calculators));
  }

  private static Result.Failure<?> failure(Result<?> result) {
    assertThat(result).isInstanceOf(Result.Failure.class);
    return (Result.Failure<?>) result;
  }

  @Nested
  class FailuresAsData {

    @Test
    void aCalculationExceptionBecomesAFailureWithItsReasonAndMessage() {
      CalculationEngine engine =
          engineOf(
              named("UndefinedAlpha")
                  .providing(ALPHA)
                  .throwing(
                      new CalculationException(
                          FailureReason.UNDEFINED, "Alpha is undefined for this scenario")),
              named("Gammas").providing(GAMMA));

      CalculationResults results = engine.calculate(scenario, ALPHA, GAMMA);

      assertThat(results.get(ALPHA))
          .isEqualTo(
              Result.failure(
                  ALPHA, FailureReason.UNDEFINED, "Alpha is undefined for this scenario"));
      assertThat(results.value(GAMMA)).isEqualTo(1.0);
    }

    @Test
    void anotherRuntimeExceptionBecomesACalculationErrorNamingTheCalculator() {
      CalculationEngine engine =
          engineOf(
              named("Exploding").providing(ALPHA).throwing(new ArithmeticException("/ by zero")),
              named("Gammas").providing(GAMMA));

      CalculationResults results = engine.calculate(scenario, ALPHA, GAMMA);

      assertThat(results.get(ALPHA))
          .isEqualTo(
              Result.failure(
                  ALPHA,
                  FailureReason.CALCULATION_ERROR,
                  "calculator Exploding threw java.lang.ArithmeticException: / by zero"));
      assertThat(results.value(GAMMA)).isEqualTo(1.0);
    }

    @Test
    void aCalculationErrorKeepsTheExceptionAsItsCauseAndPassesItToItsDependants() {
      ArithmeticException thrown = new ArithmeticException("/ by zero");
      CalculationEngine engine =
          engineOf(
              named("Exploding").providing(ALPHA).throwing(thrown),
              named("NeedsAlpha").providing(BETA).requiring(ALPHA));

      CalculationResults results = engine.calculate(scenario, ALPHA, BETA);

      assertThat(failure(results.get(ALPHA)).cause()).isSameAs(thrown);
      assertThat(failure(results.get(BETA)).reason()).isEqualTo(FailureReason.DEPENDENCY_FAILED);
      assertThat(failure(results.get(BETA)).cause()).isSameAs(thrown);
    }

    @Test
    void anExpectedFailureHasNoCause() {
      CalculationEngine engine =
          engineOf(
              named("Undefined")
                  .providing(ALPHA)
                  .throwing(new CalculationException(FailureReason.UNDEFINED, "no alpha")));

      assertThat(failure(engine.calculate(scenario, ALPHA).get(ALPHA)).cause()).isNull();
    }

    @Test
    void everyMeasureOfAFailingCalculatorFails() {
      CalculationEngine engine =
          engineOf(
              named("Exploding")
                  .providing(ALPHA, BETA)
                  .throwing(new IllegalStateException("broken")));

      CalculationResults results = engine.calculate(scenario, ALPHA, BETA);

      assertThat(measuresOf(results.failures())).containsExactly(ALPHA, BETA);
      assertThat(results.failures())
          .allSatisfy(
              f -> assertThat(failure(f).reason()).isEqualTo(FailureReason.CALCULATION_ERROR));
    }

    @Test
    void measuresRequiringAFailedMeasureFailAsDependencyFailedNamingIt() {
      CalculationEngine engine =
          engineOf(
              named("MissingAlpha")
                  .providing(ALPHA)
                  .throwing(new CalculationException(FailureReason.MISSING_INPUT, "no alpha")),
              named("BetaFromAlpha").providing(BETA).requiring(ALPHA),
              named("DeltaFromBeta").providing(DELTA).requiring(BETA),
              named("Gammas").providing(GAMMA));

      CalculationResults results = engine.calculate(scenario, DELTA, BETA, GAMMA, ALPHA);

      assertThat(results.get(BETA))
          .isEqualTo(
              Result.failure(
                  BETA,
                  FailureReason.DEPENDENCY_FAILED,
                  "requires Alpha, which failed (MISSING_INPUT): no alpha"));
      assertThat(failure(results.get(DELTA)).reason()).isEqualTo(FailureReason.DEPENDENCY_FAILED);
      assertThat(failure(results.get(DELTA)).message())
          .startsWith("requires Beta, which failed (DEPENDENCY_FAILED): requires Alpha");
      assertThat(failure(results.get(ALPHA)).reason()).isEqualTo(FailureReason.MISSING_INPUT);
      assertThat(results.value(GAMMA)).isEqualTo(1.0);
    }

    /** Set iteration order changes from one JVM to the next; the message must not. */
    @Test
    void aDependentOfSeveralFailedMeasuresNamesTheFirstByName() {
      CalculationEngine engine =
          engineOf(
              named("UndefinedDelta")
                  .providing(DELTA)
                  .throwing(new CalculationException(FailureReason.UNDEFINED, "no delta")),
              named("UndefinedGamma")
                  .providing(GAMMA)
                  .throwing(new CalculationException(FailureReason.UNDEFINED, "no gamma")),
              named("UndefinedBeta")
                  .providing(BETA)
                  .throwing(new CalculationException(FailureReason.UNDEFINED, "no beta")),
              named("MissingAlpha")
                  .providing(ALPHA)
                  .throwing(new CalculationException(FailureReason.MISSING_INPUT, "no alpha")),
              named("EpsilonFromAll").providing(EPSILON).requiring(GAMMA, BETA, ALPHA, DELTA));

      for (int run = 0; run < 3; run++) {
        Result<?> epsilon = engine.calculate(scenario, EPSILON).get(EPSILON);

        assertThat(failure(epsilon).message())
            .isEqualTo("requires Alpha, which failed (MISSING_INPUT): no alpha");
      }
    }

    @Test
    void theBuiltInMeasuresStillComputeNextToAFailingPlugIn() {
      CalculationEngine engine =
          CalculationEngine.of(
              CalculatorRegistry.builtIns()
                  .with(
                      named("Exploding")
                          .providing(ALPHA)
                          .throwing(new UnsupportedOperationException("not yet"))));

      CalculationResults results =
          engine.calculate(scenario, List.of(ALPHA, VALUE_UPLIFT_PER_GPU, BENEFIT_COST_RATIO));

      assertThat(measuresOf(results.failures())).containsExactly(ALPHA);
      assertThat(results.value(VALUE_UPLIFT_PER_GPU).rounded())
          .isEqualTo(new BigDecimal("49669.20"));
    }
  }

  @Nested
  class ContractViolations {

    private CalculationResults calculateAlphaWith(TestCalculator calculator) {
      return engineOf(calculator, named("Betas").providing(BETA), named("Gammas").providing(GAMMA))
          .calculate(scenario, ALPHA, GAMMA);
    }

    private void assertCalculationError(CalculationResults results, String message) {
      assertThat(results.get(ALPHA))
          .isEqualTo(Result.failure(ALPHA, FailureReason.CALCULATION_ERROR, message));
      assertThat(results.value(GAMMA)).isEqualTo(1.0);
    }

    @Test
    void aFigureForAnUndeclaredMeasureIsACalculationError() {
      TestCalculator sloppy =
          named("Sloppy")
              .providing(ALPHA)
              .calculating(context -> List.of(figure(ALPHA, 1), figure(BETA, 2)));

      assertCalculationError(
          calculateAlphaWith(sloppy),
          "calculator Sloppy returned a figure for Beta, which it does not declare in provides()");
    }

    @Test
    void aMissingFigureOfADeclaredMeasureIsACalculationError() {
      TestCalculator forgetful =
          named("Forgetful")
              .providing(ALPHA, DELTA, EPSILON)
              .calculating(context -> List.of(figure(ALPHA, 1)));

      assertCalculationError(
          calculateAlphaWith(forgetful),
          "calculator Forgetful returned no figure for [Delta, Epsilon]");
    }

    @Test
    void aNullListIsACalculationError() {
      TestCalculator nothing = named("Nothing").providing(ALPHA).calculating(context -> null);

      assertCalculationError(
          calculateAlphaWith(nothing),
          "calculator Nothing returned null instead of a list of figures");
    }

    @Test
    void aNullFigureIsACalculationError() {
      TestCalculator holes =
          named("Holes")
              .providing(ALPHA)
              .calculating(context -> Arrays.asList(figure(ALPHA, 1), null));

      assertCalculationError(calculateAlphaWith(holes), "calculator Holes returned a null figure");
    }

    @Test
    void twoFiguresForOneMeasureAreACalculationError() {
      TestCalculator twice =
          named("Twice")
              .providing(ALPHA)
              .calculating(context -> List.of(figure(ALPHA, 1), figure(ALPHA, 2)));

      assertCalculationError(
          calculateAlphaWith(twice), "calculator Twice returned two figures for Alpha");
    }

    @Test
    void readingAnUndeclaredRequirementIsACalculationError() {
      TestCalculator snooping =
          named("Snooping")
              .providing(ALPHA)
              .calculating(context -> List.of(figure(ALPHA, context.value(BETA))));

      assertCalculationError(
          calculateAlphaWith(snooping),
          "calculator Snooping threw java.lang.IllegalStateException: calculator Snooping read"
              + " Beta but does not declare it in requires() or uses()");
    }

    @Test
    void readingAnUndeclaredBuiltInMeasureIsACalculationErrorEvenIfItWasComputed() {
      Calculator snooping =
          named("SnoopingOnBuiltIns")
              .providing(ALPHA)
              .requiring(VALUE_UPLIFT_PER_GPU)
              .calculating(context -> List.of(figure(ALPHA, context.value(BENEFIT_COST_RATIO))));
      CalculationEngine engine = CalculationEngine.of(CalculatorRegistry.builtIns().with(snooping));

      CalculationResults results = engine.calculate(scenario, BENEFIT_COST_RATIO, ALPHA);

      assertThat(failure(results.get(ALPHA)).reason()).isEqualTo(FailureReason.CALCULATION_ERROR);
      assertThat(failure(results.get(ALPHA)).message())
          .contains("SnoopingOnBuiltIns read BenefitCostRatio but does not declare it");
      assertThat(results.get(BENEFIT_COST_RATIO).isSuccess()).isTrue();
    }

    @Test
    void aNonFiniteValueIsACalculationError() {
      TestCalculator dividing =
          named("Dividing")
              .providing(ALPHA)
              .calculating(context -> List.of(figure(ALPHA, 0.0 / 0.0)));

      CalculationResults results = calculateAlphaWith(dividing);

      assertThat(failure(results.get(ALPHA)).reason()).isEqualTo(FailureReason.CALCULATION_ERROR);
      assertThat(failure(results.get(ALPHA)).message())
          .isEqualTo(
              "calculator Dividing threw java.lang.IllegalArgumentException: value of Alpha must"
                  + " be finite but was NaN");
    }

    @Test
    void measuresRequiringABrokenCalculatorFailAsDependencyFailed() {
      CalculationEngine engine =
          engineOf(
              named("Nothing").providing(ALPHA).calculating(context -> null),
              named("BetaFromAlpha").providing(BETA).requiring(ALPHA));

      Result<?> beta = engine.calculate(scenario, BETA).get(BETA);

      assertThat(failure(beta).reason()).isEqualTo(FailureReason.DEPENDENCY_FAILED);
      assertThat(failure(beta).message())
          .isEqualTo(
              "requires Alpha, which failed (CALCULATION_ERROR): calculator Nothing returned null"
                  + " instead of a list of figures");
    }
  }

  @Nested
  class WithoutAMarketSnapshot {

    private final Scenario noMarket =
        Scenario.builder()
            .name("no market")
            .fleet(scenario.fleet())
            .candidate(scenario.candidate())
            .baseline(scenario.baseline().withAnnualCostPerGpu(usd("2900")))
            .pricing(scenario.pricing())
            .build();

    @Test
    void onlyTheMarketFabricAndLifetimeMeasuresFail() {
      CalculationResults results = Netroi.calculateAll(noMarket);
      List<Measure<?>> expected =
          new ArrayList<>(
              List.of(
                  NETWORK_RUN_RATE_PER_ACTIVE_GPU,
                  NETWORK_SPEND_PER_GPU_SOLD,
                  NETWORK_SHARE_OF_BLENDED_ASP,
                  NETWORK_SHARE_OF_MODEL_ASP,
                  Measures.FABRIC_CAPEX_PER_GPU_CANDIDATE,
                  Measures.FABRIC_CAPEX_PER_GPU_BASELINE,
                  Measures.FABRIC_POWER_PER_GPU_CANDIDATE,
                  Measures.FABRIC_POWER_PER_GPU_BASELINE));
      // the scenario has no lifetime terms: every lifetime measure, the last 31, fails too
      List<Measure<?>> all = Measures.all();
      expected.addAll(
          all.subList(all.indexOf(Measures.LIFETIME_GPU_COST_PER_GPU_CANDIDATE), all.size()));

      assertThat(measuresOf(results.failures())).containsExactlyElementsOf(expected);
      assertThat(expected).hasSize(8 + 31);
      assertThat(results.measures()).hasSize(Measures.all().size());
    }

    @Test
    void theMarketFiguresFailAsMissingInputAndTheSharesAsDependencyFailed() {
      CalculationResults results = Netroi.calculateAll(noMarket);

      for (Measure<?> measure :
          List.of(NETWORK_RUN_RATE_PER_ACTIVE_GPU, NETWORK_SPEND_PER_GPU_SOLD)) {
        assertThat(results.get(measure))
            .isEqualTo(
                Result.failure(
                    measure,
                    FailureReason.MISSING_INPUT,
                    "scenario 'no market' has no market snapshot"));
      }
      for (Measure<?> share : List.of(NETWORK_SHARE_OF_BLENDED_ASP, NETWORK_SHARE_OF_MODEL_ASP)) {
        assertThat(results.get(share))
            .isEqualTo(
                Result.failure(
                    share,
                    FailureReason.DEPENDENCY_FAILED,
                    "requires NetworkRunRatePerActiveGpu, which failed (MISSING_INPUT): scenario"
                        + " 'no market' has no market snapshot"));
      }
    }
  }

  @Nested
  class Grids {

    private final Scenario freeNetwork =
        scenario.toBuilder()
            .name("free network")
            .candidate(scenario.candidate().withAnnualCostPerGpu(usd("0")))
            .build();

    private final List<Scenario> scenarios =
        List.of(scenario, freeNetwork, ReferenceArgument.llama2());

    @Test
    void aFailingRowNeverStopsTheOthers() {
      ResultGrid grid =
          Netroi.engine().calculate(scenarios, List.of(VALUE_UPLIFT_PER_GPU, BENEFIT_COST_RATIO));

      assertThat(grid.size()).isEqualTo(3);
      assertThat(grid.measures()).containsExactly(VALUE_UPLIFT_PER_GPU, BENEFIT_COST_RATIO);
      assertThat(grid.rows())
          .extracting(CalculationResults::scenario)
          .containsExactlyElementsOf(scenarios);
      assertThat(grid.get(0, BENEFIT_COST_RATIO).value()).isCloseTo(49669.2 / 3900, within(1e-12));
      assertThat(failure(grid.get(1, BENEFIT_COST_RATIO)).reason())
          .isEqualTo(FailureReason.UNDEFINED);
      assertThat(grid.get(1, VALUE_UPLIFT_PER_GPU).value().rounded())
          .isEqualTo(new BigDecimal("49669.20"));
      assertThat(grid.get(2, VALUE_UPLIFT_PER_GPU).value().rounded())
          .isEqualTo(new BigDecimal("165564.00"));
      assertThat(grid.get(2, BENEFIT_COST_RATIO).isSuccess()).isTrue();
      assertThat(grid.failures()).singleElement().isSameAs(grid.get(1, BENEFIT_COST_RATIO));
    }

    @Test
    void theTableShowsAFailedCellAsNotAvailableWithItsReason() {
      ResultGrid grid =
          Netroi.engine().calculate(scenarios, List.of(VALUE_UPLIFT_PER_GPU, BENEFIT_COST_RATIO));

      String table = grid.toTable();

      assertThat(table.lines())
          .hasSize(5)
          .anySatisfy(
              line -> assertThat(line).contains("free network", "USD 49,669.20", "n/a (UNDEFINED)"))
          .anySatisfy(
              line ->
                  assertThat(line).contains("mixtral-8x7b @ $0.27", "USD 49,669.20", "12.7357x"))
          .anySatisfy(
              line ->
                  assertThat(line).contains("llama2-70b @ $0.90", "USD 165,564.00", "42.4523x"));
      assertThat(grid).hasToString(table);
    }

    @Test
    void noScenariosGiveAnEmptyGrid() {
      ResultGrid grid = Netroi.engine().calculate(List.of(), List.of(VALUE_UPLIFT_PER_GPU));

      assertThat(grid.size()).isZero();
      assertThat(grid.failures()).isEmpty();
      assertThat(grid.measures()).containsExactly(VALUE_UPLIFT_PER_GPU);
    }
  }

  @Nested
  class Arguments {

    private final CalculationEngine engine = Netroi.engine();

    @Test
    void anEmptyListOfMeasuresIsRefused() {
      assertThatThrownBy(() -> engine.calculate(scenario, List.of()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("measures must not be empty but was []");
      assertThatThrownBy(() -> engine.calculate(scenario))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> engine.calculate(List.of(scenario), List.of()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("measures must not be empty but was []");
    }

    @Test
    void aRepeatedMeasureIsRefused() {
      assertThatThrownBy(
              () ->
                  engine.calculate(
                      scenario, VALUE_UPLIFT_PER_GPU, BENEFIT_COST_RATIO, VALUE_UPLIFT_PER_GPU))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "measures must not repeat a measure but was [ValueUpliftPerGpu, BenefitCostRatio,"
                  + " ValueUpliftPerGpu]");
      assertThatThrownBy(() -> engine.calculate(List.of(scenario), List.of(ALPHA, ALPHA)))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMeasureWithoutProviderIsRefusedNamingIt() {
      assertThatThrownBy(() -> engine.calculate(scenario, ALPHA))
          .isInstanceOfSatisfying(
              RegistryException.class,
              e -> {
                assertThat(e.getKind()).isEqualTo(RegistryException.Kind.MISSING_PROVIDER);
                assertThat(e.getMeasures()).containsExactly("Alpha");
              })
          .hasMessageStartingWith("No calculator provides Alpha; provided measures: [");
    }

    @Test
    void nullsAreRefusedNamingTheArgument() {
      assertThatThrownBy(() -> engine.calculate((Scenario) null, VALUE_UPLIFT_PER_GPU))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("scenario must not be null");
      assertThatThrownBy(() -> engine.calculate(scenario, (List<Measure<?>>) null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("measures must not be null");
      assertThatThrownBy(() -> CalculationEngine.of(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("registry must not be null");
    }
  }

  @Nested
  class Plans {

    @Test
    void keepsAtMostTheCapOfPlansAndStillComputesBeyondIt() {
      CalculationEngine engine = CalculationEngine.of(CalculatorRegistry.builtIns());
      List<Measure<?>> all = engine.registry().measures();
      int lists = 0;
      for (int i = 0; i < all.size() && lists <= CalculationEngine.MAX_CACHED_PLANS; i++) {
        for (int j = 0; j < all.size() && lists <= CalculationEngine.MAX_CACHED_PLANS; j++) {
          if (i != j) {
            CalculationResults results = engine.calculate(scenario, all.get(i), all.get(j));
            assertThat(results.measures()).containsExactly(all.get(i), all.get(j));
            lists++;
          }
        }
      }

      assertThat(lists).isEqualTo(CalculationEngine.MAX_CACHED_PLANS + 1);
      assertThat(engine.cachedPlanCount()).isEqualTo(CalculationEngine.MAX_CACHED_PLANS);
      assertThat(engine.calculate(scenario, VALUE_UPLIFT_PER_GPU).value(VALUE_UPLIFT_PER_GPU))
          .isEqualTo(Netroi.value(scenario, VALUE_UPLIFT_PER_GPU));
      assertThat(engine.cachedPlanCount()).isEqualTo(CalculationEngine.MAX_CACHED_PLANS);
    }

    private final List<Measure<?>> measures =
        List.of(BENEFIT_COST_RATIO, VALUE_UPLIFT_PER_GPU, THEORETICAL_ANNUAL_VALUE_PER_GPU);

    @Test
    void reusingAPlanGivesEqualResults() {
      CalculationEngine engine = CalculationEngine.of(CalculatorRegistry.builtIns());

      CalculationResults first = engine.calculate(scenario, measures);
      CalculationResults llama = engine.calculate(ReferenceArgument.llama2(), measures);
      CalculationResults again = engine.calculate(scenario, measures);

      assertThat(again).isEqualTo(first).hasSameHashCodeAs(first);
      assertThat(llama).isNotEqualTo(first);
      assertThat(CalculationEngine.of(CalculatorRegistry.builtIns()).calculate(scenario, measures))
          .isEqualTo(first);
    }

    @Test
    void resultsAreInTheRequestedOrder() {
      CalculationResults results = Netroi.engine().calculate(scenario, measures);

      assertThat(results.measures()).containsExactlyElementsOf(measures);
      assertThat(measuresOf(results.results())).containsExactlyElementsOf(measures);
    }

    @Test
    void eachCalculatorRunsOncePerScenario() {
      TestCalculator shared = named("Shared").providing(ALPHA, BETA);
      TestCalculator gamma = named("GammaFromAlpha").providing(GAMMA).requiring(ALPHA);
      TestCalculator delta = named("DeltaFromAlphaAndBeta").providing(DELTA).requiring(ALPHA, BETA);
      CalculationEngine engine = engineOf(shared, gamma, delta);

      CalculationResults results = engine.calculate(scenario, DELTA, ALPHA, GAMMA, BETA);

      assertThat(shared.calls()).isEqualTo(1);
      assertThat(gamma.calls()).isEqualTo(1);
      assertThat(delta.calls()).isEqualTo(1);
      assertThat(results.value(ALPHA)).isEqualTo(1.0);
      assertThat(results.value(GAMMA)).isEqualTo(2.0);
      assertThat(results.value(DELTA)).isEqualTo(3.0);

      engine.calculate(List.of(scenario, ReferenceArgument.llama2()), List.of(DELTA));

      assertThat(shared.calls()).isEqualTo(3);
      assertThat(gamma.calls()).isEqualTo(1);
      assertThat(delta.calls()).isEqualTo(3);
    }

    @Test
    void calculateAllCalculatesEveryMeasureOfTheRegistryInItsOrder() {
      CalculationEngine engine = Netroi.engine();

      CalculationResults all = engine.calculateAll(scenario);

      assertThat(all.measures()).containsExactlyElementsOf(engine.registry().measures());
      assertThat(all).isEqualTo(engine.calculate(scenario, engine.registry().measures()));
    }

    @Test
    void oneEngineServesManyThreadsWithEqualResults() throws Exception {
      CalculationEngine engine = CalculationEngine.of(CalculatorRegistry.builtIns());
      CalculationResults expected =
          CalculationEngine.of(CalculatorRegistry.builtIns()).calculateAll(scenario);
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        List<Future<CalculationResults>> futures = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
          futures.add(pool.submit(() -> engine.calculateAll(scenario)));
        }
        for (Future<CalculationResults> future : futures) {
          assertThat(future.get(1, TimeUnit.MINUTES)).isEqualTo(expected);
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void theEngineExposesItsRegistry() {
    CalculatorRegistry registry = CalculatorRegistry.builtIns();

    assertThat(CalculationEngine.of(registry).registry()).isSameAs(registry);
  }

  @Test
  void aSuccessHoldsTheFigureOfTheProvidingCalculator() {
    Figure<Double> expected = figure(ALPHA, 1);

    assertThat(engineOf(named("Alphas").providing(ALPHA)).calculate(scenario, ALPHA).get(ALPHA))
        .isEqualTo(Result.success(expected));
  }
}
