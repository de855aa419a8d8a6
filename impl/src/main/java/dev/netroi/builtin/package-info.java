/**
 * The built-in calculators, one class per formula group; {@link
 * dev.netroi.builtin.BuiltInCalculators#all()} lists them. Not exported: use them through {@code
 * CalculatorRegistry.builtIns()} or the {@link java.util.ServiceLoader}.
 *
 * <pre>{@code
 * CalculatorRegistry registry = CalculatorRegistry.builtIns();
 * Calculator provider = registry.provider(Measures.BENEFIT_COST_RATIO).orElseThrow();
 * }</pre>
 */
@NullMarked
package dev.netroi.builtin;

import org.jspecify.annotations.NullMarked;
