package dev.netroi.samples;

import static dev.netroi.calc.Measures.NETWORK_COST_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.VALUE_UPLIFT_PER_GPU;

import dev.netroi.CurrencyAmount;
import dev.netroi.calc.CalculationContext;
import dev.netroi.calc.CalculationException;
import dev.netroi.calc.Calculator;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Figure;
import dev.netroi.calc.Measure;
import dev.netroi.calc.StandardUnit;
import java.util.List;
import java.util.Set;

/**
 * A plug-in calculator with a measure of its own: the benefit-cost ratio at a company's negotiated
 * network price, 20 % below list. Registered for {@link java.util.ServiceLoader} in {@code
 * META-INF/services/dev.netroi.calc.Calculator} of this module, so {@code
 * CalculatorRegistry.fromServiceLoader()} finds it next to the built-ins.
 */
public final class DiscountedBenefitCostRatioCalculator implements Calculator {

  /** The company's discount on the list network price. */
  public static final double DISCOUNT = 0.20;

  /** Value uplift per GPU / (candidate network cost per GPU x (1 - discount)). */
  public static final Measure<Double> DISCOUNTED_BENEFIT_COST_RATIO =
      Measure.of(
          "DiscountedBenefitCostRatio",
          Double.class,
          StandardUnit.MULTIPLE,
          "Benefit-cost ratio at the company's negotiated network price (20 % below list).");

  /** Creates the calculator; {@link java.util.ServiceLoader} needs this constructor. */
  public DiscountedBenefitCostRatioCalculator() {}

  @Override
  public Set<Measure<?>> provides() {
    return Set.of(DISCOUNTED_BENEFIT_COST_RATIO);
  }

  @Override
  public Set<Measure<?>> requires() {
    return Set.of(VALUE_UPLIFT_PER_GPU, NETWORK_COST_PER_GPU_CANDIDATE);
  }

  @Override
  public List<Figure<?>> calculate(CalculationContext context) {
    CurrencyAmount uplift = context.value(VALUE_UPLIFT_PER_GPU);
    CurrencyAmount listCost = context.value(NETWORK_COST_PER_GPU_CANDIDATE);
    CurrencyAmount netCost = listCost.multipliedBy(1 - DISCOUNT);
    if (netCost.isZero()) {
      throw new CalculationException(
          FailureReason.UNDEFINED, "the negotiated network cost per GPU is " + netCost);
    }
    Explanation explanation =
        Explanation.of(
                DISCOUNTED_BENEFIT_COST_RATIO
                    + " = "
                    + VALUE_UPLIFT_PER_GPU
                    + " / ("
                    + NETWORK_COST_PER_GPU_CANDIDATE
                    + " x (1 - discount))")
            .withInput(VALUE_UPLIFT_PER_GPU, uplift)
            .withInput(NETWORK_COST_PER_GPU_CANDIDATE, listCost)
            .withInput("discount", "0.20");
    return List.of(Figure.of(DISCOUNTED_BENEFIT_COST_RATIO, uplift.ratioTo(netCost), explanation));
  }
}
