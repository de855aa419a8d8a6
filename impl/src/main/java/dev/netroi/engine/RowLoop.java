package dev.netroi.engine;

import dev.netroi.calc.CalculationException;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.RowCalculator;
import java.lang.constant.ConstantDescs;
import java.lang.invoke.MethodHandles;

/**
 * The batch path's loop over the rows of a block for one row calculator: the template of {@link
 * RowLoops}, which defines one hidden class from these bytes per calculator, with the calculator as
 * the class's data. In each copy {@link #CALCULATOR} is a constant, so the JIT compiles one loop
 * per calculator with its {@code compute} inlined, as if each calculator had written its own loop;
 * one shared loop would call {@code compute} through a call site that sees every calculator, which
 * costs a dispatch per row and stops the inlining. Never loaded as itself.
 */
final class RowLoop implements RowLoops.Loop {

  private static final RowCalculator CALCULATOR = calculator();

  private static RowCalculator calculator() {
    try {
      return MethodHandles.classData(
          MethodHandles.lookup(), ConstantDescs.DEFAULT_NAME, RowCalculator.class);
    } catch (IllegalAccessException e) {
      throw new LinkageError("the row loop is defined only as a hidden class", e);
    }
  }

  RowLoop() {}

  @Override
  public void run(RowLoops.Rows rows) {
    int count = rows.count();
    int r = 0;
    while (r < count) {
      // the handlers sit outside the loop over rows, so that loop stays a plain counted loop
      try {
        for (; r < count; r++) {
          if (!rows.isFailed(r)) {
            FailureReason reason = CALCULATOR.compute(rows.at(r));
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
