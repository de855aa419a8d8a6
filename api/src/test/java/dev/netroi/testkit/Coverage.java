package dev.netroi.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Checks that a property's generator reaches the edge cases it must reach, so that the property
 * cannot pass by never meeting them.
 *
 * <pre>{@code
 * Coverage<Scenario> edges = NetroiDomain.scenarioEdgeCases();
 * qt().forAll(NetroiDomain.scenarios())
 *     .checkAssert(scenario -> {
 *       edges.record(scenario);
 *       // ... the property
 *     });
 * edges.check();   // fails, naming the edge case, if no example had one GPU, ...
 * }</pre>
 *
 * <p>Declare the edge cases with {@link #require(String, Predicate)} (reached at least once) or
 * {@link #requireShare(String, double, Predicate)} (reached by at least a share of the examples),
 * {@link #record(Object)} each example in the property, then {@link #check()} after the run. The
 * counts are of the values recorded: a property that records every example it checks counts each
 * once (after a failure {@code check()} is never reached, so shrinking does not matter). Instances
 * are mutable and thread-safe; use one per property run.
 *
 * @param <T> the type of the examples
 */
public final class Coverage<T> {

  private record EdgeCase<T>(String label, double minShare, Predicate<? super T> test) {}

  private final String name;
  private final Map<String, EdgeCase<T>> edgeCases = new LinkedHashMap<>();
  private final Map<String, Integer> hits = new LinkedHashMap<>();
  private int examples;

  private Coverage(String name) {
    this.name = name;
  }

  /**
   * Creates a coverage check with no edge cases yet.
   *
   * @param name what the examples are, for failure messages, such as {@code "scenarios"}
   * @param <T> the type of the examples
   * @return the coverage check
   */
  public static <T> Coverage<T> of(String name) {
    return new Coverage<>(name);
  }

  /**
   * Requires at least one example to be an edge case.
   *
   * @param label the edge case's name, such as {@code "one GPU"}
   * @param edgeCase whether an example is the edge case
   * @return this coverage check
   * @throws IllegalArgumentException if the label is already used
   */
  public Coverage<T> require(String label, Predicate<? super T> edgeCase) {
    return requireShare(label, 0, edgeCase);
  }

  /**
   * Requires at least one example, and at least a share of all examples, to be an edge case.
   *
   * @param label the edge case's name, such as {@code "negative"}
   * @param minShare the least share of the examples, in [0, 1], such as 0.2 for 20 %
   * @param edgeCase whether an example is the edge case
   * @return this coverage check
   * @throws IllegalArgumentException if the label is already used or the share is not in [0, 1]
   */
  public synchronized Coverage<T> requireShare(
      String label, double minShare, Predicate<? super T> edgeCase) {
    if (!(minShare >= 0 && minShare <= 1)) {
      throw new IllegalArgumentException("minShare must be in [0, 1] but was " + minShare);
    }
    if (edgeCases.containsKey(label)) {
      throw new IllegalArgumentException("edge case '" + label + "' is already declared");
    }
    edgeCases.put(label, new EdgeCase<>(label, minShare, edgeCase));
    hits.put(label, 0);
    return this;
  }

  /**
   * Counts one example against every declared edge case.
   *
   * @param example the example of this try
   * @return the example
   */
  public synchronized T record(T example) {
    examples++;
    for (EdgeCase<T> edgeCase : edgeCases.values()) {
      if (edgeCase.test().test(example)) {
        hits.merge(edgeCase.label(), 1, Integer::sum);
      }
    }
    return example;
  }

  /**
   * Returns how many recorded examples were the edge case.
   *
   * @param label a declared edge case
   * @return the count
   * @throws IllegalArgumentException if no edge case has this label
   */
  public synchronized int count(String label) {
    Integer count = hits.get(label);
    if (count == null) {
      throw new IllegalArgumentException(
          "no edge case '" + label + "'; declared: " + edgeCases.keySet());
    }
    return count;
  }

  /**
   * Returns how many examples were recorded.
   *
   * @return the count
   */
  public synchronized int examples() {
    return examples;
  }

  /**
   * Fails unless every edge case was reached at least once and by its share of the examples. When
   * the runs are capped ({@link PropertyChecks#isCapped()}, as in the mutation tests) it checks
   * nothing: a run of 100 examples may miss a rare case by chance, and the full build checks it.
   *
   * @throws AssertionError naming every edge case that was missed, with its count and the examples
   */
  public synchronized void check() {
    if (PropertyChecks.isCapped()) {
      return;
    }
    List<String> missed = new ArrayList<>();
    for (EdgeCase<T> edgeCase : edgeCases.values()) {
      int count = hits.get(edgeCase.label());
      if (count == 0 || count < edgeCase.minShare() * examples) {
        missed.add(
            String.format(
                "'%s' in %d of %d (needs %s)",
                edgeCase.label(),
                count,
                examples,
                edgeCase.minShare() == 0
                    ? "at least one"
                    : "at least " + Math.round(edgeCase.minShare() * 100) + " %"));
      }
    }
    if (!missed.isEmpty()) {
      throw new AssertionError(
          "The generator of " + name + " missed edge cases: " + String.join(", ", missed));
    }
  }

  @Override
  public synchronized String toString() {
    return "Coverage[" + name + ", " + examples + " examples, " + hits + "]";
  }
}
