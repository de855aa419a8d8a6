/**
 * The reference analysis that netroi reproduces: the input facts of a network vendor's public
 * argument of 28 February 2024, as netroi values, defined once for the samples, the tests and
 * users. {@link dev.netroi.reference.ReferenceArgument} is the entry point; {@code
 * docs/REFERENCE.md} in the repository gives the source of every fact, the figures the argument
 * derives from them and netroi's audit of it.
 *
 * <pre>{@code
 * Scenario mixtral = ReferenceArgument.mixtral();           // $0.27 read as $0.27 per GPU-minute
 * CalculationResults figures = Netroi.calculateAll(mixtral); // netroi-impl's one-line entry point
 * figures.value(Measures.BENEFIT_COST_RATIO);                // 12.7357..., the argument's "13x ROI"
 * }</pre>
 *
 * <p><b>Nulls:</b> no parameter or result in this package is null (the package is
 * {@code @NullMarked}).
 */
@NullMarked
package dev.netroi.reference;

import org.jspecify.annotations.NullMarked;
