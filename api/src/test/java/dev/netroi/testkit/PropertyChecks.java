package dev.netroi.testkit;

import org.quicktheories.QuickTheory;

/**
 * The one way netroi's property tests start a QuickTheories run: {@code
 * PropertyChecks.qt().forAll(...).checkAssert(...)} inside a plain JUnit 5 {@code @Test}.
 *
 * <pre>{@code
 * @Test
 * void upliftIsZeroForEqualOptions() {
 *   qt().forAll(NetroiDomain.scenarios())
 *       .checkAssert(scenario -> assertThat(uplift(withEqualOptions(scenario))).isZero());
 * }
 * }</pre>
 *
 * <p>Each run generates {@link #DEFAULT_EXAMPLES} examples (or the number given to {@link
 * #qt(int)}) that satisfy the run's assumptions, and checks each distinct one once: QuickTheories
 * skips an example equal to one already checked, so a small domain (such as three choices) is
 * checked exhaustively and a large one with a few repeats (about 994 distinct of 1,000 longs from 1
 * to 100,000). The seed is random unless the system property {@code QT_SEED} fixes it. When a
 * property fails, QuickTheories shrinks the failing example to the smallest one it can find and
 * reports it with the seed:
 *
 * <pre>
 * Property falsified after 3 example(s)
 * Smallest found falsifying value(s) :-
 * ...
 * Seed was 1849290461352870
 * </pre>
 *
 * <p>Rerun the same examples with {@code mvn -B verify -DQT_SEED=1849290461352870} (Surefire passes
 * the property to the test JVM), or for a single test with {@code -Dtest=SomeProperties}. The
 * system property {@code QT_EXAMPLES} replaces the number of examples of every run, for a deeper
 * search ({@code -DQT_EXAMPLES=100000}) or a quick one. The system property {@code QT_MAX_EXAMPLES}
 * caps every run instead: the mutation tests (PIT) run each property for each mutant, so they pass
 * {@code -DQT_MAX_EXAMPLES=100}; a capped run does not shrink a failure (a mutant needs only to
 * fail, and shrinking large batches would outlast PIT's timeout).
 */
public final class PropertyChecks {

  /** Examples per property unless a run says otherwise: 1,000, as most property libraries do. */
  public static final int DEFAULT_EXAMPLES = 1000;

  /**
   * How many generated values in a row may fail a run's assumptions before the run gives up with
   * "Gave up after finding only N example(s) matching the assumptions": 100, so a run gives up,
   * with practical certainty, only when more than about 85 % of its generated values fail them (5
   * discards per usable example), and never by chance at the usual 30-65 %.
   */
  static final int ATTEMPTS_PER_EXAMPLE = 100;

  private PropertyChecks() {}

  /**
   * Starts a property run of {@link #DEFAULT_EXAMPLES} examples.
   *
   * @return the run, to be given generators with {@code forAll}
   */
  public static QuickTheory qt() {
    return qt(DEFAULT_EXAMPLES);
  }

  /**
   * Starts a property run of the given number of examples; the system property {@code QT_EXAMPLES},
   * when set, takes precedence, and {@code QT_MAX_EXAMPLES}, when set, caps the number.
   *
   * @param examples the number of examples that must pass, at least 1
   * @return the run, to be given generators with {@code forAll}
   * @throws IllegalArgumentException if {@code examples} is less than 1
   */
  public static QuickTheory qt(int examples) {
    if (examples < 1) {
      throw new IllegalArgumentException("examples must be at least 1 but was " + examples);
    }
    int count =
        Math.min(
            Integer.getInteger("QT_EXAMPLES", examples),
            Integer.getInteger("QT_MAX_EXAMPLES", Integer.MAX_VALUE));
    QuickTheory run =
        QuickTheory.qt().withExamples(count).withGenerateAttempts(ATTEMPTS_PER_EXAMPLE);
    // a mutant only has to fail, not to be shrunk to its smallest example: shrinking a failure on
    // batches of thousands of rows takes longer than PIT's timeout
    return isCapped() ? run.withShrinkCycles(0) : run;
  }

  /**
   * The most shrink cycles of a run over batches ({@link #qtOverBatches(int)}): 100. Each try of
   * such a run computes a batch of up to 6,096 rows on the batch path and again row by row on the
   * audited path, a second or more, so QuickTheories' default shrinking of a failure could run for
   * hours; 100 tries still report a much smaller example than the first failing one.
   */
  public static final int BATCH_SHRINK_CYCLES = 100;

  /**
   * Starts a property run over batches, such as {@code BatchEquivalence.check} of {@code
   * netroi-impl}'s calculator contract kit: {@link #qt(int)} with at most {@link
   * #BATCH_SHRINK_CYCLES} shrink cycles (none when the runs are capped). The examples checked are
   * the same; only the search for a smaller failing one is shorter.
   *
   * @param examples the number of examples that must pass, at least 1
   * @return the run, to be given generators with {@code forAll}
   * @throws IllegalArgumentException if {@code examples} is less than 1
   */
  public static QuickTheory qtOverBatches(int examples) {
    QuickTheory run = qt(examples);
    return isCapped() ? run : run.withShrinkCycles(BATCH_SHRINK_CYCLES);
  }

  /**
   * Tells whether the system property {@code QT_MAX_EXAMPLES} caps the runs (the mutation tests
   * do): then a run may be too short to reach a rare edge case, and {@link Coverage#check()} does
   * not fail for it.
   *
   * @return whether the number of examples is capped
   */
  public static boolean isCapped() {
    return System.getProperty("QT_MAX_EXAMPLES") != null;
  }
}
