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
 *   <li>{@link dev.netroi.testkit.NetroiDomain}: the jqwik domain with generators of valid
 *       scenarios and coverage statistics on their edge cases;
 *   <li>{@link dev.netroi.testkit.ReferenceScenarios}: the reference analysis of the project as
 *       scenarios.
 * </ul>
 *
 * <pre>{@code
 * class MyCalculatorTest implements CalculatorContract {
 *   public Calculator calculator() { return new MyCalculator(); }
 *   public Arbitrary<Scenario> validScenarios() { return NetroiDomain.scenarios(); }
 * }
 * }</pre>
 */
package dev.netroi.testkit;
