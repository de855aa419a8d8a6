package dev.netroi.builtin;

import static dev.netroi.calc.Measures.THEORETICAL_ANNUAL_VALUE_PER_GPU;

import dev.netroi.CurrencyAmount;
import dev.netroi.GpuTimeUnit;
import dev.netroi.PricingModel;
import dev.netroi.Scenario;
import dev.netroi.calc.CalculationContext;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.Figure;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Theoretical annual value per GPU = price per GPU-time unit x units in a year; for a per-token
 * price, price per million tokens x tokens per second x seconds in a year / 1,000,000.
 */
public final class TheoreticalValueCalculator extends BuiltInCalculator {

  private static final double SECONDS_PER_DAY = 86_400;
  private static final double TOKENS_PER_PRICE_UNIT = 1_000_000;

  /** Per unit of GPU time: the formula, the price's suffix and the name of the units input. */
  private static final Map<GpuTimeUnit, String[]> PER_TIME =
      perUnit(
          unit ->
              new String[] {
                THEORETICAL_ANNUAL_VALUE_PER_GPU
                    + " = price per "
                    + unit.label()
                    + " x "
                    + unit.label()
                    + "s per year",
                " per " + unit.label(),
                unit.label() + "s per year"
              });

  private static final String PER_TOKEN =
      THEORETICAL_ANNUAL_VALUE_PER_GPU
          + " = price per million tokens x tokens per second per GPU"
          + " x seconds per year / 1,000,000";

  /** Creates the calculator. */
  public TheoreticalValueCalculator() {
    super(Set.of(THEORETICAL_ANNUAL_VALUE_PER_GPU), Set.of());
  }

  @Override
  public List<Figure<?>> calculate(CalculationContext context) {
    Scenario scenario = context.scenario();
    double secondsPerYear = scenario.yearBasis().days() * SECONDS_PER_DAY;
    PricingModel pricing = scenario.pricing();
    Figure<CurrencyAmount> figure;
    if (pricing instanceof PricingModel.PerGpuTime perTime) {
      String[] texts = Objects.requireNonNull(PER_TIME.get(perTime.unit()));
      double units = secondsPerYear / perTime.unit().seconds();
      figure =
          Figure.of(
              THEORETICAL_ANNUAL_VALUE_PER_GPU,
              perTime.price().multipliedBy(units),
              Explanation.of(texts[0])
                  .withInput("pricing.price", perTime.price(), texts[1])
                  .withInput(texts[2], units, " (" + scenario.yearBasis() + ")"));
    } else {
      PricingModel.PerMillionTokens perToken = (PricingModel.PerMillionTokens) pricing;
      double millions = perToken.tokensPerSecondPerGpu() * secondsPerYear / TOKENS_PER_PRICE_UNIT;
      figure =
          Figure.of(
              THEORETICAL_ANNUAL_VALUE_PER_GPU,
              perToken.price().multipliedBy(millions),
              Explanation.of(PER_TOKEN)
                  .withInput("pricing.price", perToken.price(), " per million tokens")
                  .withInput("pricing.tokensPerSecondPerGpu", perToken.tokensPerSecondPerGpu())
                  .withInput(
                      "seconds per year", secondsPerYear, " (" + scenario.yearBasis() + ")"));
    }
    return List.of(figure);
  }
}
