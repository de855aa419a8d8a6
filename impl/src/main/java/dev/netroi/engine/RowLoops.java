package dev.netroi.engine;

import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Row;
import dev.netroi.calc.RowCalculator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Makes the batch path's loop for a row calculator: a hidden class defined from {@link RowLoop}'s
 * bytes with the calculator as its constant (kept by the registry, per class for the built-ins).
 */
final class RowLoops {

  private RowLoops() {}

  /** A block's rows, as a loop drives them: the engine's worker. */
  interface Rows {
    /** The number of rows in the block. */
    int count();

    /** Whether the engine already failed the row (an invalid input, a failed requirement). */
    boolean isFailed(int row);

    /** The row, positioned at {@code row}. */
    Row at(int row);

    /** Checks the row after {@code compute} returned no reason: every output must be set. */
    void done(int row);

    /** Fails the row with a reason that {@code compute} returned or threw. */
    void refuse(int row, FailureReason reason);

    /** Fails the row as a calculation error, and records the exception. */
    void error(int row, RuntimeException e);
  }

  /** One calculator's loop over a block. */
  interface Loop {
    /** Computes every row of the block that is not failed. */
    void run(Rows rows);
  }

  private static final byte[] TEMPLATE = template();

  private static byte[] template() {
    try (InputStream in = RowLoops.class.getResourceAsStream("RowLoop.class")) {
      if (in == null) {
        throw new IllegalStateException("netroi-impl is missing dev/netroi/engine/RowLoop.class");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("netroi-impl cannot read dev/netroi/engine/RowLoop.class", e);
    }
  }

  /**
   * Returns the loop of one calculator: a hidden class defined from {@link RowLoop}'s bytes with
   * the calculator as its constant.
   *
   * @throws IllegalStateException if the hidden class cannot be defined (a broken jar)
   */
  static Loop loopFor(RowCalculator calculator) {
    try {
      MethodHandles.Lookup hidden =
          MethodHandles.lookup().defineHiddenClassWithClassData(TEMPLATE, calculator, true);
      return (Loop)
          hidden.findConstructor(hidden.lookupClass(), MethodType.methodType(void.class)).invoke();
    } catch (Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(
          "cannot define the batch loop of calculator " + calculator.name(), e);
    }
  }

  /**
   * Returns a work array of at least {@code length} doubles: {@code current} if it is long enough,
   * else a new one. For the rows' {@code scratch}.
   */
  static double[] scratch(double[] current, int length) {
    if (length < 0) {
      throw new IllegalArgumentException("length must not be negative but was " + length);
    }
    return current.length < length ? new double[length] : current;
  }
}
