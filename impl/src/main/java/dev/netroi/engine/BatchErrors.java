package dev.netroi.engine;

import dev.netroi.calc.Calculator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The exceptions of one batch run, per calculator; the workers record into it concurrently. */
final class BatchErrors {

  private final Map<String, long[]> counts = new TreeMap<>();
  private final Map<String, Throwable> firsts = new TreeMap<>();

  synchronized void record(Calculator calculator, Throwable exception) {
    String name = calculator.name();
    counts.computeIfAbsent(name, n -> new long[1])[0]++;
    firsts.putIfAbsent(name, exception);
  }

  synchronized List<CalculatorError> list() {
    List<CalculatorError> list = new ArrayList<>();
    for (Map.Entry<String, long[]> entry : counts.entrySet()) {
      list.add(
          new CalculatorError(
              entry.getKey(), entry.getValue()[0], Lookup.present(firsts, entry.getKey())));
    }
    return List.copyOf(list);
  }
}
