/**
 * Measures, results and the calculator SPI. {@link dev.netroi.calc.Measures} lists the built-in
 * measure keys; a {@link dev.netroi.calc.Calculator} declares the measures it provides and requires
 * and computes {@link dev.netroi.calc.Figure}s, each with an {@link dev.netroi.calc.Explanation};
 * an engine returns one {@link dev.netroi.calc.Result} per measure in {@link
 * dev.netroi.calc.CalculationResults}, failures included.
 *
 * <pre>{@code
 * CalculationResults results = Netroi.analyse(scenario);       // netroi-impl
 * CurrencyAmount uplift = results.value(Measures.VALUE_UPLIFT_PER_GPU);
 * Explanation how = results.get(Measures.VALUE_UPLIFT_PER_GPU).figure().explanation();
 * System.out.println(results.toAuditTable());
 * }</pre>
 *
 * <p><b>Nulls:</b> no parameter or result in this package is null unless it is annotated
 * {@code @Nullable} (the package is {@code @NullMarked}); a null argument fails at once with a
 * {@link NullPointerException} naming the argument. Optional values are returned as {@code
 * Optional}.
 *
 * <p>The values are {@code Serializable} for moving them between JVMs of one netroi version (for
 * example to workers of a distributed sweep); the serialised form is not a published format and may
 * change between versions, so it is left out of the documentation.
 *
 * @serial exclude
 */
@NullMarked
package dev.netroi.calc;

import org.jspecify.annotations.NullMarked;
