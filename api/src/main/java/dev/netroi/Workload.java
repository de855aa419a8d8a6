package dev.netroi;

import dev.netroi.internal.Checks;
import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One step of a training or inference job, as the collective throughput model sees it: the compute
 * time of the step, the collectives the step issues on the back-end network, how much of the
 * communication can hide under compute, and the per-step latency of the fabric.
 *
 * <p>With {@code C} the communication time of a step (the sum of its collectives' times at the
 * option's bandwidth), the exposed communication is {@code C - min(overlapShare x C,
 * computeSeconds)}: a share of the communication runs under compute, but never more than there is
 * compute to hide it. Step time = compute + exposed communication. The formulas are in {@code
 * dev.netroi.throughput.Collectives} ({@code netroi-impl}); this value only holds and checks the
 * numbers, and a preset ({@code dev.netroi.throughput.Workloads}) is such a value, so every number
 * of it can be read and changed.
 *
 * <p>Its {@linkplain HasInputs inputs} are {@code computeSeconds}, {@code overlapShare}, {@code
 * latencySeconds} and, for the i-th collective (from 1), {@code collective<i>Bytes}; in a scenario
 * whose throughput model is the collective model they are the paths {@code
 * throughputModel.computeSeconds}, ..., {@code throughputModel.collective1Bytes}.
 *
 * <p>Value-based, immutable and thread-safe.
 *
 * @param name a short name for reports, not blank
 * @param computeSeconds the compute time of one step, in seconds, finite and positive
 * @param overlapShare the share of communication that may run under compute, in [0, 1]
 * @param latencySeconds the fabric's latency per algorithm step (alpha), in seconds, finite and not
 *     negative
 * @param collectives the collectives one step issues on the back-end network, in order; may be
 *     empty (a step that does not communicate)
 * @param source where the numbers come from, with the word "assumption" where one is; not blank
 */
