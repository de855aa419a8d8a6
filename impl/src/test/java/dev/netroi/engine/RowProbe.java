package dev.netroi.engine;

import dev.netroi.InputPath;
import dev.netroi.Scenario;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Measure;
import dev.netroi.calc.Row;
import dev.netroi.calc.RowCalculator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A plug-in row calculator for the engine's tests: its outputs, required and used measures, input
 * paths and its one body are given by each test. It explains every output as "{@code name} by hand"
 * and refuses with "{@code name} refused: REASON".
 */
record RowProbe(
    String name,
    List<Measure<?>> outputs,
    List<Measure<?>> required,
    List<Measure<?>> used,
    List<InputPath> paths,
    Body body)
    implements RowCalculator {

  /** The one body of a probe. */
  @FunctionalInterface
  interface Body {
    @Nullable FailureReason compute(Row row);
  }

  static RowProbe named(String name) {
    return new RowProbe(name, List.of(), List.of(), List.of(), List.of(), row -> null);
  }

  RowProbe providing(Measure<?>... measures) {
    return new RowProbe(name, List.of(measures), required, used, paths, body);
  }

  RowProbe requiring(Measure<?>... measures) {
    return new RowProbe(name, outputs, List.of(measures), used, paths, body);
  }

  RowProbe using(Measure<?>... measures) {
    return new RowProbe(name, outputs, required, List.of(measures), paths, body);
  }

  RowProbe reading(InputPath... inputPaths) {
    return new RowProbe(name, outputs, required, used, List.of(inputPaths), body);
  }

  RowProbe computing(Body newBody) {
    return new RowProbe(name, outputs, required, used, paths, newBody);
  }

  @Override
  public List<InputPath> inputPaths(Scenario structure) {
    return paths;
  }

  @Override
  public @Nullable FailureReason compute(Row row) {
    return body.compute(row);
  }

  @Override
  public Explanation explain(Row row, int output) {
    return Explanation.of(name + " by hand");
  }

  @Override
  public String refusal(Row row, FailureReason reason) {
    return name + " refused: " + reason;
  }

  @Override
  public String toString() {
    return name;
  }
}
