package dev.netroi.engine;

import dev.netroi.InputPath;
import dev.netroi.Scenario;
import dev.netroi.calc.Figure;
import dev.netroi.calc.Result;
import dev.netroi.calc.Row;
import dev.netroi.calc.RowCalculator;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The row of one scenario on the audited path: inputs read from the scenario by path, values from
 * the figures computed before. One per run of a plan, opened for each row calculator in turn.
 */
final class AuditedRow implements Row {

  private final Scenario scenario;
  private final @Nullable Result<?>[] done;
  private final double[] outputs;
  private CalculationEngine.@Nullable Step step;
  private List<InputPath> paths = List.of();
  private int layout;

  AuditedRow(Scenario scenario, @Nullable Result<?>[] done, int maxOutputs) {
    this.scenario = scenario;
    this.done = done;
    this.outputs = new double[maxOutputs];
  }

  AuditedRow open(CalculationEngine.Step next) {
    this.step = next;
    RowCalculator calculator = Objects.requireNonNull(next.rowCalculator);
    this.paths = calculator.inputPaths(scenario);
    this.layout = calculator.layout(scenario);
    Arrays.fill(outputs, 0, next.rowOutputs.length, Double.NaN);
    return this;
  }

  private CalculationEngine.Step step() {
    CalculationEngine.Step current = step;
    if (current == null) {
      throw new IllegalStateException("the row is used outside compute or explain");
    }
    return current;
  }

  Currency currency() {
    return scenario.currency();
  }

  @Override
  public Scenario scenario() {
    return scenario;
  }

  @Override
  public double input(int index) {
    return scenario.valueAt(paths.get(index));
  }

  private @Nullable Result<?> result(int index) {
    int slot = step().rowValueSlots[index];
    return slot < 0 ? null : done[slot];
  }

  @Override
  public double value(int index) {
    Result<?> result = result(index);
    return result != null && result.isSuccess() ? Rows.number(result.figure().value()) : Double.NaN;
  }

  @Override
  public boolean isPresent(int index) {
    Result<?> result = result(index);
    return result != null && result.isSuccess();
  }

  @Override
  public void set(int index, double value) {
    Objects.checkIndex(index, step().rowOutputs.length);
    outputs[index] = value;
  }

  @Override
  public double output(int index) {
    Objects.checkIndex(index, step().rowOutputs.length);
    return outputs[index];
  }

  @Override
  public Figure<?> figure(int index) {
    Result<?> result = result(index);
    if (result == null || !result.isSuccess()) {
      throw new IllegalStateException(
          "measure " + index + " of " + step().calculator.name() + " is not present");
    }
    return result.figure();
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
    return scenario;
  }

  @Override
  public String toString() {
    return "AuditedRow[" + scenario.name() + "]";
  }
}
