/**
 * Analyses that run the engine over several scenarios and read their figures: {@link
 * dev.netroi.analysis.OptionComparison} ranks N network options for one fleet by their lifetime
 * NPV. Analyses sit above the engine, never beside the formulas: the formula packages ({@code
 * fabric}, {@code finance}, {@code lifetime}, {@code throughput}) know nothing of calculators or of
 * the engine, which is what keeps the packages free of cycles.
 */
@NullMarked
package dev.netroi.analysis;

import org.jspecify.annotations.NullMarked;
