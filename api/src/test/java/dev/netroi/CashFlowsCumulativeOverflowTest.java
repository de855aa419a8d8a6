package dev.netroi;

import static dev.netroi.TestMoney.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

/**
 * A series whose cumulative flow leaves the doubles is refused at the first year where it does,
 * with the sign of the overflow, since payback and the cumulative table read that flow. Double
 * arithmetic by hand: {@code MAX + MAX} rounds to infinity (the exact sum, 2 x MAX, is far more
 * than half an ulp above MAX); {@code -1000 + MAX} rounds back to MAX (an ulp of MAX is 2^971).
 */
class CashFlowsCumulativeOverflowTest {

  private static final double MAX = Double.MAX_VALUE;

  @Test
  void aCumulativeInflowBeyondTheDoublesIsRefusedAtItsYear() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CashFlows.of(USD, -1000, MAX, MAX))
        .withMessage("the cumulative flow of years 0 to 2 must be finite but was Infinity");
  }

  @Test
  void aCumulativeOutflowBeyondTheDoublesIsRefusedWithItsSign() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CashFlows.of(USD, -MAX, -MAX))
        .withMessage("the cumulative flow of years 0 to 1 must be finite but was -Infinity");
  }

  /** MAX, then MAX - MAX = 0, then 0 + MAX = MAX: every cumulative flow is finite. */
  @Test
  void largeFlowsThatCancelAreAccepted() {
    assertThat(CashFlows.of(USD, MAX, -MAX, MAX).amounts()).containsExactly(MAX, -MAX, MAX);
  }
}
