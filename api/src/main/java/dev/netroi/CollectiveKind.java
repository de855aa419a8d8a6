package dev.netroi;

/**
 * The kinds of collective operation a training or inference step issues, as the NCCL library and
 * its performance tests name them. How long each takes for a given message size, group size and
 * bandwidth is computed in {@code netroi-impl} ({@code dev.netroi.throughput.Collectives}).
 */
public enum CollectiveKind {
  /** Every rank ends with the element-wise sum of every rank's buffer. */
  ALL_REDUCE("all-reduce"),
  /** Every rank ends with the concatenation of every rank's buffer. */
  ALL_GATHER("all-gather"),
  /** Every rank ends with one slice of the element-wise sum. */
  REDUCE_SCATTER("reduce-scatter"),
  /** Every rank sends a distinct slice of its buffer to every other rank. */
  ALL_TO_ALL("all-to-all"),
  /** One rank's buffer is copied to every rank. */
  BROADCAST("broadcast"),
  /** One rank ends with the element-wise sum of every rank's buffer. */
  REDUCE("reduce");

  private final String label;

  CollectiveKind(String label) {
    this.label = label;
  }

  /**
   * Returns the name used in reports, such as {@code "all-reduce"}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  @Override
  public String toString() {
    return label;
  }
}
