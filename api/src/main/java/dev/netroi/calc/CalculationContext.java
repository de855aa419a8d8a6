package dev.netroi.calc;

import dev.netroi.Scenario;
import java.util.Optional;

/**
 * What a {@link Calculator} sees while it computes: the scenario and the figures of the measures it
 * declared in {@link Calculator#requires()}. The engine provides it; a calculator must not keep it
 * after {@link Calculator#calculate} returns.
 */
public interface CalculationContext {

  /**
   * Returns the scenario being computed.
   *
   * @return the scenario
   */
  Scenario scenario();

  /**
   * Returns the figure of a required measure.
   *
   * @param measure a measure the calculator declared in {@link Calculator#requires()}
   * @param <T> the value type
   * @return the figure, computed before this calculator ran
   * @throws IllegalStateException if the calculator did not declare {@code measure} as required
   */
  <T> Figure<T> figure(Measure<T> measure);

  /**
   * Returns the value of a required measure; shorthand for {@code figure(measure).value()}.
   *
   * @param measure a measure the calculator declared in {@link Calculator#requires()}
   * @param <T> the value type
   * @return the value
   * @throws IllegalStateException if the calculator did not declare {@code measure} as required
   */
  default <T> T value(Measure<T> measure) {
    return figure(measure).value();
  }

  /**
   * Returns the figure of a used measure, when it has one.
   *
   * @param measure a measure the calculator declared in {@link Calculator#uses()} (or in {@link
   *     Calculator#requires()})
   * @param <T> the value type
   * @return the figure; empty when no calculator provides the measure or it failed as {@link
   *     FailureReason#MISSING_INPUT}
   * @throws IllegalStateException if the calculator did not declare {@code measure}
   */
  <T> Optional<Figure<T>> find(Measure<T> measure);
}
