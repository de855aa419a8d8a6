package dev.netroi.samples;

import dev.netroi.Bandwidth;
import dev.netroi.Collective;
import dev.netroi.CollectiveKind;
import dev.netroi.throughput.Collectives;
import dev.netroi.throughput.Workloads;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An all-reduce table in the style of the NCCL performance tests ({@code all_reduce_perf}: size,
 * count, type, time, algorithm bandwidth, bus bandwidth), computed by netroi's alpha-beta model for
 * messages of 8 B to 8 GiB over 16 GPUs on an 800 Gb/s port, at the reference's two effective
 * fractions (0.95 and 0.60) and 5 µs per algorithm step ({@link Workloads#LATENCY_SECONDS}, an
 * assumption).
 *
 * <p>It shows what the NCCL tests show on a real fabric: small messages are latency-bound (the bus
 * bandwidth is far below the link's), large ones approach port speed x effective fraction; bus
 * bandwidth = algorithm bandwidth x 2(n-1)/n for an all-reduce. Run it like {@link
 * NetworkModelsComparison}.
 */
public final class CollectiveTable {

  /** GPUs in the all-reduce. */
  static final int GROUP = 16;

  private static final Bandwidth PORT = Bandwidth.ofGbps(800);

  private CollectiveTable() {}

  /**
   * Prints the table to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    print(System.out);
  }

  /**
   * Returns the rows: size, count (float32 elements), type, then time (µs), algorithm and bus
   * bandwidth (GB/s) at 0.95 and at 0.60.
   *
   * @return one row per size, 8 B to 8 GiB
   */
  static List<String[]> rows() {
    List<String[]> rows = new ArrayList<>();
    for (long bytes = 8; bytes <= 8L << 30; bytes *= 2) {
      Collective allReduce = Collective.of(CollectiveKind.ALL_REDUCE, (double) bytes, GROUP);
      List<String> row = new ArrayList<>();
      row.add(String.format(Locale.ROOT, "%,d", bytes));
      row.add(String.format(Locale.ROOT, "%,d", bytes / 4));
      row.add("float");
      for (double fraction : new double[] {0.95, 0.60}) {
        double seconds =
            Collectives.seconds(
                allReduce, Collectives.bytesPerSecond(PORT, fraction), Workloads.LATENCY_SECONDS);
        row.add(String.format(Locale.ROOT, "%.1f", seconds * 1e6));
        row.add(
            String.format(
                Locale.ROOT,
                "%.2f",
                Collectives.algorithmBandwidth((double) bytes, seconds) / 1e9));
        row.add(
            String.format(Locale.ROOT, "%.2f", Collectives.busBandwidth(allReduce, seconds) / 1e9));
      }
      rows.add(row.toArray(new String[0]));
    }
    return rows;
  }

  /**
   * Prints the table.
   *
   * @param out where to print
   */
  static void print(PrintStream out) {
    out.println(
        "All-reduce over "
            + GROUP
            + " GPUs, 800 Gb/s ports, 5 us per ring step (alpha-beta model, NCCL-tests columns)");
    out.print(
        Tables.format(
            new String[] {
              "size (B)",
              "count",
              "type",
              "time (us) 0.95",
              "algbw 0.95",
              "busbw 0.95",
              "time (us) 0.60",
              "algbw 0.60",
              "busbw 0.60"
            },
            rows()));
    out.println(
        "  bandwidths in GB/s; busbw = algbw x 2(n-1)/n (NCCL tests, doc/PERFORMANCE.md); at large"
            + " sizes");
    out.println("  busbw tends to port speed x effective fraction: 95 and 60 GB/s");
  }
}
