package dev.netroi.throughput;

import dev.netroi.Bandwidth;
import dev.netroi.Collective;
import dev.netroi.CollectiveKind;
import dev.netroi.Workload;
import dev.netroi.internal.Checks;
import java.util.List;

/**
 * The alpha-beta cost model of collective operations, and the step time of a {@link Workload}: the
 * formulas of the collective throughput model ({@link ThroughputModels#collective(Workload)}),
 * public so that a user can print a table in the style of the NCCL performance tests (size, time,
 * algorithm bandwidth, bus bandwidth) for a fabric.
 *
 * <p><b>Time of one collective</b> on a ring: {@code t = steps(kind, n) x alpha +
 * busBandwidthFactor(kind, n) x bytes / B}, where {@code B} is the bandwidth per GPU in bytes per
 * second (port speed x effective-bandwidth fraction), {@code alpha} the fabric's latency per
 * algorithm step and {@code n} the group size.
 *
 * <ul>
 *   <li>Bus-bandwidth factors, as the NCCL tests define them (their {@code doc/PERFORMANCE.md}):
 *       all-reduce {@code 2(n-1)/n}; all-gather, reduce-scatter and all-to-all {@code (n-1)/n};
 *       broadcast and reduce 1. A collective that moves {@code bytes} at bus bandwidth {@code B}
 *       takes {@code factor x bytes / B}; the tests' algorithm bandwidth is {@code bytes / t} and
 *       their bus bandwidth is algorithm bandwidth x factor.
 *   <li>Latency steps of the ring algorithms: all-reduce {@code 2(n-1)} (a reduce-scatter then an
 *       all-gather); all-gather and reduce-scatter {@code n-1}; all-to-all {@code n-1} (pairwise
 *       exchange); broadcast and reduce {@code n-1} (a pipelined chain). Only the ring is modelled:
 *       NCCL picks tree or low-latency protocols for small messages, so real times of small,
 *       latency-bound collectives are lower than these.
 * </ul>
 *
 * <p><b>Step time</b> of a workload: {@code C} = sum over its collectives of count per step x time;
 * exposed communication {@code = C - min(overlapShare x C, computeSeconds)}; step time = compute +
 * exposed communication. A perfect network (infinite bandwidth, no latency) gives step time =
 * compute, so the <b>throughput factor</b> of an option is {@code computeSeconds / stepSeconds}, in
 * (0, 1], and 1 for a step that does not communicate.
 */
public final class Collectives {

  /** Bytes per second in one Gb/s. */
  static final double BYTES_PER_SECOND_PER_GBPS = 1e9 / 8;

  private Collectives() {}

  /**
   * Returns the bus-bandwidth factor of a collective kind for {@code n} ranks, as the NCCL tests
   * define it: 2(n-1)/n for all-reduce, (n-1)/n for all-gather, reduce-scatter and all-to-all, 1
   * for broadcast and reduce.
   *
   * @param kind the kind
   * @param n the group size, at least 2
   * @return the factor
   * @throws IllegalArgumentException if {@code n} is below 2
   */
  public static double busBandwidthFactor(CollectiveKind kind, int n) {
    Checks.notNull(kind, "kind");
    checkGroupSize(n);
    return factor(kind, n);
  }

  /**
   * Returns the number of latency steps of the ring algorithm for a kind and {@code n} ranks:
   * 2(n-1) for all-reduce, n-1 for the others.
   *
   * @param kind the kind
   * @param n the group size, at least 2
   * @return the number of steps
   * @throws IllegalArgumentException if {@code n} is below 2
   */
  public static long latencySteps(CollectiveKind kind, int n) {
    Checks.notNull(kind, "kind");
    checkGroupSize(n);
    return steps(kind, n);
  }

  /**
   * Returns the bytes per second of a port speed at an effective-bandwidth fraction: Gb/s x 10^9 /
   * 8 x fraction.
   *
   * @param portSpeed the port speed per GPU
   * @param effectiveFraction the effective-bandwidth fraction, in (0, 1]
   * @return the bandwidth in bytes per second
   * @throws IllegalArgumentException if the fraction is outside (0, 1]
   */
  public static double bytesPerSecond(Bandwidth portSpeed, double effectiveFraction) {
    Checks.notNull(portSpeed, "portSpeed");
    Checks.fractionAboveZero(effectiveFraction, "effectiveFraction");
    return bytesPerSecond(portSpeed.gbps(), effectiveFraction);
  }

  /**
   * Returns the time of one collective: latency steps x alpha + bus-bandwidth factor x bytes / B.
   *
   * @param collective the collective (its count per step is not applied)
   * @param bytesPerSecond the bandwidth per GPU, B, in bytes per second, finite and positive
   * @param latencySeconds alpha, the latency per algorithm step, finite and not negative
   * @return the time in seconds
   * @throws IllegalArgumentException if a number breaks its rule
   */
  public static double seconds(
      Collective collective, double bytesPerSecond, double latencySeconds) {
    Checks.notNull(collective, "collective");
    Checks.positive(bytesPerSecond, "bytesPerSecond");
    Checks.notNegative(latencySeconds, "latencySeconds");
    return time(collective, collective.bytes(), bytesPerSecond, latencySeconds);
  }

