package dev.netroi.builtin;

import dev.netroi.CurrencyAmount;
import dev.netroi.OptionRole;
import dev.netroi.Scenario;
import dev.netroi.calc.Block;
import dev.netroi.calc.CalculationContext;
import dev.netroi.calc.CalculationException;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Figure;
import dev.netroi.calc.Measure;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The common part of the lifetime calculators: both paths read a row into {@link LifetimeTerms},
 * take the required measures as doubles, and call one {@link #compute} that the subclass writes
 * once. The audited path then explains each figure; the batch path copies the numbers. A scenario
 * without lifetime terms fails as {@code MISSING_INPUT}; a fleet that does not fit an option's
 * fabric, when the subclass reads that option's network, fails as {@code UNDEFINED}.
 */
abstract class LifetimeCalculator extends BuiltInCalculator {

  private final List<Measure<?>> outputs;
  private final List<Measure<?>> inputs;
  private final boolean candidateNetwork;
  private final boolean baselineNetwork;
  private final CalculationException noLifetime = LifetimeTerms.noLifetime();

  /**
   * @param outputs the provided measures, in the order of {@code compute}'s {@code out}
   * @param inputs the required measures, in the order of {@code compute}'s {@code required}
   * @param candidateNetwork whether {@code compute} reads the candidate's network
   * @param baselineNetwork whether {@code compute} reads the baseline's network
   */
  LifetimeCalculator(
      List<Measure<?>> outputs,
      List<Measure<?>> inputs,
      boolean candidateNetwork,
      boolean baselineNetwork) {
    super(new LinkedHashSet<>(outputs), Set.copyOf(inputs));
    this.outputs = List.copyOf(outputs);
    this.inputs = List.copyOf(inputs);
    this.candidateNetwork = candidateNetwork;
    this.baselineNetwork = baselineNetwork;
  }

  /**
   * Computes the provided measures of one row.
   *
   * @param t the row's terms, the networks read as the constructor asked
   * @param required the values of the required measures, money as amounts
   * @param out the values to fill, one per provided measure
   * @param scenario the base scenario on the batch path, the scenario on the audited path
   * @param block the block on the batch path, null on the audited path
   * @param row the row on the batch path
   * @return null when the figures are computed, else why the row fails: {@code UNDEFINED} or {@code
   *     MISSING_INPUT}
   */
  abstract @Nullable FailureReason compute(
      LifetimeTerms t,
      double[] required,
      double[] out,
      Scenario scenario,
      @Nullable Block block,
      int row);

  /**
   * Returns the message of a refusal on the audited path.
   *
   * @param t the terms
   * @param required the required values
   * @param scenario the scenario
   * @param reason the reason {@code compute} gave
   */
  String refusal(LifetimeTerms t, double[] required, Scenario scenario, FailureReason reason) {
    return reason == FailureReason.MISSING_INPUT
        ? "an input of the figure is missing"
        : "the figure is undefined for this scenario";
  }

  /** Whether every value is finite: a lifetime figure that overflows is undefined, not an error. */
  private static boolean allFinite(double[] out) {
    for (double value : out) {
      if (!Double.isFinite(value)) {
        return false;
      }
    }
    return true;
  }

  /** The message of a row whose figures overflow. */
  static final String OVERFLOW =
      "the figure is not a finite number for these lifetime terms (a discount rate near -100 % over"
          + " a long horizon?)";

  /**
   * Explains one provided figure on the audited path.
   *
   * @param index the index of the measure in the outputs
   * @param t the terms
   * @param required the required values
   * @param out the computed values
   * @param scenario the scenario
   */
  abstract Explanation explain(
      int index, LifetimeTerms t, double[] required, double[] out, Scenario scenario);

  /** The scenario of a row: the block's row scenario on the batch path, else the scenario. */
  static Scenario scenarioOf(Scenario scenario, @Nullable Block block, int row) {
    return block == null ? scenario : block.scenario(row);
  }

  @Override
  public final List<Figure<?>> calculate(CalculationContext context) {
    Scenario scenario = context.scenario();
    LifetimeTerms t = LifetimeTerms.of(scenario, noLifetime);
    if (candidateNetwork) {
      t.readNetwork(scenario, OptionRole.CANDIDATE);
    }
    if (baselineNetwork) {
      t.readNetwork(scenario, OptionRole.BASELINE);
    }
    double[] required = new double[inputs.size()];
    Object[] values = new Object[inputs.size()];
    for (int i = 0; i < required.length; i++) {
      Object value = context.value(inputs.get(i));
      values[i] = value;
      required[i] =
          value instanceof CurrencyAmount amount ? amount.amount() : ((Number) value).doubleValue();
    }
    double[] out = new double[outputs.size()];
    FailureReason failure = compute(t, required, out, scenario, null, 0);
    if (failure != null) {
      throw new CalculationException(failure, refusal(t, required, scenario, failure));
    }
    if (!allFinite(out)) {
      throw new CalculationException(FailureReason.UNDEFINED, OVERFLOW);
    }
    List<Figure<?>> figures = new ArrayList<>(out.length);
    for (int i = 0; i < out.length; i++) {
      Explanation explanation = named(explain(i, t, required, out, scenario), values);
      figures.add(figure(outputs.get(i), out[i], explanation, scenario));
    }
    return figures;
  }

  /** Adds to an explanation each required measure it does not name yet, with its value. */
  @SuppressWarnings("unchecked") // each value is of its measure's type: it came from the context
  private Explanation named(Explanation explanation, Object[] values) {
    Explanation named = explanation;
    for (int i = 0; i < values.length; i++) {
      Measure<Object> measure = (Measure<Object>) inputs.get(i);
      boolean present = false;
      for (Explanation.Input input : explanation.inputs()) {
        present |= input.name().equals(measure.name());
      }
      if (!present) {
        named = named.withInput(measure, values[i]);
      }
    }
    return named;
  }

  @SuppressWarnings("unchecked") // the measure's type is checked by the branch
  private static Figure<?> figure(
      Measure<?> measure, double value, Explanation explanation, Scenario scenario) {
    if (measure.type() == CurrencyAmount.class) {
      return Figure.of(
          (Measure<CurrencyAmount>) measure,
          CurrencyAmount.of(scenario.currency(), value),
          explanation);
    }
    return Figure.of((Measure<Double>) measure, value, explanation);
  }

  @Override
  public final void calculateBlock(Block block) {
    Scenario scenario = block.scenario();
    if (scenario.lifetime().isEmpty()) {
      failAll(block, FailureReason.MISSING_INPUT);
      return;
    }
    LifetimeTerms.Columns columns =
        new LifetimeTerms.Columns(block, candidateNetwork, baselineNetwork);
    double[][] in = new double[inputs.size()][];
    for (int i = 0; i < in.length; i++) {
      in[i] = block.values(inputs.get(i));
    }
    double[][] results = new double[outputs.size()][];
    for (int i = 0; i < results.length; i++) {
      results[i] = block.output(outputs.get(i));
    }
    LifetimeTerms t = new LifetimeTerms();
    double[] required = new double[in.length];
    double[] out = new double[results.length];
    for (int row = 0; row < block.size(); row++) {
      if (block.isRowFailed(row)) {
        continue;
      }
      if (!columns.read(row, t)) {
        block.fail(row, FailureReason.UNDEFINED);
        continue;
      }
      for (int i = 0; i < in.length; i++) {
        required[i] = in[i][row];
      }
      FailureReason failure = compute(t, required, out, scenario, block, row);
      if (failure == null && !allFinite(out)) {
        failure = FailureReason.UNDEFINED;
      }
      if (failure != null) {
        block.fail(row, failure);
        continue;
      }
      for (int i = 0; i < results.length; i++) {
        results[i][row] = out[i];
      }
    }
  }
}
