package dev.netroi.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import jdk.jshell.tool.JavaShellToolBuilder;
import org.junit.jupiter.api.Test;

/** Runs the README's JShell quick start, as a reader would, and checks what it prints. */
class QuickstartScriptTest {

  @Test
  void theQuickstartScriptRunsUnattendedAndPrintsTheReferenceFigures() throws Exception {
    Path script = Path.of("jshell", "quickstart.jsh");
    assertThat(Files.isRegularFile(script)).as("%s", script.toAbsolutePath()).isTrue();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int exit =
        JavaShellToolBuilder.builder()
            .out(new PrintStream(out, true, StandardCharsets.UTF_8))
            .err(new PrintStream(err, true, StandardCharsets.UTF_8))
            .persistence(new HashMap<>())
            .start("--class-path", System.getProperty("java.class.path"), script.toString());

    String printed = out.toString(StandardCharsets.UTF_8);
    String errors = err.toString(StandardCharsets.UTF_8);
    assertThat(exit).as("exit code; errors: %s", errors).isZero();
    assertThat(errors).doesNotContain("Error", "Exception");
    assertThat(printed)
        .contains("Scenario[mixtral-8x7b @ $0.27")
        .contains("BenefitCostRatio                    12.7357x")
        .contains("Value uplift per GPU: USD 49669.20")
        .contains("mixtral, 2,500 tokens/s, f = 0.3  USD 21,286.80")
        .contains("22.64 %")
        .contains("candidate.effectiveFraction = 0.95")
        .contains("At 0.80:              BenefitCostRatio = 7.2775x");
  }
}
