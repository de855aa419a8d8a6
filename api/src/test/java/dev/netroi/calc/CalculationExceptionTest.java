package dev.netroi.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("CalculationException")
class CalculationExceptionTest {

  @Test
  void carriesTheReasonAndTheMessage() {
    CalculationException e =
        new CalculationException(
            FailureReason.MISSING_INPUT, "Scenario 'reference' has no market facts");

    assertThat(e.getReason()).isEqualTo(FailureReason.MISSING_INPUT);
    assertThat(e).hasMessage("Scenario 'reference' has no market facts").hasNoCause();
  }

  @Test
  void isARuntimeExceptionButNotAnArgumentError() {
    CalculationException e = new CalculationException(FailureReason.UNDEFINED, "cost is zero");

    assertThat(e)
        .isInstanceOf(RuntimeException.class)
        .isNotInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void isAResultNotABugSoItCarriesNoStackTrace() {
    CalculationException e = new CalculationException(FailureReason.UNDEFINED, "cost is zero");
    e.addSuppressed(new IllegalStateException("ignored"));

    assertThat(e.getStackTrace()).isEmpty();
    assertThat(e.getSuppressed()).isEmpty();
  }

  @Test
  void refusesABlankOrNullMessage() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new CalculationException(FailureReason.UNDEFINED, " "))
        .withMessage("message must not be blank but was ' '");
    assertThatNullPointerException()
        .isThrownBy(() -> new CalculationException(FailureReason.UNDEFINED, null))
        .withMessage("message must not be null");
  }

  @Test
  void refusesANullReason() {
    assertThatNullPointerException()
        .isThrownBy(() -> new CalculationException(null, "cost is zero"))
        .withMessage("reason must not be null");
  }
}
