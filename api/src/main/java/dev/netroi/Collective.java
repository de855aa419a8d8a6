package dev.netroi;

import dev.netroi.internal.Checks;
import dev.netroi.internal.Decimals;
import java.io.Serializable;

/**
 * One collective operation that a step of a workload issues, possibly several times: its kind, the
 * message size in bytes, the number of ranks (GPUs) in the group, and how many times a step issues
 * it.
 *
 * <p>The size is the NCCL performance tests' "size": for all-reduce, broadcast and reduce, the
 * buffer each rank holds; for all-gather and reduce-scatter, the whole gathered (or reduced)
 * buffer, n times one rank's share; for all-to-all, all that one rank sends and receives. Entering
 * one rank's share of an all-gather instead understates its time n times.
 *
 * <p>{@code toString()} reads {@code all-reduce of 17500000000 B over 128 GPUs, 1 per step}.
 * Value-based, immutable and thread-safe.
 *
 * @param kind the kind of operation, not null
 * @param bytes the message size in bytes as the NCCL tests count it (see above), finite and not
 *     negative (0: nothing moves, only the latency is paid)
 * @param groupSize the number of ranks taking part, at least 2
 * @param countPerStep how many times one step issues it, at least 1
 */
public record Collective(CollectiveKind kind, double bytes, int groupSize, int countPerStep)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * Validates the components.
   *
   * @param kind the kind of operation, not null
   * @param bytes the message size per rank in bytes, finite and not negative
   * @param groupSize the number of ranks taking part, at least 2
   * @param countPerStep how many times one step issues it, at least 1
   * @throws NullPointerException if {@code kind} is null
   * @throws IllegalArgumentException if {@code bytes} is negative or not finite, {@code groupSize}
   *     is below 2 or {@code countPerStep} below 1 (the message names the field, the rule and the
   *     value)
   */
  public Collective {
    Checks.notNull(kind, "kind");
    bytes = Checks.notNegative(bytes, "bytes") + 0.0; // no -0.0
    if (groupSize < 2) {
      throw new IllegalArgumentException(
          "groupSize must be at least 2 (a collective needs two ranks) but was " + groupSize);
    }
    if (countPerStep < 1) {
      throw new IllegalArgumentException("countPerStep must be at least 1 but was " + countPerStep);
    }
  }

  /**
   * Obtains a collective issued once per step.
   *
   * @param kind the kind of operation
   * @param bytes the message size per rank in bytes, finite and not negative
   * @param groupSize the number of ranks, at least 2
   * @return the collective
   * @throws IllegalArgumentException if a value breaks its rule
   */
  public static Collective of(CollectiveKind kind, double bytes, int groupSize) {
    return new Collective(kind, bytes, groupSize, 1);
  }

  /**
   * Returns a copy with another message size.
   *
   * @param newBytes the message size per rank in bytes, finite and not negative
   * @return the new collective
   * @throws IllegalArgumentException if {@code newBytes} is negative or not finite
   */
  public Collective withBytes(double newBytes) {
    return new Collective(kind, newBytes, groupSize, countPerStep);
  }

  /**
   * Returns a short form, such as {@code all-reduce of 17500000000 B over 128 GPUs, 1 per step}.
   *
   * @return the short form
   */
  @Override
  public String toString() {
    return kind.label()
        + " of "
        + Decimals.plain(bytes)
        + " B over "
        + groupSize
        + " GPUs, "
        + countPerStep
        + " per step";
  }
}
