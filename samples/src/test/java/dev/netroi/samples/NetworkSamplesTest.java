package dev.netroi.samples;

import static dev.netroi.samples.PrintedReport.fixed;
import static dev.netroi.samples.PrintedReport.usd;
import static org.assertj.core.api.Assertions.assertThat;

import dev.netroi.engine.CalculationEngine;
import dev.netroi.engine.CalculatorRegistry;
import dev.netroi.reference.ReferenceArgument;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The network-model samples print what their Javadoc promises; every figure is derived here from
 * the samples' stated inputs and the README's formulas, never copied from their output.
 */
class NetworkSamplesTest {

  /**
   * Each row from the closed forms of {@link ReferenceMath} (linear, Amdahl, and the collective
   * model of each workload from its stated inputs). Hand checks: linear 0.95 / 0.60 = 1.5833x, a
   * step 1 - 0.60 / 0.95 = 36.8 % shorter, uplift 141,912 x 0.35 = USD 49,669.20, 12.7357x; Amdahl
   * at f = 1 is linear and at f = 0 both factors are 1 (uplift 0); dense training at 0.95: C = 254
   * x 5 us + 2 x 127 / 128 x 17.5e9 / 95e9 = 0.366813 s, half hidden, so the step is 4.348635 +
   * 0.183407; at 0.60 C = 0.00127 + 34.7265625e9 / 60e9 = 0.580046 s, step 4.348635 + 0.290023; the
   * speed-up 4.638658 / 4.532041 = 1.0235x.
   */
  @Test
  void theModelsComparisonHasOneRowPerModelFromLinearToInference() {
    List<String[]> rows =
        NetworkModelsComparison.rows(
            CalculationEngine.of(CalculatorRegistry.builtIns()), ReferenceArgument.mixtral());
    List<String[]> expected = ReferenceMath.modelRows();

    assertThat(rows).hasSize(expected.size());
    for (int i = 0; i < rows.size(); i++) {
      assertThat(rows.get(i)).as("row %d", i).containsExactly(expected.get(i));
    }
    PrintedReport printed =
        PrintedReport.of(
            out ->
                NetworkModelsComparison.print(
                    out, CalculationEngine.of(CalculatorRegistry.builtIns())));
    assertThat(printed.lines().get(0))
        .isEqualTo(
            "Network models: the argument's 0.60 -> 0.95 of an 800 Gb/s port under each model"
                + " (mixtral-8x7b @ $0.27)");
    for (String[] row : expected) {
      assertThat(printed.row(row[0])).containsExactly(row);
    }
    assertThat(printed.line("the argument claims"))
        .isEqualTo(
            "the argument claims a $50K uplift and 13x; the workloads are presets with sources and"
                + " stated");
  }

  /**
   * An all-reduce of b bytes over n = 16 GPUs on a ring (README, "Network models"; NCCL tests,
   * doc/PERFORMANCE.md): t = 2(n - 1) x 5 us + 2(n - 1)/n x b / B = 150 us + 1.875 b / B, B = 800e9
   * / 8 x e bytes/s; algbw = b / t, busbw = algbw x 1.875. For 8 B: t = 150.0 us (the latency); for
   * 8 GiB = 8,589,934,592 B at 0.95: 1.875 x 8,589,934,592 / 95e9 = 169,538.2 us + 150 = 169,688.2
   * us, busbw 16,106,127,360 / 0.1696882 s = 94.92 GB/s; at 0.60 59.97 GB/s.
   */
  @Test
  void theCollectiveTableRunsFrom8BytesTo8GibibytesAndApproachesTheLink() {
    List<String[]> rows = CollectiveTable.rows();

    assertThat(rows).hasSize(31);
    long bytes = 8;
    for (String[] row : rows) {
      List<String> expected = new ArrayList<>();
      expected.add(String.format(Locale.ROOT, "%,d", bytes));
      expected.add(String.format(Locale.ROOT, "%,d", bytes / 4));
      expected.add("float");
      for (double fraction : new double[] {0.95, 0.60}) {
        double seconds = 30 * 5e-6 + 1.875 * bytes / (100e9 * fraction);
        double algbw = bytes / seconds / 1e9;
        expected.add(String.format(Locale.ROOT, "%.1f", seconds * 1e6));
        expected.add(String.format(Locale.ROOT, "%.2f", algbw));
        expected.add(String.format(Locale.ROOT, "%.2f", algbw * 1.875));
      }
      assertThat(row).as("%d B", bytes).containsExactlyElementsOf(expected);
      bytes *= 2;
    }
    assertThat(bytes).isEqualTo(16L << 30);
    PrintedReport printed = PrintedReport.of(CollectiveTable::print);
    assertThat(printed.lines().get(0))
        .isEqualTo(
            "All-reduce over 16 GPUs, 800 Gb/s ports, 5 us per ring step (alpha-beta model,"
                + " NCCL-tests columns)");
    assertThat(printed.row("8,589,934,592")).containsExactly(rows.get(30));
    assertThat(printed.line("busbw tends to port speed x effective fraction"))
        .isEqualTo("busbw tends to port speed x effective fraction: 95 and 60 GB/s");
  }

