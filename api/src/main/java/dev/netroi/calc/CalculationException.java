package dev.netroi.calc;

import dev.netroi.internal.Checks;

/**
 * Thrown by a {@link Calculator} that cannot compute a figure for an expected reason, such as a
 * benefit-cost ratio over a zero network cost. The engine turns it into a failed {@link Result}
 * with the same reason and message; other measures still compute.
 *
 * <p>It is a result, not a bug, so it carries no stack trace: a sweep in which many scenarios are
 * undefined does not pay for one each time. The message says what is missing or undefined.
 */
public final class CalculationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final FailureReason reason;

  /**
   * Creates the exception.
   *
   * @param reason why the figure cannot be computed, not null
   * @param message what is missing or undefined, naming the inputs and their values
   */
  public CalculationException(FailureReason reason, String message) {
    super(Checks.notBlank(message, "message"), null, false, false);
    this.reason = Checks.notNull(reason, "reason");
  }

  /**
   * Returns why the figure cannot be computed.
   *
   * @return the reason
   */
  public FailureReason getReason() {
    return reason;
  }
}