public record Workload(
    String name,
    double computeSeconds,
    double overlapShare,
    double latencySeconds,
    List<Collective> collectives,
    String source)
    implements HasInputs<Workload>, Serializable {

  private static final long serialVersionUID = 1L;

  private static final String COMPUTE_SECONDS = "computeSeconds";
  private static final String OVERLAP_SHARE = "overlapShare";
  private static final String LATENCY_SECONDS = "latencySeconds";
  private static final String COLLECTIVE = "collective";
  private static final String BYTES = "Bytes";

  /**
   * Validates the components and copies the list.
   *
   * @param name a short name for reports, not blank
   * @param computeSeconds the compute time of one step, in seconds, finite and positive
   * @param overlapShare the share of communication that may run under compute, in [0, 1]
   * @param latencySeconds the latency per algorithm step, in seconds, finite and not negative
   * @param collectives the collectives of one step, not null and without nulls
   * @param source where the numbers come from, not blank
   * @throws NullPointerException if an argument or a collective is null
   * @throws IllegalArgumentException if a number breaks its rule (the message names the field, the
   *     rule and the value) or a text is blank
   */
  public Workload {
    Checks.notBlank(name, "name");
    Checks.positive(computeSeconds, "computeSeconds");
    overlapShare = Checks.fraction(overlapShare, "overlapShare") + 0.0; // no -0.0
    latencySeconds = Checks.notNegative(latencySeconds, "latencySeconds") + 0.0;
    collectives = List.copyOf(Checks.notNull(collectives, "collectives"));
    Checks.notBlank(source, "source");
  }

  /**
   * Returns a copy with another compute time per step.
   *
   * @param seconds the compute time, finite and positive
   * @return the new workload
   * @throws IllegalArgumentException if {@code seconds} is not positive or not finite
   */
  public Workload withComputeSeconds(double seconds) {
    return new Workload(name, seconds, overlapShare, latencySeconds, collectives, source);
  }

  /**
   * Returns a copy with another overlap share.
   *
   * @param share the share of communication that may run under compute, in [0, 1]
   * @return the new workload
   * @throws IllegalArgumentException if {@code share} is outside [0, 1]
   */
  public Workload withOverlapShare(double share) {
    return new Workload(name, computeSeconds, share, latencySeconds, collectives, source);
  }

  /**
   * Returns a copy with another latency per algorithm step.
   *
   * @param seconds the latency, finite and not negative
   * @return the new workload
   * @throws IllegalArgumentException if {@code seconds} is negative or not finite
   */
  public Workload withLatencySeconds(double seconds) {
    return new Workload(name, computeSeconds, overlapShare, seconds, collectives, source);
  }

  /**
   * Returns a copy with other collectives.
   *
   * @param newCollectives the collectives of one step
   * @return the new workload
   */
  public Workload withCollectives(List<Collective> newCollectives) {
    return new Workload(name, computeSeconds, overlapShare, latencySeconds, newCollectives, source);
  }

  /**
   * Returns a copy with another name and source, for a workload derived from a preset.
   *
   * @param newName the new name, not blank
   * @param newSource where the changed numbers come from, not blank
   * @return the new workload
   */
  public Workload withNameAndSource(String newName, String newSource) {
    return new Workload(
        newName, computeSeconds, overlapShare, latencySeconds, collectives, newSource);
  }

  /**
   * Returns the input name of the i-th collective's message size, such as {@code collective1Bytes}.
   *
   * @param index the collective's index in {@link #collectives()}, from 0
   * @return the input name, with the collective's number counted from 1
   */
  public static String bytesInput(int index) {
    return COLLECTIVE + (index + 1) + BYTES;
  }

  @Override
  public Set<String> inputNames() {
    Set<String> names = new HashSet<>();
    names.add(COMPUTE_SECONDS);
    names.add(OVERLAP_SHARE);
    names.add(LATENCY_SECONDS);
    for (int i = 0; i < collectives.size(); i++) {
      names.add(bytesInput(i));
    }
    return Set.copyOf(names);
  }

  @Override
  public double input(String inputName) {
    return switch (Checks.knownInput(inputName, inputNames(), this)) {
      case COMPUTE_SECONDS -> computeSeconds;
      case OVERLAP_SHARE -> overlapShare;
      case LATENCY_SECONDS -> latencySeconds;
      default -> collectives.get(collectiveIndex(inputName)).bytes();
    };
  }

  @Override
  public InputRule inputRule(String inputName) {
    return switch (Checks.knownInput(inputName, inputNames(), this)) {
      case COMPUTE_SECONDS -> InputRule.positive();
      case OVERLAP_SHARE -> InputRule.fraction();
      default -> InputRule.notNegative();
    };
  }

  @Override
  public Workload withInput(String inputName, double value) {
    return switch (Checks.knownInput(inputName, inputNames(), this)) {
      case COMPUTE_SECONDS -> withComputeSeconds(value);
      case OVERLAP_SHARE -> withOverlapShare(value);
      case LATENCY_SECONDS -> withLatencySeconds(value);
      default -> {
        int index = collectiveIndex(inputName);
        Collective[] changed = collectives.toArray(new Collective[0]);
        // checked here, so that a refusal names the input of the collective
        changed[index] = changed[index].withBytes(Checks.notNegative(value, inputName));
        yield withCollectives(List.of(changed));
      }
    };
  }

  /** The index of a known {@code collective<i>Bytes} input. */
  private static int collectiveIndex(String inputName) {
    return Integer.parseInt(
            inputName.substring(COLLECTIVE.length(), inputName.length() - BYTES.length()))
        - 1;
  }

  /**
   * Returns the name, such as {@code Workload[dense LLM training, 5 collectives]}.
   *
   * @return the short form
   */
  @Override
  public String toString() {
    return "Workload[" + name + ", " + collectives.size() + " collectives]";
  }
}
