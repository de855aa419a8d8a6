package dev.netroi;

import dev.netroi.internal.Checks;
import java.io.Serializable;
import java.util.Set;

/**
 * How the effective bandwidth of a network option turns into sold work: the <b>throughput
 * factor</b> of an option, in (0, 1], is the share of the theoretical GPU-time value that the fleet
 * realises on that network.
 *
 * <p><b>Realised annual value</b> = theoretical annual value x throughput factor (x sold
 * utilisation where the fleet has one). The reference analysis uses the linear model, in which the
 * throughput factor is the effective-bandwidth fraction itself, as if every second of every job
 * were network-bound. That model is built in ({@code dev.netroi.throughput.ThroughputModels} in
 * {@code netroi-impl}) and is used when a {@link Scenario} names no model. Implement this interface
 * to plug in a model of your own; implementations must be immutable, thread-safe and deterministic,
 * and should be serialisable values of their parameters.
 *
 * <p>A model with numeric parameters names them as {@linkplain HasInputs inputs} (the Amdahl
 * model's {@code exposedCommunicationShare} is the path {@code
 * throughputModel.exposedCommunicationShare} of a scenario), so sweeps can vary them; by default a
 * model has no inputs.
 */
public interface ThroughputModel extends HasInputs<ThroughputModel>, Serializable {

  /**
   * Returns a short name for reports, such as {@code "linear (reference)"}.
   *
   * @return the name, not blank
   */
  String name();

  /**
   * Returns the formula in words or symbols, for explanations, such as {@code "throughput factor =
   * effective-bandwidth fraction"}.
   *
   * @return the formula, not blank
   */
  String formula();

  /**
   * Returns the throughput factor of {@code option} in {@code scenario}.
   *
   * @param option the candidate or the baseline option of {@code scenario}
   * @param scenario the whole scenario, for models that need the other option or the fleet
   * @return the throughput factor, in (0, 1]
   */
  double throughputFactor(NetworkOption option, Scenario scenario);

  /**
   * Returns the names of the model's numeric parameters; by default none.
   *
   * @return the names, an immutable set
   */
  @Override
  default Set<String> inputNames() {
    return Set.of();
  }

  /**
   * Returns the value of one parameter; by default the model has none.
   *
   * @param name one of {@link #inputNames()}
   * @return the parameter's value
   * @throws IllegalArgumentException if the model has no parameter of that name
   */
  @Override
  default double input(String name) {
    Checks.knownInput(name, inputNames(), this);
    throw new UnsupportedOperationException(
        "input(String) must be implemented by " + getClass().getName() + " for '" + name + "'");
  }

  /**
   * Returns a copy of the model with one parameter replaced; by default the model has none.
   *
   * @param name one of {@link #inputNames()}
   * @param value the new value
   * @return the new model
   * @throws IllegalArgumentException if the model has no parameter of that name, or the value
   *     breaks one of the model's rules
   */
  @Override
  default ThroughputModel withInput(String name, double value) {
    Checks.knownInput(name, inputNames(), this);
    throw new UnsupportedOperationException(
        "withInput(String, double) must be implemented by "
            + getClass().getName()
            + " for '"
            + name
            + "'");
  }
}