  /**
   * Returns the algorithm bandwidth of the NCCL tests: bytes / time.
   *
   * @param bytes the message size in bytes, not negative
   * @param seconds the time, positive
   * @return the algorithm bandwidth in bytes per second
   */
  public static double algorithmBandwidth(double bytes, double seconds) {
    Checks.notNegative(bytes, "bytes");
    Checks.positive(seconds, "seconds");
    return bytes / seconds;
  }

  /**
   * Returns the bus bandwidth of the NCCL tests: algorithm bandwidth x bus-bandwidth factor. With
   * no latency it equals the bandwidth B the collective ran at.
   *
   * @param collective the collective
   * @param seconds its time, positive
   * @return the bus bandwidth in bytes per second
   */
  public static double busBandwidth(Collective collective, double seconds) {
    Checks.notNull(collective, "collective");
    return algorithmBandwidth(collective.bytes(), seconds)
        * factor(collective.kind(), collective.groupSize());
  }

  /**
   * Returns the communication time of one step: the sum over the workload's collectives of count
   * per step x time.
   *
   * @param workload the workload
   * @param bytesPerSecond the bandwidth per GPU in bytes per second, finite and positive
   * @return the communication time in seconds
   */
  public static double communicationSeconds(Workload workload, double bytesPerSecond) {
    Checks.notNull(workload, "workload");
    Checks.positive(bytesPerSecond, "bytesPerSecond");
    return communication(
        workload.collectives(), bytes(workload), bytesPerSecond, workload.latencySeconds());
  }

  /**
   * Returns the step time: compute + communication - min(overlap share x communication, compute).
   *
   * @param workload the workload
   * @param bytesPerSecond the bandwidth per GPU in bytes per second, finite and positive
   * @return the step time in seconds
   */
  public static double stepSeconds(Workload workload, double bytesPerSecond) {
    double communication = communicationSeconds(workload, bytesPerSecond);
    return step(workload.computeSeconds(), workload.overlapShare(), communication);
  }

  /**
   * Returns the throughput factor of a workload on an option: compute time / step time.
   *
   * @param workload the workload
   * @param portSpeed the option's port speed per GPU
   * @param effectiveFraction the option's effective-bandwidth fraction, in (0, 1]
   * @return the factor, in (0, 1]
   */
  public static double throughputFactor(
      Workload workload, Bandwidth portSpeed, double effectiveFraction) {
    Checks.notNull(workload, "workload");
    return factor(
        workload.collectives(),
        workload.computeSeconds(),
        workload.overlapShare(),
        workload.latencySeconds(),
        bytes(workload),
        bytesPerSecond(portSpeed, effectiveFraction));
  }

  // The formulas, for both of the engine's paths: no checks, primitives only.

  static double bytesPerSecond(double gbps, double effectiveFraction) {
    return gbps * BYTES_PER_SECOND_PER_GBPS * effectiveFraction;
  }

  static double factor(CollectiveKind kind, int n) {
    return switch (kind) {
      case ALL_REDUCE -> 2.0 * (n - 1) / n;
      case ALL_GATHER, REDUCE_SCATTER, ALL_TO_ALL -> (n - 1.0) / n;
      case BROADCAST, REDUCE -> 1.0;
    };
  }

  static long steps(CollectiveKind kind, int n) {
    return kind == CollectiveKind.ALL_REDUCE ? 2L * (n - 1) : n - 1L;
  }

  static double time(
      Collective collective, double bytes, double bytesPerSecond, double latencySeconds) {
    int n = collective.groupSize();
    return (double) steps(collective.kind(), n) * latencySeconds
        + factor(collective.kind(), n) * bytes / bytesPerSecond;
  }

  /** The communication time of a step; {@code bytes[i]} for each collective, the rest ignored. */
  static double communication(
      List<Collective> collectives, double[] bytes, double bytesPerSecond, double latency) {
    double sum = 0;
    for (int i = 0; i < collectives.size(); i++) {
      Collective collective = collectives.get(i);
      sum += collective.countPerStep() * time(collective, bytes[i], bytesPerSecond, latency);
    }
    return sum;
  }

  static double step(double compute, double overlapShare, double communication) {
    return compute + (communication - Math.min(overlapShare * communication, compute));
  }

  /**
   * The throughput factor from the workload's structure and the row's numbers: {@code bytes[i]} is
   * the i-th collective's message size; the array may be longer (a reused work array).
   */
  static double factor(
      List<Collective> collectives,
      double compute,
      double overlapShare,
      double latency,
      double[] bytes,
      double bytesPerSecond) {
    double communication = communication(collectives, bytes, bytesPerSecond, latency);
    return compute / step(compute, overlapShare, communication);
  }

  static double[] bytes(Workload workload) {
    List<Collective> collectives = workload.collectives();
    double[] bytes = new double[collectives.size()];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = collectives.get(i).bytes();
    }
    return bytes;
  }

  private static void checkGroupSize(int n) {
    if (n < 2) {
      throw new IllegalArgumentException(
          "n (the group size) must be at least 2 (a collective needs two ranks) but was " + n);
    }
  }
}
