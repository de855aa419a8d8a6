/**
 * JMH benchmarks of the calculation engine, each next to a hand-written baseline measured in the
 * same run. Build the executable jar and run, from the repository root:
 *
 * <pre>{@code
 * mvn -B -q -DskipTests -pl samples/benchmarks -am package
 * java -jar samples/benchmarks/target/benchmarks.jar AuditedEvaluation -prof gc
 * }</pre>
 *
 * <p>The annotations set one fork, 3 warm-up and 5 measurement iterations of a second each; the
 * command line overrides them ({@code -f}, {@code -wi}, {@code -i}, {@code -w}, {@code -r}). On a
 * loaded machine the JIT may need longer to compile the engine: if the time per operation still
 * falls during the measurement iterations, warm up longer ({@code -wi 10}). Quote figures as ratios
 * of benchmarks measured in one run, and with {@code -prof gc} the bytes allocated per operation
 * ({@code gc.alloc.rate.norm}): once the JIT has compiled the code they vary by a few bytes within
 * a fork and by a few per cent from fork to fork, as the JIT's inlining and escape analysis decide.
 */
package dev.netroi.benchmarks;
