package dev.netroi.engine;

import dev.netroi.calc.CalculationContext;
import dev.netroi.calc.Calculator;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.Figure;
import dev.netroi.calc.Measure;
import dev.netroi.calc.StandardUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A configurable calculator for engine and registry tests. By default it returns, for each provided
 * {@code Double} measure, the sum of its required {@code Double} inputs plus one, and counts its
 * calls.
 */
final class TestCalculator implements Calculator {

  /** Plug-in measures of the tests, multiples held as {@code Double}. */
  static final Measure<Double> ALPHA = measure("Alpha");

  static final Measure<Double> BETA = measure("Beta");
  static final Measure<Double> GAMMA = measure("Gamma");
  static final Measure<Double> DELTA = measure("Delta");
  static final Measure<Double> EPSILON = measure("Epsilon");

  private final String name;
  private final Set<Measure<?>> provides;
  private final Set<Measure<?>> requires;
  private final Set<Measure<?>> overrides;
  private final Function<CalculationContext, List<Figure<?>>> body;
  private final AtomicInteger calls = new AtomicInteger();

  private TestCalculator(
      String name,
      Set<Measure<?>> provides,
      Set<Measure<?>> requires,
      Set<Measure<?>> overrides,
      Function<CalculationContext, List<Figure<?>>> body) {
    this.name = name;
    this.provides = provides;
    this.requires = requires;
    this.overrides = overrides;
    this.body = body;
  }

  static Measure<Double> measure(String name) {
    return Measure.of(name, Double.class, StandardUnit.MULTIPLE, "Test measure " + name + ".");
  }

  static Figure<Double> figure(Measure<Double> measure, double value) {
    return Figure.of(measure, value, Explanation.of(measure + " = " + value));
  }

  static TestCalculator named(String name) {
    return new TestCalculator(name, Set.of(), Set.of(), Set.of(), null);
  }

  TestCalculator providing(Measure<?>... measures) {
    return new TestCalculator(name, Set.of(measures), requires, overrides, body);
  }

  TestCalculator requiring(Measure<?>... measures) {
    return new TestCalculator(name, provides, Set.of(measures), overrides, body);
  }

  TestCalculator overriding(Measure<?>... measures) {
    return new TestCalculator(name, provides, requires, Set.of(measures), body);
  }

  TestCalculator calculating(Function<CalculationContext, List<Figure<?>>> newBody) {
    return new TestCalculator(name, provides, requires, overrides, newBody);
  }

  TestCalculator throwing(RuntimeException exception) {
    return calculating(
        context -> {
          throw exception;
        });
  }

  int calls() {
    return calls.get();
  }

  @Override
  public Set<Measure<?>> provides() {
    return provides;
  }

  @Override
  public Set<Measure<?>> requires() {
    return requires;
  }

  @Override
  public Set<Measure<?>> overrides() {
    return overrides;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  @SuppressWarnings("unchecked") // the default body handles Double measures only
  public List<Figure<?>> calculate(CalculationContext context) {
    calls.incrementAndGet();
    if (body != null) {
      return body.apply(context);
    }
    double sum = 1;
    for (Measure<?> input : requires) {
      sum += (Double) context.value(input);
    }
    List<Figure<?>> figures = new ArrayList<>();
    for (Measure<?> output : provides) {
      figures.add(figure((Measure<Double>) output, sum));
    }
    return figures;
  }

  @Override
  public String toString() {
    return name;
  }
}
