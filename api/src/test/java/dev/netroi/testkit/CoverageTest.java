package dev.netroi.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CoverageTest {

  private static Coverage<Integer> signs() {
    return Coverage.<Integer>of("integers")
        .require("zero", n -> n == 0)
        .requireShare("negative", 0.2, n -> n < 0);
  }

  @Test
  void passesWhenEveryEdgeCaseIsReachedOftenEnough() {
    Coverage<Integer> coverage = signs();
    for (int n = -2; n <= 7; n++) {
      assertThat(coverage.record(n)).isEqualTo(n);
    }

    assertThatCode(coverage::check).doesNotThrowAnyException();
    assertThat(coverage.examples()).isEqualTo(10);
    assertThat(coverage.count("zero")).isEqualTo(1);
    assertThat(coverage.count("negative")).isEqualTo(2);
    assertThat(coverage).hasToString("Coverage[integers, 10 examples, {zero=1, negative=2}]");
  }

  @Test
  void failsNamingEveryEdgeCaseThatWasMissedOrTooRare() {
    Coverage<Integer> coverage = signs();
    for (int n = -1; n <= 8; n++) {
      coverage.record(n == 0 ? 9 : n);
    }

    assertThatThrownBy(coverage::check)
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "The generator of integers missed edge cases: 'zero' in 0 of 10 (needs at least one),"
                + " 'negative' in 1 of 10 (needs at least 20 %)");
  }

  @Test
  void anEdgeCaseNeverRecordedFailsEvenWithoutExamples() {
    assertThatThrownBy(signs()::check).hasMessageContaining("'zero' in 0 of 0");
  }

  @Test
  void refusesBadDeclarationsAndUnknownLabels() {
    assertThatThrownBy(() -> signs().require("zero", n -> true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("edge case 'zero' is already declared");
    assertThatThrownBy(() -> Coverage.of("x").requireShare("y", 1.5, n -> true))
        .hasMessage("minShare must be in [0, 1] but was 1.5");
    assertThatThrownBy(() -> Coverage.of("x").requireShare("y", Double.NaN, n -> true))
        .hasMessage("minShare must be in [0, 1] but was NaN");
    assertThatThrownBy(() -> signs().count("one"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no edge case 'one'; declared: [zero, negative]");
  }

  @Test
  void propertyRunsNeedAtLeastOneExample() {
    assertThatThrownBy(() -> PropertyChecks.qt(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("examples must be at least 1 but was 0");
  }
}
