/**
 * Built-in throughput models, from {@link dev.netroi.throughput.ThroughputModels}: the reference
 * analysis's linear model (the default) and an Amdahl-style model.
 *
 * <pre>{@code
 * Scenario amdahl = scenario.toBuilder()
 *     .throughputModel(ThroughputModels.amdahl(0.3))
 *     .build();
 * double speedup = Netroi.calculate(amdahl, Measures.THROUGHPUT_SPEEDUP); // 1.1243
 * }</pre>
 */
@NullMarked
package dev.netroi.throughput;

import org.jspecify.annotations.NullMarked;
