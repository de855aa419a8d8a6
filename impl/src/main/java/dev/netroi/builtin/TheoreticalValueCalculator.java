package dev.netroi.builtin;

import static dev.netroi.calc.Measures.THEORETICAL_ANNUAL_VALUE_PER_GPU;

import dev.netroi.CurrencyAmount;
import dev.netroi.GpuTimeUnit;
import dev.netroi.InputPaths;
import dev.netroi.PricingModel;
import dev.netroi.Scenario;
import dev.netroi.calc.Block;
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
      double units = unitsPerYear(scenario.yearBasis().days(), perTime.unit().seconds());
      figure =
          Figure.of(
              THEORETICAL_ANNUAL_VALUE_PER_GPU,
              CurrencyAmount.of(perTime.price().currency(), value(perTime.price().amount(), units)),
              Explanation.of(texts[0])
                  .withInput("pricing.price", perTime.price(), texts[1])
                  .withInput(texts[2], units, " (" + scenario.yearBasis() + ")"));
    } else {
      PricingModel.PerMillionTokens perToken = (PricingModel.PerMillionTokens) pricing;
      double millions =
          millionTokensPerYear(perToken.tokensPerSecondPerGpu(), scenario.yearBasis().days());
      figure =
          Figure.of(
              THEORETICAL_ANNUAL_VALUE_PER_GPU,
              CurrencyAmount.of(
                  perToken.price().currency(), value(perToken.price().amount(), millions)),
              Explanation.of(PER_TOKEN)
                  .withInput("pricing.price", perToken.price(), " per million tokens")
                  .withInput("pricing.tokensPerSecondPerGpu", perToken.tokensPerSecondPerGpu())
                  .withInput(
                      "seconds per year", secondsPerYear, " (" + scenario.yearBasis() + ")"));
    }
    return List.of(figure);
  }

  @Override
  public void calculateBlock(Block block) {
    double[] price = block.input(InputPaths.PRICING_PRICE);
    double[] days = block.input(InputPaths.YEAR_BASIS_DAYS);
    double[] out = block.output(THEORETICAL_ANNUAL_VALUE_PER_GPU);
    if (block.scenario().pricing() instanceof PricingModel.PerGpuTime perTime) {
      long unitSeconds = perTime.unit().seconds();
      for (int row = 0; row < block.size(); row++) {
        out[row] = value(price[row], unitsPerYear(days[row], unitSeconds));
      }
    } else {
      double[] tokens = block.input(InputPaths.PRICING_TOKENS_PER_SECOND_PER_GPU);
      for (int row = 0; row < block.size(); row++) {
        out[row] = value(price[row], millionTokensPerYear(tokens[row], days[row]));
      }
    }
  }

  /** Units of GPU time in a year = days x 86,400 / seconds per unit. */
  static double unitsPerYear(double days, long unitSeconds) {
    return days * SECONDS_PER_DAY / unitSeconds;
  }

  /** Millions of tokens in a year = tokens per second x days x 86,400 / 1,000,000. */
  static double millionTokensPerYear(double tokensPerSecond, double days) {
    return tokensPerSecond * (days * SECONDS_PER_DAY) / TOKENS_PER_PRICE_UNIT;
  }

  /** Value = price per unit x units in a year. */
  static double value(double price, double unitsPerYear) {
    return price * unitsPerYear;
  }
}
