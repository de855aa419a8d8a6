package dev.netroi;

import dev.netroi.internal.Checks;
import java.io.Serializable;
import java.util.List;
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
   * Returns the input paths that {@link #throughputFactor(InputRow, OptionRole)} reads, for both
   * options, in the order of {@link InputRow#input}: the options' fractions or port speeds and the
   * model's own parameters under {@code throughputModel.*}. The engine's throughput-factor
   * calculator declares exactly these. By default none: the row form then builds the row's
   * scenario.
   *
   * @return the paths, each an input of a scenario with this model
   */
  default List<InputPath> factorInputs() {
    return List.of();
  }

  /**
   * Returns the throughput factor of one option of a row: the same number as {@link
   * #throughputFactor(NetworkOption, Scenario)} for the row's scenario, bit for bit. It is what the
   * engine computes on both of its paths, so keep the formula in one static method that both forms
   * call. Read the row's numbers with {@link InputRow#input}, at the indexes of {@link
   * #factorInputs()}; this model instance holds the base scenario's parameters, not the row's.
   *
   * <p>The default builds the row's scenario ({@link InputRow#rowScenario()}) and calls {@code
   * throughputFactor} of the row's model (this model with the row's parameters): right for any
   * model, at the cost of the audited path on the batch path.
   *
   * @param row the row
   * @param role whose factor to compute
   * @return the factor, in (0, 1]
   */
  default double throughputFactor(InputRow row, OptionRole role) {
    Scenario scenario = row.rowScenario();
    // the row's model: its parameters may vary by row (throughputModel.*), this one's do not
    ThroughputModel model = scenario.throughputModel().orElse(this);
    return model.throughputFactor(role.option(scenario), scenario);
  }

  /**
   * Returns the collectives one step of the model's workload issues, in order, for a model that
   * times collectives (the built-in collective model); by default none. A {@link Scenario} refuses
   * a fleet with fewer GPUs than a collective's {@linkplain Collective#groupSize() group}.
   *
   * @return the collectives, an immutable list
   */
  default List<Collective> collectives() {
    return List.of();
  }

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
