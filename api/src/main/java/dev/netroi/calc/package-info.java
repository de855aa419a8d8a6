/**
 * Measures, results and the calculator SPI. {@link dev.netroi.calc.Measures} lists the built-in
 * measure keys; a {@link dev.netroi.calc.Calculator} declares the measures it provides and requires
 * and computes {@link dev.netroi.calc.Figure}s, each with an {@link dev.netroi.calc.Explanation};
 * an engine returns one {@link dev.netroi.calc.Result} per measure in {@link
 * dev.netroi.calc.CalculationResults}, failures included.
 *
 * <pre>{@code
 * CalculationResults results = Netroi.calculateAll(scenario);  // netroi-impl
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
 * <p>The types of this package are not {@code Serializable}: measures, figures and results live in
 * the JVM that computed them. To move work between JVMs (for example to the workers of a
 * distributed sweep), send the scenarios, whose values in {@code dev.netroi} are {@code
 * Serializable}, and bring back numbers or reports. {@link dev.netroi.calc.CalculationException} is
 * serialisable as every exception is; its serialised form is not a published format.
 *
 * @serial exclude
 */
@NullMarked
package dev.netroi.calc;

import org.jspecify.annotations.NullMarked;
