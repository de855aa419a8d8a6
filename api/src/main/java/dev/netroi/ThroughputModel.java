package dev.netroi;

import java.io.Serializable;

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
 */
public interface ThroughputModel extends Serializable {

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
}
