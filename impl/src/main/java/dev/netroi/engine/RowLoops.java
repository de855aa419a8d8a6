package dev.netroi.engine;

import dev.netroi.calc.CalculationException;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Row;
import dev.netroi.calc.RowCalculator;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Makes the batch path's loop for a row calculator: a hidden class defined from {@link RowLoop}'s
 * bytes with the calculator as its constant (one per calculator of a registry, kept by the
 * registry), or, where hidden classes cannot be defined, the same loop over an instance field.
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
      return in == null ? new byte[0] : in.readAllBytes();
    } catch (IOException e) {
      return new byte[0];
    }
  }

  /** Returns the loop of one calculator. */
  static Loop loopFor(RowCalculator calculator) {
    if (TEMPLATE.length > 0) {
      try {
        MethodHandles.Lookup hidden =
            MethodHandles.lookup().defineHiddenClassWithClassData(TEMPLATE, calculator, true);
        return (Loop)
            hidden
                .findConstructor(hidden.lookupClass(), MethodType.methodType(void.class))
                .invoke();
      } catch (Throwable e) { // any reason not to define it: the loop below computes the same
        if (e instanceof Error error && !(e instanceof LinkageError)) {
          throw error;
        }
      }
    }
    return new SharedLoop(calculator);
  }

  /** The same loop over an instance field, where a hidden class cannot be defined. */
  private static final class SharedLoop implements Loop {
    private final RowCalculator calculator;

    SharedLoop(RowCalculator calculator) {
      this.calculator = calculator;
    }

    @Override
    public void run(Rows rows) {
      int count = rows.count();
      int r = 0;
      while (r < count) {
        try {
          for (; r < count; r++) {
            if (!rows.isFailed(r)) {
              FailureReason reason = calculator.compute(rows.at(r));
              if (reason != null) {
                rows.refuse(r, reason);
              } else {
                rows.done(r);
              }
            }
          }
        } catch (CalculationException e) {
          rows.refuse(r++, e.getReason());
        } catch (RuntimeException e) {
          rows.error(r++, e);
        }
      }
    }
  }
}
