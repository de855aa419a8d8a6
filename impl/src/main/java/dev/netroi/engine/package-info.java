/**
 * The calculation engine. {@link dev.netroi.engine.Netroi} is the one-line entry point for JShell
 * and scripts; {@link dev.netroi.engine.CalculationEngine} over a {@link
 * dev.netroi.engine.CalculatorRegistry} is the entry point for tools that evaluate many scenarios
 * or plug in calculators.
 *
 * <pre>{@code
 * CalculationResults all = Netroi.calculateAll(scenario);
 * double ratio = Netroi.value(scenario, Measures.BENEFIT_COST_RATIO);
 * CalculatorRegistry registry = CalculatorRegistry.builtIns().with(new MyCalculator());
 * ResultGrid grid = CalculationEngine.of(registry).calculate(scenarios, List.of(Measures.BENEFIT_COST_RATIO));
 * }</pre>
 *
 * <p><b>Nulls:</b> no parameter or result in this package is null unless it is annotated
 * {@code @Nullable} (the package is {@code @NullMarked}); a null argument fails at once with a
 * {@link NullPointerException} naming the argument. Optional values are returned as {@code
 * Optional}.
 *
 * <p>{@link dev.netroi.engine.RegistryException} is {@code Serializable} as every exception is; its
 * serialised form is not a published format.
 *
 * @serial exclude
 */
@NullMarked
package dev.netroi.engine;

import org.jspecify.annotations.NullMarked;
