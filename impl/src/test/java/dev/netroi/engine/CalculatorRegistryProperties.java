package dev.netroi.engine;

import static dev.netroi.calc.Measures.EXTRA_NETWORK_COST_PER_GPU;
import static dev.netroi.calc.Measures.NETWORK_COST_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.NETWORK_COST_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.VALUE_UPLIFT_PER_GPU;
import static dev.netroi.testkit.PropertyChecks.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netroi.CurrencyAmount;
import dev.netroi.builtin.BuiltInCalculators;
import dev.netroi.calc.CalculationContext;
import dev.netroi.calc.Calculator;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.Figure;
import dev.netroi.calc.Measure;
import dev.netroi.calc.StandardUnit;
import dev.netroi.reference.ReferenceArgument;
import dev.netroi.testkit.NetroiDomain;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Registry resolution never depends on the order in which calculators are registered. */
class CalculatorRegistryProperties {

  /** Replaces the three network-cost measures with a contract price of USD 2,000 a GPU-year. */
  static final class ContractNetworkCost implements Calculator {
    @Override
    public Set<Measure<?>> provides() {
      return Set.of(
          NETWORK_COST_PER_GPU_CANDIDATE,
          NETWORK_COST_PER_GPU_BASELINE,
          EXTRA_NETWORK_COST_PER_GPU);
    }

    @Override
    public Set<Measure<?>> overrides() {
      return provides();
    }

    @Override
    public List<Figure<?>> calculate(CalculationContext context) {
      CurrencyAmount price = CurrencyAmount.of("USD", "2000");
      return List.of(
          Figure.of(NETWORK_COST_PER_GPU_CANDIDATE, price, Explanation.of("contract")),
          Figure.of(NETWORK_COST_PER_GPU_BASELINE, price, Explanation.of("contract")),
          Figure.of(EXTRA_NETWORK_COST_PER_GPU, price.minus(price), Explanation.of("contract")));
    }
  }

  /** A plug-in measure on top of the built-ins: the uplift per dollar of GPU price. */
  static final class UpliftPerGpuDollar implements Calculator {
    static final Measure<Double> MEASURE =
        Measure.of(
            "UpliftPerGpuDollar", Double.class, StandardUnit.MULTIPLE, "Uplift / GPU price.");

    @Override
    public Set<Measure<?>> provides() {
      return Set.of(MEASURE);
    }

    @Override
    public Set<Measure<?>> requires() {
      return Set.of(VALUE_UPLIFT_PER_GPU);
    }

    @Override
    public List<Figure<?>> calculate(CalculationContext context) {
      CurrencyAmount uplift = context.value(VALUE_UPLIFT_PER_GPU);
      return List.of(
          Figure.of(
              MEASURE,
              uplift.ratioTo(context.scenario().fleet().unitPrice()),
              Explanation.of("UpliftPerGpuDollar = ValueUpliftPerGpu / fleet.unitPrice")
                  .withInput(VALUE_UPLIFT_PER_GPU, uplift)));
    }
  }

  private static final List<Calculator> CALCULATORS = calculators();
  private static final CalculatorRegistry IN_ORDER = CalculatorRegistry.of(CALCULATORS);

  private static List<Calculator> calculators() {
    List<Calculator> all = new ArrayList<>(BuiltInCalculators.all());
    all.add(new ContractNetworkCost());
    all.add(new UpliftPerGpuDollar());
    return List.copyOf(all);
  }

  private static Gen<List<Calculator>> registrationOrders() {
    return NetroiDomain.shuffled(CALCULATORS);
  }

  private static Gen<List<Calculator>> registrationOrdersWithADuplicate() {
    List<Calculator> all = new ArrayList<>(BuiltInCalculators.all());
    all.add(new CalculatorRegistryTest.AnotherUpliftCalculator());
    return NetroiDomain.shuffled(all);
  }

  @Test
  void everyMeasureHasTheSameProviderWhateverTheRegistrationOrder() {
    qt().forAll(registrationOrders())
        .checkAssert(
            order -> {
              CalculatorRegistry registry = CalculatorRegistry.of(order);

              assertThat(registry.measures()).isEqualTo(IN_ORDER.measures());
              for (Measure<?> measure : IN_ORDER.measures()) {
                assertThat(registry.provider(measure).orElseThrow())
                    .as("provider of %s", measure)
                    .isSameAs(IN_ORDER.provider(measure).orElseThrow());
              }
              assertThat(registry.provider(EXTRA_NETWORK_COST_PER_GPU).orElseThrow())
                  .isInstanceOf(ContractNetworkCost.class);
            });
  }

  @Test
  void theResultsAreTheSameWhateverTheRegistrationOrder() {
    qt(100)
        .forAll(registrationOrders())
        .checkAssert(
            order ->
                assertThat(
                        CalculationEngine.of(CalculatorRegistry.of(order))
                            .calculateAll(ReferenceArgument.mixtral()))
                    .isEqualTo(
                        CalculationEngine.of(IN_ORDER).calculateAll(ReferenceArgument.mixtral())));
  }

  @Test
  void aDuplicateWithoutOverrideFailsWhateverTheRegistrationOrder() {
    qt().forAll(registrationOrdersWithADuplicate())
        .checkAssert(
            order ->
                assertThatThrownBy(() -> CalculatorRegistry.of(order))
                    .isInstanceOfSatisfying(
                        RegistryException.class,
                        e -> {
                          assertThat(e.getKind())
                              .isEqualTo(RegistryException.Kind.DUPLICATE_PROVIDER);
                          assertThat(e.getMeasures()).containsExactly("ValueUpliftPerGpu");
                        }));
  }
}
