package dev.netroi.engine;

import dev.netroi.calc.CalculationContext;
import dev.netroi.calc.Calculator;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.Figure;
import dev.netroi.calc.Measure;
import dev.netroi.calc.StandardUnit;
import java.util.List;
import java.util.Set;

/**
 * A plug-in calculator that {@code CalculatorRegistryTest} registers for the {@link
 * java.util.ServiceLoader} through a class loader of its own; it is not registered in the test
 * class path's {@code META-INF/services}.
 */
public final class ServiceLoadedPlugInCalculator implements Calculator {

  /** The plug-in's measure: the GPU count of the fleet, as a multiple. */
  public static final Measure<Double> FLEET_SIZE =
      Measure.of("ServiceLoadedFleetSize", Double.class, StandardUnit.MULTIPLE, "The GPU count.");

  /** Creates the calculator; the service loader does this. */
  public ServiceLoadedPlugInCalculator() {}

  @Override
  public Set<Measure<?>> provides() {
    return Set.of(FLEET_SIZE);
  }

  @Override
  public List<Figure<?>> calculate(CalculationContext context) {
    long count = context.scenario().fleet().count();
    return List.of(
        Figure.of(
            FLEET_SIZE,
            (double) count,
            Explanation.of(FLEET_SIZE + " = fleet.count")
                .withInput("fleet.count", Long.toString(count))));
  }
}
