/**
 * Built-in throughput models, from {@link dev.netroi.throughput.ThroughputModels}: the reference
 * analysis's linear model (the default), an Amdahl-style model and the collective (alpha-beta)
 * model of a workload; the formulas of collectives ({@link dev.netroi.throughput.Collectives}) and
 * workload presets ({@link dev.netroi.throughput.Workloads}).
 *
 * <pre>{@code
 * Scenario amdahl = scenario.toBuilder()
 *     .throughputModel(ThroughputModels.amdahl(0.3))
 *     .build();
 * double speedup = Netroi.value(amdahl, Measures.THROUGHPUT_SPEEDUP); // 1.1243
 * }</pre>
 */
@NullMarked
package dev.netroi.throughput;

import org.jspecify.annotations.NullMarked;