  /**
   * 4,096 GPUs, one 800G NIC each, non-blocking (README, fabric sizing; prices of {@code
   * FabricSizing}). Two tiers of radix 128: 64 down ports a leaf, 4,096 / 64 = 64 leaves, 64 x 64 /
   * 128 = 32 spines, 96 switches; 4,096 + 4,096 links, 16,384 optics, 8,192 cables; capex 96 x
   * 110,000 + 16,384 x 1,000 + 4,096 x 2,500 + 8,192 x 100 = 38,003,200, / 4,096 = 9,278.125 (USD
   * 9,278.12 half-even); power 96 x 3,000 + 16,384 x 16 + 4,096 x 25 = 652,544 W, / 4,096 = 159.3
   * W; a year 9,278.125 x (1/5 + 0.10) = 2,783.4375. Three tiers of radix 64: 4,096 / 32 = 128
   * leaves, as many aggregation switches, 128 x 32 / 64 = 64 cores, 320 switches; 3 x 4,096 links,
   * 24,576 optics, 12,288 cables; capex 320 x 50,000 + 24,576 x 1,000 + 4,096 x 2,500 + 12,288 x
   * 100 = 52,044,800, / 4,096 = 12,706.25; power 320 x 2,000 + 24,576 x 16 + 102,400 = 1,135,616 W,
   * / 4,096 = 277.25 W; a year 12,706.25 x 0.3 = 3,811.875 (USD 3,811.88 half-even). Radix 64
   * connects at most 64^2 / 2 = 2,048 GPUs in 2 tiers and 64^3 / 4 = 65,536 in 3.
   */
  @Test
  void theFabricSizingShowsBothDesignsForFourThousandGpus() {
    List<String[]> rows = FabricSizing.rows();
    double twoTierCapex = (96 * 110_000.0 + 16_384 * 1000.0 + 4096 * 2500.0 + 8192 * 100.0) / 4096;
    double threeTierCapex =
        (320 * 50_000.0 + 24_576 * 1000.0 + 4096 * 2500.0 + 12_288 * 100.0) / 4096;

    assertThat(rows).hasSize(2);
    assertThat(rows.get(0))
        .containsExactly(
            "2 tiers, radix 128",
            "64 + 32 = 96",
            "16,384",
            "4,096",
            usd(twoTierCapex),
            fixed((96 * 3000.0 + 16_384 * 16.0 + 4096 * 25.0) / 4096, 1) + " W",
            usd(twoTierCapex * (1.0 / 5 + 0.10)));
    assertThat(rows.get(1))
        .containsExactly(
            "3 tiers, radix 64",
            "128 + 128 + 64 = 320",
            "24,576",
            "4,096",
            usd(threeTierCapex),
            fixed((320 * 2000.0 + 24_576 * 16.0 + 4096 * 25.0) / 4096, 1) + " W",
            usd(threeTierCapex * (1.0 / 5 + 0.10)));
    PrintedReport printed = PrintedReport.of(FabricSizing::print);
    assertThat(printed.row("2 tiers, radix 128")).containsExactly(rows.get(0));
    assertThat(printed.row("3 tiers, radix 64")).containsExactly(rows.get(1));
    assertThat(printed.line("USD 3,900 per GPU-year;"))
        .isEqualTo(
            String.format(
                Locale.ROOT,
                "USD 3,900 per GPU-year; 2 tiers of radix 64 connect at most %,d GPUs, 3 tiers %,d",
                64 * 64 / 2,
                64 * 64 * 64 / 4));
  }
}
