package dev.netroi;

import dev.netroi.internal.Checks;
import java.io.InvalidObjectException;
import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

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
 * <p>Value-based, immutable and thread-safe. Built with {@link #builder()}; changed one field at a
 * time with the {@code with...} methods. A message about a broken rule of an input names it by its
 * path in a scenario, such as {@code "throughputModel.overlapShare must be in [0, 1] but was 1.5"}.
 */
public final class Workload implements HasInputs<Workload>, Serializable {

  private static final long serialVersionUID = 1L;

  private static final String COMPUTE_SECONDS = "computeSeconds";
  private static final String OVERLAP_SHARE = "overlapShare";
  private static final String LATENCY_SECONDS = "latencySeconds";
  private static final String COLLECTIVE = "collective";
  private static final String BYTES = "Bytes";

  /** The head of a workload's paths in a scenario, which its messages name. */
  private static final String HEAD = "throughputModel.";

  private final String name;
  private final double computeSeconds;
  private final double overlapShare;
  private final double latencySeconds;
  private final List<Collective> collectives;
  private final String source;

  private Workload(
      String name,
      double computeSeconds,
      double overlapShare,
      double latencySeconds,
      List<Collective> collectives,
      String source) {
    this.name = Checks.notBlank(name, "name");
    this.computeSeconds = Checks.positive(computeSeconds, HEAD + COMPUTE_SECONDS);
    this.overlapShare = Checks.fraction(overlapShare, HEAD + OVERLAP_SHARE) + 0.0; // no -0.0
    this.latencySeconds = Checks.notNegative(latencySeconds, HEAD + LATENCY_SECONDS) + 0.0;
    this.collectives = List.copyOf(Checks.notNull(collectives, "collectives"));
    this.source = Checks.notBlank(source, "source");
  }

  /**
   * Returns a builder; every field but the collectives (by default none) must be set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this workload.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder()
        .name(name)
        .computeSeconds(computeSeconds)
        .overlapShare(overlapShare)
        .latencySeconds(latencySeconds)
        .collectives(collectives)
        .source(source);
  }

  /**
   * Returns the short name for reports.
   *
   * @return the name, not blank
   */
  public String name() {
    return name;
  }

  /**
   * Returns the compute time of one step.
   *
   * @return the seconds, finite and positive
   */
  public double computeSeconds() {
    return computeSeconds;
  }

  /**
   * Returns the share of communication that may run under compute.
   *
   * @return the share, in [0, 1]
   */
  public double overlapShare() {
    return overlapShare;
  }

  /**
   * Returns the fabric's latency per algorithm step (alpha).
   *
   * @return the seconds, finite and not negative
   */
  public double latencySeconds() {
    return latencySeconds;
  }

  /**
   * Returns the collectives one step issues on the back-end network, in order.
   *
   * @return the collectives, an unmodifiable list, possibly empty
   */
  public List<Collective> collectives() {
    return collectives;
  }

  /**
   * Returns where the numbers come from.
   *
   * @return the source, not blank
   */
  public String source() {
    return source;
  }

  /**
   * Returns a copy with another name, the other fields unchanged.
   *
   * @param newName the name, not blank
   * @return the new workload
   * @throws IllegalArgumentException if {@code newName} is blank
   */
  public Workload withName(String newName) {
    return new Workload(newName, computeSeconds, overlapShare, latencySeconds, collectives, source);
  }

  /**
   * Returns a copy with another source, the other fields unchanged.
   *
   * @param newSource where the numbers come from, not blank
   * @return the new workload
   * @throws IllegalArgumentException if {@code newSource} is blank
   */
  public Workload withSource(String newSource) {
    return new Workload(name, computeSeconds, overlapShare, latencySeconds, collectives, newSource);
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
        changed[index] = changed[index].withBytes(Checks.notNegative(value, HEAD + inputName));
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

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Workload other
        && name.equals(other.name)
        && Double.compare(computeSeconds, other.computeSeconds) == 0
        && Double.compare(overlapShare, other.overlapShare) == 0
        && Double.compare(latencySeconds, other.latencySeconds) == 0
        && collectives.equals(other.collectives)
        && source.equals(other.source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, computeSeconds, overlapShare, latencySeconds, collectives, source);
  }

  /**
   * Deserialisation goes through the same checks as the builder; a broken rule is an {@link
   * InvalidObjectException} with the check's message, as a record's canonical constructor gives.
   */
  private Object readResolve() throws InvalidObjectException {
    try {
      return new Workload(name, computeSeconds, overlapShare, latencySeconds, collectives, source);
    } catch (IllegalArgumentException | NullPointerException e) {
      InvalidObjectException invalid = new InvalidObjectException(e.getMessage());
      invalid.initCause(e);
      throw invalid;
    }
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

  /**
   * A builder of {@link Workload}. Not thread-safe. {@link #build()} fails with {@link
   * IllegalStateException} naming a required field that was not set.
   */
  public static final class Builder {

    private @Nullable String name;
    private @Nullable Double computeSeconds;
    private @Nullable Double overlapShare;
    private @Nullable Double latencySeconds;
    private List<Collective> collectives = List.of();
    private @Nullable String source;

    private Builder() {}

    /**
     * Sets the short name for reports (required).
     *
     * @param name the name, not blank
     * @return this builder
     */
    public Builder name(String name) {
      this.name = Checks.notNull(name, "name");
      return this;
    }

    /**
     * Sets the compute time of one step (required).
     *
     * @param seconds the seconds, finite and positive
     * @return this builder
     */
    public Builder computeSeconds(double seconds) {
      this.computeSeconds = seconds;
      return this;
    }

    /**
     * Sets the share of communication that may run under compute (required).
     *
     * @param share the share, in [0, 1]
     * @return this builder
     */
    public Builder overlapShare(double share) {
      this.overlapShare = share;
      return this;
    }

    /**
     * Sets the fabric's latency per algorithm step, alpha (required).
     *
     * @param seconds the seconds, finite and not negative
     * @return this builder
     */
    public Builder latencySeconds(double seconds) {
      this.latencySeconds = seconds;
      return this;
    }

    /**
     * Sets the collectives of one step, in order; by default none.
     *
     * @param collectives the collectives, not null and without nulls
     * @return this builder
     */
    public Builder collectives(List<Collective> collectives) {
      this.collectives = Checks.notNull(collectives, "collectives");
      return this;
    }

    /**
     * Sets where the numbers come from (required), with the word "assumption" where one is.
     *
     * @param source the source, not blank
     * @return this builder
     */
    public Builder source(String source) {
      this.source = Checks.notNull(source, "source");
      return this;
    }

    /**
     * Builds the workload.
     *
     * @return the workload
     * @throws IllegalStateException if a required field is not set, such as {@code
     *     "Workload.computeSeconds was not set"}
     * @throws IllegalArgumentException if a value breaks its rule
     */
    public Workload build() {
      return new Workload(
          Checks.requireSet(name, "Workload.name"),
          Checks.requireSet(computeSeconds, "Workload.computeSeconds"),
          Checks.requireSet(overlapShare, "Workload.overlapShare"),
          Checks.requireSet(latencySeconds, "Workload.latencySeconds"),
          collectives,
          Checks.requireSet(source, "Workload.source"));
    }
  }
}
