package dev.netroi;

/**
 * The unit in which GPU time is sold: one GPU for one minute or for one hour.
 *
 * <p>Immutable and thread-safe.
 */
public enum GpuTimeUnit {
  /** One GPU for one minute (60 seconds). */
  MINUTE(60, "GPU-minute"),
  /** One GPU for one hour (3,600 seconds). */
  HOUR(3600, "GPU-hour");

  private final long seconds;
  private final String label;

  GpuTimeUnit(long seconds, String label) {
    this.seconds = seconds;
    this.label = label;
  }

  /**
   * Returns the length of this unit in seconds.
   *
   * @return 60 or 3,600
   */
  public long seconds() {
    return seconds;
  }

  /**
   * Returns the label used in reports, {@code "GPU-minute"} or {@code "GPU-hour"}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }
}
