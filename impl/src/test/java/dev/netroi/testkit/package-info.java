/**
 * Test support for netroi and for the authors of calculator plug-ins; published with the tests of
 * {@code netroi-impl} as a test-jar.
 *
 * <ul>
 *   <li>{@link dev.netroi.testkit.CalculatorContract}: the compatibility kit of the calculator SPI.
 *       A test class implements it, supplies its calculator and the scenarios it must handle, and
 *       inherits the checks of the contract (declarations, one finite figure per provided measure,
 *       expected failures only, determinism, thread safety, explanations);
 *   <li>{@link dev.netroi.testkit.DeclaredInputsContext}: calls a calculator outside the engine
 *       with only its declared inputs;
 *   <li>{@link dev.netroi.testkit.NetroiDomain}: the QuickTheories generators of valid scenarios
 *       and their values, and the coverage check of their edge cases;
 *   <li>{@link dev.netroi.testkit.PropertyChecks}: starts a property run ({@code qt()}) with
 *       netroi's defaults: 1,000 examples, a printed seed, {@code -DQT_SEED} to rerun;
 *   <li>{@link dev.netroi.testkit.Coverage}: fails a property whose generator missed an edge case.
 * </ul>
 *
 * <p>For examples with known figures, the scenarios of the reference analysis are in {@code
 * netroi-api}: {@link dev.netroi.reference.ReferenceArgument#mixtral()} and {@link
 * dev.netroi.reference.ReferenceArgument#llama2()}.
 *
 * <pre>{@code
 * class MyCalculatorTest implements CalculatorContract {
 *   public Calculator calculator() { return new MyCalculator(); }
 *   public Gen<Scenario> validScenarios() { return NetroiDomain.scenarios(); }
 * }
 * }</pre>
 */
package dev.netroi.testkit;
