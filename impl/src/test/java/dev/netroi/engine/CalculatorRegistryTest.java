package dev.netroi.engine;

import static dev.netroi.calc.Measures.BENEFIT_COST_RATIO;
import static dev.netroi.calc.Measures.REALISED_ANNUAL_VALUE_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.THEORETICAL_ANNUAL_VALUE_PER_GPU;
import static dev.netroi.calc.Measures.VALUE_UPLIFT_PER_GPU;
import static dev.netroi.engine.TestCalculator.ALPHA;
import static dev.netroi.engine.TestCalculator.BETA;
import static dev.netroi.engine.TestCalculator.DELTA;
import static dev.netroi.engine.TestCalculator.GAMMA;
import static dev.netroi.engine.TestCalculator.named;
import static dev.netroi.testkit.NetroiDomain.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.netroi.CurrencyAmount;
import dev.netroi.builtin.BenefitCostRatioCalculator;
import dev.netroi.builtin.BuiltInCalculators;
import dev.netroi.builtin.ValueUpliftCalculator;
import dev.netroi.calc.CalculationContext;
import dev.netroi.calc.Calculator;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.Figure;
import dev.netroi.calc.Measure;
import dev.netroi.calc.Measures;
import dev.netroi.calc.StandardUnit;
import dev.netroi.calc.UnknownMeasureException;
import dev.netroi.reference.ReferenceArgument;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalculatorRegistryTest {

  private static final String UPLIFT_BUILT_IN = ValueUpliftCalculator.class.getName();

  /** Provides the value uplift, without overriding it. */
  static final class AnotherUpliftCalculator implements Calculator {
    @Override
    public Set<Measure<?>> provides() {
      return Set.of(VALUE_UPLIFT_PER_GPU);
    }

    @Override
    public List<Figure<?>> calculate(CalculationContext context) {
      return List.of(Figure.of(VALUE_UPLIFT_PER_GPU, usd("42"), Explanation.of("uplift = USD 42")));
    }
  }

  /** Provides and overrides the value uplift: USD 39,000 a year. */
  static final class OverridingUpliftCalculator implements Calculator {
    @Override
    public Set<Measure<?>> provides() {
      return Set.of(VALUE_UPLIFT_PER_GPU);
    }

    @Override
    public Set<Measure<?>> overrides() {
      return provides();
    }

    @Override
    public List<Figure<?>> calculate(CalculationContext context) {
      return List.of(
          Figure.of(VALUE_UPLIFT_PER_GPU, usd("39000"), Explanation.of("uplift = USD 39,000")));
    }
  }

  /** Also provides and overrides the value uplift. */
  static final class SecondOverridingUpliftCalculator implements Calculator {
    @Override
    public Set<Measure<?>> provides() {
      return Set.of(VALUE_UPLIFT_PER_GPU);
    }

    @Override
    public Set<Measure<?>> overrides() {
      return provides();
    }

    @Override
    public List<Figure<?>> calculate(CalculationContext context) {
      throw new UnsupportedOperationException("never called");
    }
  }

  private static RegistryException registryFailure(ThrowingCallable build) {
    List<RegistryException> caught = new ArrayList<>();
    assertThatThrownBy(build).isInstanceOfSatisfying(RegistryException.class, caught::add);
    return caught.get(0);
  }

  @Nested
  class DuplicateProviders {

    @Test
    void twoProvidersOfAMeasureWithoutAnOverrideFailNamingBothClassesAndTheMeasure() {
      RegistryException e =
          registryFailure(() -> CalculatorRegistry.builtIns().with(new AnotherUpliftCalculator()));

      String plugIn = AnotherUpliftCalculator.class.getName();
      assertThat(e.getKind()).isEqualTo(RegistryException.Kind.DUPLICATE_PROVIDER);
      assertThat(e.getMeasures()).containsExactly("ValueUpliftPerGpu");
      assertThat(e.getCalculators()).containsExactly(UPLIFT_BUILT_IN, plugIn);
      assertThat(e)
          .hasMessage(
              "Measures with more than one provider: ValueUpliftPerGpu is provided by ["
                  + UPLIFT_BUILT_IN
                  + ", "
                  + plugIn
                  + "] and none of them overrides it. Exactly one provider of a measure must list"
                  + " it in Calculator.overrides()");
    }

    @Test
    void everyConflictingMeasureIsNamedInNameOrder() {
      Calculator first = named("First").providing(BETA, ALPHA);
      Calculator second = named("Second").providing(ALPHA, BETA);

      RegistryException e = registryFailure(() -> CalculatorRegistry.of(second, first));

      assertThat(e.getMeasures()).containsExactly(ALPHA.name(), BETA.name());
      assertThat(e.getCalculators()).containsExactly("First", "Second", "First", "Second");
      assertThat(e)
          .hasMessageStartingWith(
              "Measures with more than one provider: "
                  + ALPHA
                  + " is provided by [First, Second] and none of them overrides it; "
                  + BETA
                  + " is provided by [First, Second]");
    }

    @Test
    void anOverridingCalculatorReplacesTheBuiltInWhateverTheRegistrationOrder() {
      Calculator overrider = new OverridingUpliftCalculator();
      List<Calculator> first = new ArrayList<>(List.of(overrider));
      first.addAll(BuiltInCalculators.all());
      List<Calculator> last = new ArrayList<>(BuiltInCalculators.all());
      last.add(overrider);

      for (CalculatorRegistry registry :
          List.of(
              CalculatorRegistry.of(first),
              CalculatorRegistry.of(last),
              CalculatorRegistry.builtIns().with(overrider))) {
        assertThat(registry.provider(VALUE_UPLIFT_PER_GPU)).containsSame(overrider);
        assertThat(registry.provider(BENEFIT_COST_RATIO).orElseThrow())
            .isInstanceOf(BenefitCostRatioCalculator.class);
        assertThat(
                CalculationEngine.of(registry)
                    .calculate(ReferenceArgument.mixtral(), BENEFIT_COST_RATIO)
                    .value(BENEFIT_COST_RATIO))
            .isCloseTo(10.0, within(1e-12));
      }
    }

    @Test
    void twoOverridingCalculatorsFail() {
      RegistryException e =
          registryFailure(
              () ->
                  CalculatorRegistry.builtIns()
                      .with(
                          new OverridingUpliftCalculator(),
                          new SecondOverridingUpliftCalculator()));

      assertThat(e.getKind()).isEqualTo(RegistryException.Kind.DUPLICATE_PROVIDER);
      assertThat(e.getCalculators())
          .containsExactly(
              UPLIFT_BUILT_IN,
              OverridingUpliftCalculator.class.getName(),
              SecondOverridingUpliftCalculator.class.getName());
      assertThat(e).hasMessageContaining("and 2 of them override it");
    }

    @Test
    void oneCalculatorRegisteredTwiceFails() {
      Calculator alphas = named("Alphas").providing(ALPHA);

      RegistryException e = registryFailure(() -> CalculatorRegistry.of(alphas, alphas));

      assertThat(e.getKind()).isEqualTo(RegistryException.Kind.DUPLICATE_PROVIDER);
      assertThat(e.getCalculators()).containsExactly("Alphas", "Alphas");
    }

    @Test
    void overridingAMeasureNoOtherCalculatorProvidesIsAllowed() {
      Calculator alphas = named("Alphas").providing(ALPHA).overriding(ALPHA);

      assertThat(CalculatorRegistry.of(alphas).provider(ALPHA)).containsSame(alphas);
    }
  }

  @Nested
  class MissingProviders {

    @Test
    void aRequiredMeasureWithoutProviderFailsNamingTheMeasureAndTheCalculatorRequiringIt() {
      RegistryException e =
          registryFailure(
              () ->
                  CalculatorRegistry.builtIns()
                      .with(
                          named("NeedsAlpha")
                              .providing(BETA)
                              .requiring(ALPHA, VALUE_UPLIFT_PER_GPU)));

      assertThat(e.getKind()).isEqualTo(RegistryException.Kind.MISSING_PROVIDER);
      assertThat(e.getMeasures()).containsExactly("Alpha");
      assertThat(e.getCalculators()).containsExactly("NeedsAlpha");
      assertThat(e)
          .hasMessage(
              "No calculator provides the required measures {Alpha=[NeedsAlpha]} (measure=[required"
                  + " by])");
    }

    @Test
    void aBuiltInWithoutItsInputsFailsNamingEveryMissingMeasure() {
      RegistryException e =
          registryFailure(() -> CalculatorRegistry.of(new BenefitCostRatioCalculator()));

      String bcr = BenefitCostRatioCalculator.class.getName();
      assertThat(e.getKind()).isEqualTo(RegistryException.Kind.MISSING_PROVIDER);
      assertThat(e.getMeasures())
          .containsExactly("NetworkCostPerGpuCandidate", "ValueUpliftPerGpu");
      assertThat(e.getCalculators()).containsExactly(bcr, bcr);
    }
  }

  @Nested
  class Cycles {

    @Test
    void twoCalculatorsRequiringEachOtherFailNamingThePath() {
      RegistryException e =
          registryFailure(
              () ->
                  CalculatorRegistry.of(
                      named("BetaFromAlpha").providing(BETA).requiring(ALPHA),
                      named("AlphaFromBeta").providing(ALPHA).requiring(BETA)));

      assertThat(e.getKind()).isEqualTo(RegistryException.Kind.CYCLE);
      assertThat(e)
          .hasMessage(
              "Measures depend on themselves: Alpha (AlphaFromBeta) -> Beta (BetaFromAlpha) ->"
                  + " Alpha");
      assertThat(e.getMeasures()).containsExactly("Alpha", "Beta", "Alpha");
      assertThat(e.getCalculators()).containsExactly("AlphaFromBeta", "BetaFromAlpha");
    }

    @Test
    void threeCalculatorsInACycleFailNamingThePath() {
      RegistryException e =
          registryFailure(
              () ->
                  CalculatorRegistry.of(
                      named("Deltas").providing(DELTA),
                      named("GammaFromAlpha").providing(GAMMA).requiring(ALPHA, DELTA),
                      named("BetaFromGamma").providing(BETA).requiring(GAMMA),
                      named("AlphaFromBeta").providing(ALPHA).requiring(BETA)));

      assertThat(e.getKind()).isEqualTo(RegistryException.Kind.CYCLE);
      assertThat(e)
          .hasMessage(
              "Measures depend on themselves: Alpha (AlphaFromBeta) -> Beta (BetaFromGamma) ->"
                  + " Gamma (GammaFromAlpha) -> Alpha");
      assertThat(e.getCalculators())
          .containsExactly("AlphaFromBeta", "BetaFromGamma", "GammaFromAlpha");
    }

    @Test
    void aCycleThroughBuiltInsFailsNamingThem() {
      Calculator circular =
          named("TheoreticalFromUplift")
              .providing(THEORETICAL_ANNUAL_VALUE_PER_GPU)
              .overriding(THEORETICAL_ANNUAL_VALUE_PER_GPU)
              .requiring(VALUE_UPLIFT_PER_GPU);

      RegistryException e = registryFailure(() -> CalculatorRegistry.builtIns().with(circular));

      assertThat(e.getKind()).isEqualTo(RegistryException.Kind.CYCLE);
      assertThat(e)
          .hasMessage(
              "Measures depend on themselves: TheoreticalAnnualValuePerGpu (TheoreticalFromUplift)"
                  + " -> ValueUpliftPerGpu ("
                  + UPLIFT_BUILT_IN
                  + ") -> RealisedAnnualValuePerGpuBaseline"
                  + " (dev.netroi.builtin.RealisedValueCalculator) ->"
                  + " TheoreticalAnnualValuePerGpu");
    }

    @Test
    void aCalculatorRequiringAMeasureItProvidesFails() {
      RegistryException e =
          registryFailure(
              () ->
                  CalculatorRegistry.of(named("SelfMade").providing(ALPHA, BETA).requiring(BETA)));

      assertThat(e.getKind()).isEqualTo(RegistryException.Kind.CYCLE);
      assertThat(e).hasMessage("Calculator SelfMade requires measures it provides: [Beta]");
      assertThat(e.getMeasures()).containsExactly("Beta");
      assertThat(e.getCalculators()).containsExactly("SelfMade");
    }
  }

  @Nested
  class InvalidCalculators {

    @Test
    void aCalculatorProvidingNothingFails() {
      RegistryException e = registryFailure(() -> CalculatorRegistry.of(named("Idle")));

      assertThat(e.getKind()).isEqualTo(RegistryException.Kind.INVALID_CALCULATOR);
      assertThat(e).hasMessage("Calculator Idle provides no measure");
      assertThat(e.getCalculators()).containsExactly("Idle");
    }

    @Test
    void aCalculatorOverridingAMeasureItDoesNotProvideFails() {
      RegistryException e =
          registryFailure(
              () ->
                  CalculatorRegistry.builtIns()
                      .with(named("Pretender").providing(ALPHA).overriding(VALUE_UPLIFT_PER_GPU)));

      assertThat(e.getKind()).isEqualTo(RegistryException.Kind.INVALID_CALCULATOR);
      assertThat(e)
          .hasMessage(
              "Calculator Pretender overrides measures it does not provide: [ValueUpliftPerGpu]");
      assertThat(e.getMeasures()).containsExactly("ValueUpliftPerGpu");
    }

    @Test
    void twoMeasuresOfOneNameAndAnotherUnitFail() {
      Measure<CurrencyAmount> perGpu =
          Measure.of("Spend", CurrencyAmount.class, StandardUnit.MONEY_PER_GPU_YEAR, "Per GPU.");
      Measure<CurrencyAmount> perFleet =
          Measure.of(
              "Spend", CurrencyAmount.class, StandardUnit.MONEY_PER_FLEET_YEAR, "Per fleet.");

      RegistryException e =
          registryFailure(
              () ->
                  CalculatorRegistry.of(
                      named("SpendPerGpu").providing(perGpu),
                      named("SpendReader").providing(ALPHA).requiring(perFleet)));

      assertThat(e.getKind()).isEqualTo(RegistryException.Kind.CONFLICTING_MEASURE);
      assertThat(e)
          .hasMessage(
              "Measure Spend is declared as CurrencyAmount/MONEY_PER_GPU_YEAR and, by SpendReader,"
                  + " as CurrencyAmount/MONEY_PER_FLEET_YEAR");
      assertThat(e.getMeasures()).containsExactly("Spend");
      assertThat(e.getCalculators()).containsExactly("SpendReader");
    }

    @Test
    void aPlugInRedefiningABuiltInMeasureWithAnotherTypeFails() {
      Measure<Double> uplift =
          Measure.of(
              "ValueUpliftPerGpu", Double.class, StandardUnit.MULTIPLE, "Uplift as a multiple.");

      RegistryException e =
          registryFailure(
              () ->
                  CalculatorRegistry.builtIns()
                      .with(named("Redefining").providing(uplift).overriding(uplift)));

      assertThat(e.getKind()).isEqualTo(RegistryException.Kind.CONFLICTING_MEASURE);
      assertThat(e)
          .hasMessage(
              "Measure ValueUpliftPerGpu is declared as CurrencyAmount/MONEY_PER_GPU_YEAR and, by"
                  + " Redefining, as Double/MULTIPLE");
    }

    @Test
    void nullCalculatorsAreRefused() {
      assertThatThrownBy(() -> CalculatorRegistry.of(named("Alphas").providing(ALPHA), null))
          .isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> CalculatorRegistry.builtIns().with((Calculator) null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("calculator must not be null");
      assertThatThrownBy(() -> CalculatorRegistry.of((List<Calculator>) null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("calculators must not be null");
    }
  }

  @Nested
  class ServiceLoading {

    private Set<Class<?>> classesOf(List<Calculator> calculators) {
      return calculators.stream().map(Object::getClass).collect(Collectors.toSet());
    }

    @Test
    void fromServiceLoaderFindsExactlyTheBuiltIns() {
      CalculatorRegistry loaded = CalculatorRegistry.fromServiceLoader();

      assertThat(loaded.calculators()).hasSameSizeAs(BuiltInCalculators.all());
      assertThat(classesOf(loaded.calculators())).isEqualTo(classesOf(BuiltInCalculators.all()));
      assertThat(loaded.measures()).containsExactlyElementsOf(Measures.all());
    }

    @Test
    void fromServiceLoaderWithAClassLoaderFindsItsPlugIns(@TempDir Path dir) throws IOException {
      try (URLClassLoader loader =
          loaderWithServices(dir, ServiceLoadedPlugInCalculator.class.getName())) {
        CalculatorRegistry loaded = CalculatorRegistry.fromServiceLoader(loader);

        assertThat(classesOf(loaded.calculators()))
            .hasSize(BuiltInCalculators.all().size() + 1)
            .contains(ServiceLoadedPlugInCalculator.class);
        assertThat(loaded.measure("ServiceLoadedFleetSize"))
            .isEqualTo(ServiceLoadedPlugInCalculator.FLEET_SIZE);
        assertThat(
                CalculationEngine.of(loaded)
                    .calculate(
                        ReferenceArgument.mixtral(), ServiceLoadedPlugInCalculator.FLEET_SIZE)
                    .value(ServiceLoadedPlugInCalculator.FLEET_SIZE))
            .isEqualTo(1024.0);
      }
    }

    @Test
    void aProviderThatCannotBeLoadedFailsAsLoadFailed(@TempDir Path dir) throws IOException {
      try (URLClassLoader loader = loaderWithServices(dir, "dev.netroi.engine.NoSuchCalculator")) {
        RegistryException e = registryFailure(() -> CalculatorRegistry.fromServiceLoader(loader));

        assertThat(e.getKind()).isEqualTo(RegistryException.Kind.LOAD_FAILED);
        assertThat(e)
            .hasMessageStartingWith("A calculator could not be loaded by the ServiceLoader: ")
            .hasMessageContaining("dev.netroi.engine.NoSuchCalculator")
            .hasCauseInstanceOf(ServiceConfigurationError.class);
      }
    }

    private URLClassLoader loaderWithServices(Path dir, String providerClass) throws IOException {
      Path services = dir.resolve("META-INF/services");
      Files.createDirectories(services);
      Files.writeString(services.resolve(Calculator.class.getName()), providerClass + "\n");
      return new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
    }
  }

  @Nested
  class Lookups {

    private final CalculatorRegistry withPlugIns =
        CalculatorRegistry.builtIns()
            .with(named("Gammas").providing(GAMMA), named("Alphas").providing(ALPHA));

    @Test
    void measureFindsBuiltInAndPlugInMeasuresByName() {
      assertThat(withPlugIns.measure("Alpha")).isSameAs(ALPHA);
      assertThat(withPlugIns.measure("ValueUpliftPerGpu")).isEqualTo(VALUE_UPLIFT_PER_GPU);
    }

    @Test
    void anUnknownNameFailsListingTheKnownNames() {
      assertThatThrownBy(() -> withPlugIns.measure("Omega"))
          .isInstanceOfSatisfying(
              UnknownMeasureException.class,
              e -> {
                assertThat(e.getName()).isEqualTo("Omega");
                assertThat(e.getKnownNames())
                    .hasSize(Measures.all().size() + 2)
                    .endsWith("Alpha", "Gamma");
              })
          .hasMessageStartingWith(
              "Unknown measure 'Omega'; known measures: EffectiveBandwidthCandidate, ")
          .hasMessageEndingWith(", BreakEvenGpuHourPrice, Alpha, Gamma");
    }

    /**
     * "Alpah" lower-cased is "alpah", one swap of adjacent letters from the plug-in's "alpha"
     * (distance 1, within 2 and within 5 / 3 = 1). No built-in is as near: "Roi" shares no letter
     * with "alpah", so it is max(5, 3) = 5 edits away, and every other built-in name has 10 letters
     * or more, at least 5 insertions away.
     */
    @Test
    void aNearMissOfAPlugInMeasureSuggestsThePlugInMeasure() {
      List<String> known = new ArrayList<>();
      Measures.all().forEach(measure -> known.add(measure.name()));
      known.add("Alpha");
      known.add("Gamma");

      assertThatThrownBy(() -> withPlugIns.measure("Alpah"))
          .isInstanceOfSatisfying(
              UnknownMeasureException.class,
              e -> {
                assertThat(e.getSuggestion()).contains("Alpha");
                assertThat(e.getKnownNames()).containsExactlyElementsOf(known);
              })
          .hasMessage(
              "Unknown measure 'Alpah' (did you mean 'Alpha'?); known measures: "
                  + String.join(", ", known));
    }

    @Test
    void aRegistryOfPlugInsOnlyListsItsOwnNamesInNameOrder() {
      CalculatorRegistry plugIns =
          CalculatorRegistry.of(named("Gammas").providing(GAMMA), named("Alphas").providing(ALPHA));

      assertThatThrownBy(() -> plugIns.measure("gamma"))
          .isInstanceOf(UnknownMeasureException.class)
          .hasMessage(
              "Unknown measure 'gamma' (did you mean 'Gamma'?); known measures: Alpha, Gamma");
      assertThatThrownBy(() -> plugIns.measure("ValueUpliftPerGpu"))
          .isInstanceOf(UnknownMeasureException.class)
          .hasMessage("Unknown measure 'ValueUpliftPerGpu'; known measures: Alpha, Gamma");
    }

    /**
     * "Belta" is one deletion from "Beta" (drop the l) and one substitution from "Delta" (b for d):
     * a tie, so no obvious near miss and no suggestion.
     */
    @Test
    void twoNamesEquallyNearSuggestNeither() {
      CalculatorRegistry plugIns =
          CalculatorRegistry.of(named("Deltas").providing(DELTA), named("Betas").providing(BETA));

      assertThatThrownBy(() -> plugIns.measure("Belta"))
          .isInstanceOfSatisfying(
              UnknownMeasureException.class, e -> assertThat(e.getSuggestion()).isEmpty())
          .hasMessage("Unknown measure 'Belta'; known measures: Beta, Delta");
    }

    /**
     * "ValueUpliftPrGp" is two deletions (the e of Per, the u of Gpu) from "ValueUpliftPerGpu": two
     * edits, within 2 and within 17 / 3 = 5, so it is suggested; "Alp" is two deletions from
     * "Alpha" too, but a name of 5 letters admits 5 / 3 = 1 edit, so nothing is suggested.
     */
    @Test
    void twoEditsAreANearMissOnlyForANameOfSixLettersOrMore() {
      assertThatThrownBy(() -> withPlugIns.measure("ValueUpliftPrGp"))
          .isInstanceOfSatisfying(
              UnknownMeasureException.class,
              e -> assertThat(e.getSuggestion()).contains("ValueUpliftPerGpu"))
          .hasMessageStartingWith(
              "Unknown measure 'ValueUpliftPrGp' (did you mean 'ValueUpliftPerGpu'?); known"
                  + " measures: EffectiveBandwidthCandidate, ");
      assertThatThrownBy(() -> withPlugIns.measure("Alp"))
          .isInstanceOfSatisfying(
              UnknownMeasureException.class, e -> assertThat(e.getSuggestion()).isEmpty())
          .hasMessageStartingWith("Unknown measure 'Alp'; known measures: ");
    }

    @Test
    void measuresAreTheBuiltInsInTheirOrderThenThePlugInsByName() {
      List<Measure<?>> expected = new ArrayList<>(Measures.all());
      expected.add(ALPHA);
      expected.add(GAMMA);

      assertThat(withPlugIns.measures()).containsExactlyElementsOf(expected);
    }

    @Test
    void providerIsEmptyForAMeasureNobodyProvides() {
      assertThat(withPlugIns.provider(BETA)).isEmpty();
      assertThat(withPlugIns.provider(REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE))
          .isEqualTo(withPlugIns.provider(REALISED_ANNUAL_VALUE_PER_GPU_BASELINE));
    }

    @Test
    void calculatorsAreInRegistrationOrderIncludingOverriddenOnes() {
      Calculator overrider = new OverridingUpliftCalculator();
      CalculatorRegistry registry = CalculatorRegistry.builtIns().with(overrider);

      assertThat(registry.calculators())
          .hasSize(BuiltInCalculators.all().size() + 1)
          .last()
          .isSameAs(overrider);
      assertThat(registry.calculators())
          .extracting(c -> c.getClass().getName())
          .containsSequence(UPLIFT_BUILT_IN);
    }

    @Test
    void withLeavesTheOriginalRegistryUnchanged() {
      CalculatorRegistry builtIns = CalculatorRegistry.builtIns();
      CalculatorRegistry more = builtIns.with(named("Alphas").providing(ALPHA));

      assertThat(builtIns.provider(ALPHA)).isEmpty();
      assertThat(more.provider(ALPHA)).isPresent();
      assertThat(builtIns.calculators()).hasSize(29);
    }

    @Test
    void toStringCountsCalculatorsAndMeasures() {
      assertThat(CalculatorRegistry.builtIns())
          .hasToString("CalculatorRegistry[29 calculators, 61 measures]");
      assertThat(withPlugIns).hasToString("CalculatorRegistry[31 calculators, 63 measures]");
    }

    @Test
    void theCalculatorsListIsImmutable() {
      assertThatThrownBy(() -> withPlugIns.calculators().clear())
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> withPlugIns.measures().clear())
          .isInstanceOf(UnsupportedOperationException.class);
    }
  }
}
