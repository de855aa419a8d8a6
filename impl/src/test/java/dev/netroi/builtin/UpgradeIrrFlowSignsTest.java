package dev.netroi.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Which upgrade flows can have an IRR ({@link UpgradeIrrCalculator#signsChange}: a negative and a
 * positive flow among the first {@code length}) and which start with an inflow. A zero flow is
 * neither negative nor positive, and flows past {@code length} (a reused scratch array holds values
 * of an earlier row there) are not read.
 */
class UpgradeIrrFlowSignsTest {

  /** {-1, 2}: a negative and a positive flow, so the signs change. */
  @Test
  void aNegativeAndAPositiveFlowChangeSigns() {
    assertThat(UpgradeIrrCalculator.signsChange(new double[] {-1, 2}, 2)).isTrue();
  }

  /** {-1, 0}: zero is not positive, so only a negative flow: no change. */
  @Test
  void aZeroFlowIsNotPositive() {
    assertThat(UpgradeIrrCalculator.signsChange(new double[] {-1, 0}, 2)).isFalse();
  }

  /** {0, 3}: zero is not negative, so only a positive flow: no change. */
  @Test
  void aZeroFlowIsNotNegative() {
    assertThat(UpgradeIrrCalculator.signsChange(new double[] {0, 3}, 2)).isFalse();
  }

  /** {-1, -2}: two negative flows, none positive: no change. */
  @Test
  void negativeFlowsAloneDoNotChangeSigns() {
    assertThat(UpgradeIrrCalculator.signsChange(new double[] {-1, -2}, 2)).isFalse();
  }

  /** {-1, -2, 5} over a length of 2: the 5 is past the flows, so no change. */
  @Test
  void aFlowPastTheLengthIsNotRead() {
    assertThat(UpgradeIrrCalculator.signsChange(new double[] {-1, -2, 5}, 2)).isFalse();
    assertThat(UpgradeIrrCalculator.startsWithInflow(new double[] {0, 0, 5}, 2)).isFalse();
  }

  /** {0, 4, -1}: the first flow that is not zero, 4, is an inflow; {0, -4, 1}: it is not. */
  @Test
  void theFirstFlowThatIsNotZeroTellsWhetherTheFlowsStartWithAnInflow() {
    assertThat(UpgradeIrrCalculator.startsWithInflow(new double[] {0, 4, -1}, 3)).isTrue();
    assertThat(UpgradeIrrCalculator.startsWithInflow(new double[] {0, -4, 1}, 3)).isFalse();
    assertThat(UpgradeIrrCalculator.startsWithInflow(new double[] {0, 0}, 2)).isFalse();
  }
}
