package dev.netroi.builtin;

import static dev.netroi.calc.Measures.REALISED_ANNUAL_VALUE_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.THEORETICAL_ANNUAL_VALUE_PER_GPU;
import static dev.netroi.calc.Measures.THROUGHPUT_FACTOR_BASELINE;
import static dev.netroi.calc.Measures.THROUGHPUT_FACTOR_CANDIDATE;

import dev.netroi.CurrencyAmount;
import dev.netroi.InputPaths;
import dev.netroi.calc.Block;
import dev.netroi.calc.CalculationContext;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.Figure;
import dev.netroi.calc.Measure;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Realised annual value per GPU = theoretical annual value x throughput factor (x sold utilisation,
 * when the fleet has one), for both options.
 */
public final class RealisedValueCalculator extends BuiltInCalculator {

  private static final String CANDIDATE =
      REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE
          + " = "
          + THEORETICAL_ANNUAL_VALUE_PER_GPU
          + " x "
          + THROUGHPUT_FACTOR_CANDIDATE;
  private static final String BASELINE =
      REALISED_ANNUAL_VALUE_PER_GPU_BASELINE
          + " = "
          + THEORETICAL_ANNUAL_VALUE_PER_GPU
          + " x "
          + THROUGHPUT_FACTOR_BASELINE;
  private static final String CANDIDATE_SOLD = CANDIDATE + " x fleet.soldUtilisation";
  private static final String BASELINE_SOLD = BASELINE + " x fleet.soldUtilisation";

  /** Creates the calculator. */
  public RealisedValueCalculator() {
    super(
        Set.of(REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE, REALISED_ANNUAL_VALUE_PER_GPU_BASELINE),
        Set.of(
            THEORETICAL_ANNUAL_VALUE_PER_GPU,
            THROUGHPUT_FACTOR_CANDIDATE,
            THROUGHPUT_FACTOR_BASELINE));
  }

  @Override
  public List<Figure<?>> calculate(CalculationContext context) {
    CurrencyAmount theoretical = context.value(THEORETICAL_ANNUAL_VALUE_PER_GPU);
    OptionalDouble utilisation = context.scenario().fleet().soldUtilisation();
    return List.of(
        figure(
            REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE,
            theoretical,
            THROUGHPUT_FACTOR_CANDIDATE,
            context.value(THROUGHPUT_FACTOR_CANDIDATE),
            utilisation),
        figure(
            REALISED_ANNUAL_VALUE_PER_GPU_BASELINE,
            theoretical,
            THROUGHPUT_FACTOR_BASELINE,
            context.value(THROUGHPUT_FACTOR_BASELINE),
            utilisation));
  }

  private static Figure<CurrencyAmount> figure(
      Measure<CurrencyAmount> measure,
      CurrencyAmount theoretical,
      Measure<Double> factorMeasure,
      double factor,
      OptionalDouble utilisation) {
    boolean candidate = measure.equals(REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE);
    String formula;
    CurrencyAmount value;
    if (utilisation.isPresent()) {
      formula = candidate ? CANDIDATE_SOLD : BASELINE_SOLD;
      value =
          CurrencyAmount.of(
              theoretical.currency(),
              sold(realised(theoretical.amount(), factor), utilisation.getAsDouble()));
    } else {
      formula = candidate ? CANDIDATE : BASELINE;
      value = CurrencyAmount.of(theoretical.currency(), realised(theoretical.amount(), factor));
    }
    Explanation explanation =
        Explanation.of(formula)
            .withInput(THEORETICAL_ANNUAL_VALUE_PER_GPU, theoretical)
            .withInput(factorMeasure, factor);
    if (utilisation.isPresent()) {
      explanation = explanation.withInput("fleet.soldUtilisation", utilisation.getAsDouble());
    }
    return Figure.of(measure, value, explanation);
  }

  @Override
  public void calculateBlock(Block block) {
    double[] theoretical = block.values(THEORETICAL_ANNUAL_VALUE_PER_GPU);
    double @Nullable [] utilisation =
        block.scenario().fleet().soldUtilisation().isPresent()
            ? block.input(InputPaths.FLEET_SOLD_UTILISATION)
            : null;
    fill(
        block,
        theoretical,
        block.values(THROUGHPUT_FACTOR_CANDIDATE),
        utilisation,
        block.output(REALISED_ANNUAL_VALUE_PER_GPU_CANDIDATE));
    fill(
        block,
        theoretical,
        block.values(THROUGHPUT_FACTOR_BASELINE),
        utilisation,
        block.output(REALISED_ANNUAL_VALUE_PER_GPU_BASELINE));
  }

  private static void fill(
      Block block,
      double[] theoretical,
      double[] factor,
      double @Nullable [] utilisation,
      double[] out) {
    if (utilisation == null) {
      for (int row = 0; row < block.size(); row++) {
        out[row] = realised(theoretical[row], factor[row]);
      }
    } else {
      for (int row = 0; row < block.size(); row++) {
        out[row] = sold(realised(theoretical[row], factor[row]), utilisation[row]);
      }
    }
  }

  /** Realised value = theoretical value x throughput factor. */
  static double realised(double theoretical, double factor) {
    return theoretical * factor;
  }

  /** Realised value when sold = realised value x sold utilisation. */
  static double sold(double realised, double utilisation) {
    return realised * utilisation;
  }
}
