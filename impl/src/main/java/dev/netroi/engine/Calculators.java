package dev.netroi.engine;

import dev.netroi.InputPath;
import dev.netroi.Scenario;
import dev.netroi.calc.CalculationContext;
import dev.netroi.calc.CalculationException;
import dev.netroi.calc.Calculator;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Figure;
import dev.netroi.calc.Measure;
import dev.netroi.calc.Row;
import dev.netroi.calc.RowCalculator;
import dev.netroi.internal.Checks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs one calculator on a context of one's own, as the engine's audited path runs it: for tests
 * and tools that hand a calculator chosen figures (the contract kit of {@code netroi-testkit}
 * does). A {@link RowCalculator} is computed from its one body and explained; another calculator's
 * {@link Calculator#calculate} is called.
 */
public final class Calculators {

  private Calculators() {}

  /**
   * Computes a calculator's figures from a context.
   *
   * @param calculator the calculator
   * @param context the scenario and the figures of the measures the calculator requires (and of
   *     those it uses, when present)
   * @return one figure per provided measure, in the order of {@link RowCalculator#outputs()} for a
   *     row calculator
   * @throws CalculationException when the calculator refuses the scenario, or a row calculator sets
   *     a value its measure's type refuses or leaves one unset (as {@code CALCULATION_ERROR}): the
   *     reason and message the engine would give its figures
   */
  public static List<Figure<?>> calculate(Calculator calculator, CalculationContext context) {
    Checks.notNull(calculator, "calculator");
    Checks.notNull(context, "context");
    if (!(calculator instanceof RowCalculator row)) {
      return calculator.calculate(context);
    }
    ContextRow audited = new ContextRow(row, context);
    FailureReason reason = row.refuses(context.scenario());
    if (reason == null) {
      reason = row.compute(audited);
    }
    if (reason != null) {
      throw new CalculationException(reason, row.refusal(audited, reason));
    }
    List<Measure<?>> outputs = row.outputs();
    List<Figure<?>> figures = new ArrayList<>(outputs.size());
    for (int i = 0; i < outputs.size(); i++) {
      double value = audited.output(i);
      if (Rows.refused(outputs.get(i), value)) {
        throw new CalculationException(
            FailureReason.CALCULATION_ERROR,
            "calculator "
                + calculator.name()
                + (Double.isNaN(value)
                    ? " set no value for " + outputs.get(i)
                    : " set " + outputs.get(i) + " to " + value + ", which its type refuses"));
      }
      figures.add(
          Rows.figure(
              outputs.get(i), value, context.scenario().currency(), row.explain(audited, i)));
    }
    return figures;
  }

  /** A row over a context: inputs from its scenario, values from its figures. */
  private static final class ContextRow implements Row {
    private final CalculationContext context;
    private final List<InputPath> paths;
    private final List<Measure<?>> reads;
    private final int required;
    private final double[] outputs;
    private final int layout;

    ContextRow(RowCalculator calculator, CalculationContext context) {
      this.context = context;
      this.layout = calculator.layout(context.scenario());
      this.paths = calculator.inputPaths(context.scenario());
      this.reads = new ArrayList<>(calculator.required());
      this.required = reads.size();
      reads.addAll(calculator.used());
      this.outputs = new double[calculator.outputs().size()];
      Arrays.fill(outputs, Double.NaN);
    }

    @Override
    public Scenario scenario() {
      return context.scenario();
    }

    @Override
    public double input(int index) {
      return context.scenario().valueAt(paths.get(index));
    }

    private Optional<? extends Figure<?>> find(int index) {
      Measure<?> measure = reads.get(index);
      return index < required ? Optional.of(context.figure(measure)) : context.find(measure);
    }

    @Override
    public double value(int index) {
      Optional<? extends Figure<?>> figure = find(index);
      return figure.isPresent() ? Rows.number(figure.get().value()) : Double.NaN;
    }

    @Override
    public boolean isPresent(int index) {
      return find(index).isPresent();
    }

    @Override
    public void set(int index, double value) {
      outputs[Objects.checkIndex(index, outputs.length)] = value;
    }

    @Override
    public double output(int index) {
      return outputs[Objects.checkIndex(index, outputs.length)];
    }

    @Override
    public Figure<?> figure(int index) {
      return find(index)
          .orElseThrow(
              () -> new IllegalStateException(reads.get(index) + " is not present in this row"));
    }

    private double[] scratch = new double[0];

    @Override
    public double[] scratch(int length) {
      scratch = RowLoops.scratch(scratch, length);
      return scratch;
    }

    @Override
    public int layout() {
      return layout;
    }

    @Override
    public Scenario rowScenario() {
      return context.scenario();
    }
  }
}
