package dev.netroi.samples;

import static dev.netroi.samples.PrintedReport.fixed;
import static dev.netroi.samples.PrintedReport.usd;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The reference argument's figures and the network-model table, recomputed in plain arithmetic from
 * the inputs the samples state and the README's definitions, without calling netroi.
 *
 * <p>Inputs ({@code ReferenceArgument}, docs/REFERENCE.md): USD 0.27 (mixtral) and USD 0.90
 * (llama2) read as prices per GPU-minute; a 365-day year of 60 x 24 x 365 = 525,600 minutes; 800
 * Gb/s ports at 0.95 (AI Ethernet) and 0.60 (traditional); USD 3,900 per GPU-year for each network.
 * So the theoretical value per GPU is 0.27 x 525,600 = 141,912.00, realised 85,147.20 at 0.60 and
 * 134,816.40 at 0.95, the uplift 141,912 x 0.35 = 49,669.20 and the ratio 49,669.20 / 3,900 =
 * 12.7357x.
 *
 * <p>Throughput models (README, "Network models"), for an option with fraction e and the baseline's
 * e_b: linear e; Amdahl ((1 - f) + f e_b) / ((1 - f) + f e_b / e); collective compute / (compute +
 * exposed), exposed = C - min(overlap x C, compute), C = count x (steps x alpha + factor x bytes /
 * B), B = 800e9 / 8 x e bytes/s, alpha = 5 us, all-reduce steps 2(n-1) and factor 2(n-1)/n,
 * all-to-all n-1 and (n-1)/n, broadcast n-1 and 1. Uplift = 141,912 x (factor(0.95) -
 * factor(0.60)), speed-up = factor(0.95) / factor(0.60), step shorter = 1 - 1 / speed-up.
 *
 * <p>The workloads' inputs, from {@code Workloads} (their sources are named there): an H100 at
 * 989e12 x 0.40 = 395.6e12 FLOP/s; dense training: compute 6 x 70e9 x (4,194,304 / 128) / 8 /
 * 395.6e12 = 4.35 s, one all-reduce of 70e9 / 8 x 2 = 17.5e9 B over 128 ranks, overlap 0.5; mixture
 * of experts: compute 6 x 12.9e9 x 16,384 / 395.6e12 = 3.21 s, 4 x 32 = 128 all-to-alls of 16,384 x
 * 2 x 4,096 x 2 = 268,435,456 B over 8 ranks, overlap 0; inference: compute 2 x 12.9e9 x 4,096 / 8
 * / 395.6e12 = 33 ms, one broadcast of 4,096 x (32 x 8 x 128 x 2 x 2) / 8 = 67,108,864 B over 2
 * ranks, overlap 0.9.
 */
final class ReferenceMath {

  static final double MINUTES_A_YEAR = 60 * 24 * 365;
  static final double MIXTRAL_PRICE = 0.27;
  static final double LLAMA2_PRICE = 0.90;
  static final double CANDIDATE = 0.95;
  static final double BASELINE = 0.60;
  static final double NETWORK_COST = 3900;
  static final double PORT_BYTES_PER_SECOND = 800e9 / 8;
  static final double ALPHA = 5e-6;
  static final double FLOPS = 989e12 * 0.40;

  private ReferenceMath() {}

  static double theoretical(double pricePerMinute) {
    return pricePerMinute * MINUTES_A_YEAR;
  }

  static double amdahl(double f, double e) {
    return ((1 - f) + f * BASELINE) / ((1 - f) + f * BASELINE / e);
  }

  /** One collective of a workload: steps and bus factor from its kind and group size. */
  record Collective(double steps, double factor, double bytes, double count) {
    static Collective allReduce(double bytes, int n) {
      return new Collective(2 * (n - 1), 2.0 * (n - 1) / n, bytes, 1);
    }

    static Collective allToAll(double bytes, int n, int count) {
      return new Collective(n - 1, (n - 1.0) / n, bytes, count);
    }

    static Collective broadcast(double bytes, int n) {
      return new Collective(n - 1, 1, bytes, 1);
    }

    double seconds(double e) {
      return count * (steps * ALPHA + factor * bytes / (PORT_BYTES_PER_SECOND * e));
    }
  }

  /** A workload of one collective: compute seconds a step, the overlap share, its collective. */
  record Workload(String name, double compute, double overlap, Collective collective) {
    double factor(double e) {
      double communication = collective.seconds(e);
      double exposed = communication - Math.min(overlap * communication, compute);
      return compute / (compute + exposed);
    }
  }

  static final Workload DENSE =
      new Workload(
          "dense LLM training, Llama 2 70B, TP 8 x DP 128",
          6 * 70e9 * (4_194_304.0 / 128) / 8 / FLOPS,
          0.5,
          Collective.allReduce(70e9 / 8 * 2, 128));
  static final Workload MIXTURE_OF_EXPERTS =
      new Workload(
          "mixture-of-experts training, Mixtral 8x7B, EP 8",
          6 * 12.9e9 * 16_384 / FLOPS,
          0,
          Collective.allToAll(16_384.0 * 2 * 4096 * 2, 8, 4 * 32));
  static final Workload INFERENCE =
      new Workload(
          "inference, Mixtral 8x7B, disaggregated prefill",
          2 * 12.9e9 * 4096 / 8 / FLOPS,
          0.9,
          Collective.broadcast(4096.0 * (32 * 8 * 128 * 2 * 2) / 8, 2));

  /**
   * Returns a row of the network-model table from the two throughput factors.
   *
   * @param label the model
   * @param candidate the factor at 0.95
   * @param baseline the factor at 0.60
   * @return label, speed-up, step shorter, uplift per GPU, ratio
   */
  static String[] modelRow(String label, double candidate, double baseline) {
    double speedUp = candidate / baseline;
    double uplift = theoretical(MIXTRAL_PRICE) * (candidate - baseline);
    return new String[] {
      label,
      fixed(speedUp, 4) + "x",
      String.format(Locale.ROOT, "%.1f %%", 100 * (1 - 1 / speedUp)),
      usd(uplift),
      fixed(uplift / NETWORK_COST, 4) + "x"
    };
  }

  /** The nine rows of the network-model table, linear first. */
  static List<String[]> modelRows() {
    List<String[]> rows = new ArrayList<>();
    rows.add(modelRow("linear (the argument's model)", CANDIDATE, BASELINE));
    for (double f : new double[] {0, 0.1, 0.3, 0.5, 1}) {
      rows.add(
          modelRow(
              String.format(Locale.ROOT, "Amdahl, %.0f %% exposed communication", f * 100),
              amdahl(f, CANDIDATE),
              amdahl(f, BASELINE)));
    }
    for (Workload w : List.of(DENSE, MIXTURE_OF_EXPERTS, INFERENCE)) {
      rows.add(modelRow(w.name(), w.factor(CANDIDATE), w.factor(BASELINE)));
    }
    return rows;
  }
}
