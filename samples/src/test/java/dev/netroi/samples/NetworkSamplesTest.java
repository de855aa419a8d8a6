package dev.netroi.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netroi.engine.CalculationEngine;
import dev.netroi.engine.CalculatorRegistry;
import dev.netroi.reference.ReferenceArgument;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The network-model samples print what their Javadoc promises. */
class NetworkSamplesTest {

  private static String printed(Consumer<PrintStream> sample) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      sample.accept(out);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theModelsComparisonHasOneRowPerModelFromLinearToInference() {
    List<String[]> rows =
        NetworkModelsComparison.rows(
            CalculationEngine.of(CalculatorRegistry.builtIns()), ReferenceArgument.mixtral());

    assertThat(rows).hasSize(9);
    assertThat(rows.get(0))
        .containsExactly(
            "linear (the argument's model)", "1.5833x", "36.8 %", "USD 49,669.20", "12.7357x");
    assertThat(rows.get(5)[1]).as("Amdahl at f = 1 is the linear model").isEqualTo("1.5833x");
    assertThat(rows.get(1)[3])
        .as("Amdahl at f = 0: the network does not matter")
        .isEqualTo("USD 0.00");
    assertThat(
            printed(
                out ->
                    NetworkModelsComparison.print(
                        out, CalculationEngine.of(CalculatorRegistry.builtIns()))))
        .contains("0.60 -> 0.95 of an 800 Gb/s port under each model (mixtral-8x7b @ $0.27)")
        .contains("the argument claims a $50K uplift and 13x");
  }

  @Test
  void theCollectiveTableRunsFrom8BytesTo8GibibytesAndApproachesTheLink() {
    List<String[]> rows = CollectiveTable.rows();

    assertThat(rows).hasSize(31);
    assertThat(rows.get(0)).startsWith("8", "2", "float", "150.0");
    String[] last = rows.get(30);
    assertThat(last[0]).isEqualTo("8,589,934,592");
    assertThat(last[5]).as("bus bandwidth at 0.95 of 100 GB/s").isEqualTo("94.92");
    assertThat(last[8]).as("bus bandwidth at 0.60 of 100 GB/s").isEqualTo("59.97");
    assertThat(printed(CollectiveTable::print))
        .contains("All-reduce over 16 GPUs")
        .contains("busbw = algbw x 2(n-1)/n");
  }

  @Test
  void theFabricSizingShowsBothDesignsForFourThousandGpus() {
    List<String[]> rows = FabricSizing.rows();

    assertThat(rows).hasSize(2);
    assertThat(rows.get(0))
        .containsExactly(
            "2 tiers, radix 128",
            "64 + 32 = 96",
            "16,384",
            "4,096",
            "USD 9,278.12",
            "159.3 W",
            "USD 2,783.44");
    assertThat(rows.get(1))
        .containsExactly(
            "3 tiers, radix 64",
            "128 + 128 + 64 = 320",
            "24,576",
            "4,096",
            "USD 12,706.25",
            "277.3 W",
            "USD 3,811.88");
    assertThat(printed(FabricSizing::print))
        .contains("2 tiers of radix 64 connect at most 2,048 GPUs, 3 tiers 65,536");
  }
}
