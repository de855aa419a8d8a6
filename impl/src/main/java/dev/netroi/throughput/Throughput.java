package dev.netroi.throughput;

/**
 * The formulas that turn an option's network into throughput, over doubles: effective bandwidth and
 * the speed-up of one option over another. The throughput factor of each model is in {@link
 * ThroughputModels} and {@link Collectives}.
 */
public final class Throughput {

  private Throughput() {}

  /**
   * Effective bandwidth in Gb/s = port speed in Gb/s x effective-bandwidth fraction.
   *
   * @param portSpeedGbps the port speed per GPU, in Gb/s
   * @param effectiveFraction the share of the port speed a workload gets under load, in (0, 1]
   * @return the effective bandwidth in Gb/s
   */
  public static double effectiveGbps(double portSpeedGbps, double effectiveFraction) {
    return portSpeedGbps * effectiveFraction;
  }

  /**
   * Throughput speed-up of the candidate over the baseline = candidate's throughput factor /
   * baseline's throughput factor.
   *
   * @param candidate the candidate's throughput factor, in (0, 1]
   * @param baseline the baseline's throughput factor, in (0, 1]
   * @return the speed-up
   */
  public static double speedup(double candidate, double baseline) {
    return candidate / baseline;
  }

  /**
   * Tells whether a number is a throughput factor: in (0, 1].
   *
   * @param factor the number
   * @return whether it is above 0 and at most 1
   */
  public static boolean isFactor(double factor) {
    return factor > 0 && factor <= 1;
  }
}
