package dev.netroi.builtin;

import static dev.netroi.calc.Measures.THEORETICAL_ANNUAL_VALUE_PER_GPU;

import dev.netroi.GpuTimeUnit;
import dev.netroi.InputPath;
import dev.netroi.InputPaths;
import dev.netroi.PricingModel;
import dev.netroi.Scenario;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Row;
import dev.netroi.finance.AnnualValue;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Theoretical annual value per GPU = price per GPU-time unit x units in a year; for a per-token
 * price, price per million tokens x tokens per second x seconds in a year / 1,000,000 ({@link
 * AnnualValue#theoreticalValue}).
 */
public final class TheoreticalValueCalculator extends BuiltInRowCalculator {

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

  private static final int PRICE = 0;
  private static final int DAYS = 1;
  private static final int TOKENS = 2;

  private static final List<InputPath> PER_TIME_PATHS =
      List.of(InputPaths.PRICING_PRICE, InputPaths.YEAR_BASIS_DAYS);
  private static final List<InputPath> PER_TOKEN_PATHS =
      List.of(
          InputPaths.PRICING_PRICE,
          InputPaths.YEAR_BASIS_DAYS,
          InputPaths.PRICING_TOKENS_PER_SECOND_PER_GPU);

  /** Creates the calculator. */
  public TheoreticalValueCalculator() {
    super(List.of(THEORETICAL_ANNUAL_VALUE_PER_GPU), List.of());
  }

  @Override
  public List<InputPath> inputPaths(Scenario structure) {
    return structure.pricing() instanceof PricingModel.PerGpuTime
        ? PER_TIME_PATHS
        : PER_TOKEN_PATHS;
  }

  @Override
  public @Nullable FailureReason compute(Row row) {
    row.set(0, AnnualValue.theoreticalValue(row.input(PRICE), units(row)));
    return null;
  }

  /** Units sold a year: units of GPU time, or millions of tokens. */
  private static double units(Row row) {
    return row.scenario().pricing() instanceof PricingModel.PerGpuTime perTime
        ? AnnualValue.unitsPerYear(row.input(DAYS), perTime.unit().seconds())
        : AnnualValue.millionTokensPerYear(row.input(TOKENS), row.input(DAYS));
  }

  @Override
  public Explanation explain(Row row, int output) {
    Scenario scenario = row.scenario();
    if (scenario.pricing() instanceof PricingModel.PerGpuTime perTime) {
      String[] texts = Objects.requireNonNull(PER_TIME.get(perTime.unit()));
      return Explanation.of(texts[0])
          .withInput("pricing.price", perTime.price(), texts[1])
          .withInput(texts[2], units(row), " (" + scenario.yearBasis() + ")");
    }
    return Explanation.of(PER_TOKEN)
        .withInput("pricing.price", scenario.pricing().price(), " per million tokens")
        .withInput("pricing.tokensPerSecondPerGpu", row.input(TOKENS))
        .withInput(
            "seconds per year",
            row.input(DAYS) * AnnualValue.SECONDS_PER_DAY,
            " (" + scenario.yearBasis() + ")");
  }
}
