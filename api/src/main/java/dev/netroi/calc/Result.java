package dev.netroi.calc;

import dev.netroi.internal.Checks;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The outcome for one measure of one scenario: a {@link Success} holding a {@link Figure}, or a
 * {@link Failure} holding the reason and a message. Failures are data: one failed measure never
 * stops the others.
 *
 * <p>Value-based, immutable and thread-safe.
 *
 * @param <T> the measure's value type
 */
public sealed interface Result<T> permits Result.Success, Result.Failure {

  /**
   * Returns the measure this result is for.
   *
   * @return the measure
   */
  Measure<T> measure();

  /**
   * Returns true for a {@link Success}.
   *
   * @return whether the figure was computed
   */
  boolean isSuccess();

  /**
   * Returns the figure of a success.
   *
   * @return the figure
   * @throws IllegalStateException for a failure, with its reason and message
   */
  Figure<T> figure();

  /**
   * Returns the value of a success.
   *
   * @return the value
   * @throws IllegalStateException for a failure, with its reason and message
   */
  default T value() {
    return figure().value();
  }

  /**
   * Obtains a success.
   *
   * @param figure the figure
   * @param <T> the value type
   * @return the result
   */
  static <T> Result<T> success(Figure<T> figure) {
    return new Success<>(figure);
  }

  /**
   * Obtains a failure.
   *
   * @param measure the measure that could not be computed
   * @param reason why
   * @param message what is missing or undefined, naming inputs and values
   * @param <T> the value type
   * @return the result
   */
  static <T> Result<T> failure(Measure<T> measure, FailureReason reason, String message) {
    return new Failure<>(measure, reason, message, null);
  }

  /**
   * Obtains a failure caused by an exception, such as the {@code CALCULATION_ERROR} of a calculator
   * that threw; the exception is kept for debugging and is not part of the failure's equality.
   *
   * @param measure the measure that could not be computed
   * @param reason why
   * @param message what is missing or undefined, naming inputs and values
   * @param cause the exception behind the failure, or null if there is none
   * @param <T> the value type
   * @return the result
   */
  static <T> Result<T> failure(
      Measure<T> measure, FailureReason reason, String message, @Nullable Throwable cause) {
    return new Failure<>(measure, reason, message, cause);
  }

  /**
   * A computed figure.
   *
   * @param figure the figure
   * @param <T> the value type
   */
  record Success<T>(Figure<T> figure) implements Result<T> {

    /**
     * Validates the figure.
     *
     * @param figure the figure
     * @throws NullPointerException if {@code figure} is null
     */
    public Success {
      Checks.notNull(figure, "figure");
    }

    @Override
    public Measure<T> measure() {
      return figure.measure();
    }

    @Override
    public boolean isSuccess() {
      return true;
    }

    @Override
    public String toString() {
      return figure.toString();
    }
  }

  /**
   * A measure that could not be computed.
   *
   * @param measure the measure
   * @param reason why it could not be computed
   * @param message what is missing or undefined, naming inputs and values
   * @param cause the exception behind the failure (a calculator that threw, for {@link
   *     FailureReason#CALCULATION_ERROR}, and the failures that depend on it), or null; kept for
   *     debugging, and not compared by {@code equals}: equal failures have equal measures, reasons
   *     and messages
   * @param <T> the value type
   */
  record Failure<T>(
      Measure<T> measure, FailureReason reason, String message, @Nullable Throwable cause)
      implements Result<T> {

    /**
     * Validates the components.
     *
     * @param measure the measure
     * @param reason why it could not be computed
     * @param message what is missing or undefined, naming inputs and values
     * @param cause the exception behind the failure, or null
     * @throws IllegalArgumentException if the message is blank
     */
    public Failure {
      Checks.notNull(measure, "measure");
      Checks.notNull(reason, "reason");
      Checks.notBlank(message, "message");
    }

    @Override
    public boolean isSuccess() {
      return false;
    }

    @Override
    public Figure<T> figure() {
      throw new IllegalStateException(this.toString());
    }

    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof Failure<?> that
          && measure.equals(that.measure)
          && reason == that.reason
          && message.equals(that.message);
    }

    @Override
    public int hashCode() {
      return Objects.hash(measure, reason, message);
    }

    @Override
    public String toString() {
      return measure + " failed (" + reason + "): " + message;
    }
  }
}
