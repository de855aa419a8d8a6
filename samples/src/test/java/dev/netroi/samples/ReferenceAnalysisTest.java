package dev.netroi.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ReferenceAnalysisTest {

  @Test
  void reportReproducesEveryFigureAndFlagsTheTwoThatDiffer() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int flagged;
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      flagged = ReferenceAnalysis.report(out);
    }
    String report = bytes.toString(StandardCharsets.UTF_8);

    assertThat(flagged).isEqualTo(2);
    assertThat(report)
        .contains("USD 3,939.39", "18.15 %", "17.97 %", "760 Gb/s", "480 Gb/s")
        .contains("USD 141,912.00", "USD 85,147.20", "USD 134,816.40", "USD 49,669.20")
        .contains("12.7357x", "USD 473,040.00", "3.3333x", "USD 165,564.00", "42.4523x")
        .contains("16,666.67 tokens/s per GPU", "USD 5,345.39", "1.1243x", "1.5833x");
    assertThat(report.lines().filter(line -> line.endsWith("DIFFERS")))
        .hasSize(2)
        .anySatisfy(line -> assertThat(line).contains("USD 165,564.00", "$150,000"))
        .anySatisfy(line -> assertThat(line).contains("42.4523x", "38x"));
    assertThat(report)
        .contains("change any of the scenario's 16 inputs by its path")
        .containsPattern("candidate\\.effectiveFraction = 0\\.80 +USD 28,382\\.40 +7\\.2775x")
        .containsPattern("baseline\\.effectiveFraction = 0\\.85 +USD 14,191\\.20 +3\\.6388x")
        .containsPattern("candidate\\.annualCostPerGpu = 5345\\.39 +USD 49,669\\.20 +9\\.2920x");
    // the million what-ifs of the batch path, with audited figures for the rows it names
    assertThat(report)
        .contains("prices 0.002x to 2x the reference's USD 0.27 per GPU-minute")
        .contains("in 849,969 of 1,000,000 (85.0 %)")
        .contains("from an effective fraction of 0.6276 (1.0053x)")
        .contains("AI Ethernet ranks first with an NPV of USD -4,347,665.60 over 5 years at 8.00 %")
        .contains(
            "upgrading traditional Ethernet to AI Ethernet: NPV USD 17,568,780.17, IRR 349.54 %")
        .contains(
            "effective fraction of 0.6245, and pays back within 5 years above USD 0.11 per GPU-hour")
        .contains("highest ratio 29.1102x at 2x the price and a fraction of 1.00");
    // the network models and the fabric
    assertThat(report)
        .containsPattern(
            "linear \\(the argument's model\\) +1\\.5833x +36\\.8 % +USD 49,669\\.20 +12\\.7357x")
        .containsPattern(
            "Amdahl, 0 % exposed communication +1\\.0000x +0\\.0 % +USD 0\\.00 +0\\.0000x")
        .containsPattern(
            "Amdahl, 30 % exposed communication +1\\.1243x +11\\.1 % +USD 15,517\\.95 +3\\.9790x")
        .containsPattern("dense LLM training.* +1\\.0235x +2\\.3 % +USD 3,129\\.76 +0\\.8025x")
        .containsPattern(
            "mixture-of-experts training.* +1\\.0523x +5\\.0 % +USD 6,416\\.87 +1\\.6454x")
        .containsPattern("inference.* +1\\.0012x +0\\.1 % +USD 174\\.17 +0\\.0447x")
        .contains("1,024 GPUs in 2 tiers: 32 leaf + 16 spine switches, 4,096 optics, 1,024 NICs")
        .contains("capex USD 9,043.75 per GPU, power 182.75 W per GPU")
        .contains("USD 2,713.12 (stated: USD 3,900.00)")
        .contains("benefit-cost ratio 18.3070x instead of 12.7357x")
        .contains("(from the candidate's fabric, not its stated annualCostPerGpu)");
  }
}
