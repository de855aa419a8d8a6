/**
 * Test support for netroi and for the authors of calculator plug-ins, in two test-jars: the
 * contract kit ({@code CalculatorContract}, {@code DeclaredInputsContext}, {@code
 * BatchEquivalence}) with the tests of {@code netroi-impl}, and the generators and property runner
 * ({@code NetroiDomain}, {@code PropertyChecks}, {@code Coverage}) with the tests of {@code
 * netroi-api}, so that the api's own properties use the same generators. A plug-in's build declares
 * both (see the README).
 *
 * <ul>
 *   <li>{@link dev.netroi.testkit.CalculatorContract}: the compatibility kit of the calculator SPI.
 *       A test class implements it, supplies its calculator and the scenarios it must handle, and
 *       inherits the checks of the contract (declarations, one finite figure per provided measure,
 *       expected failures only, determinism, thread safety, explanations);
 *   <li>{@link dev.netroi.testkit.DeclaredInputsContext}: calls a calculator outside the engine
 *       with only its declared inputs;
 *   <li>{@link dev.netroi.testkit.NetroiDomain} (netroi-api's test-jar): the QuickTheories
 *       generators of valid scenarios and their values, reaching the edges the values allow, and
 *       the coverage check of their edge cases;
 *   <li>{@link dev.netroi.testkit.BatchEquivalence}: the batch path against the audited path, row
 *       by row, on small blocks;
 *   <li>{@link dev.netroi.testkit.PropertyChecks} (netroi-api's test-jar): starts a property run
 *       ({@code qt()}) with netroi's defaults: 1,000 examples, a printed seed, {@code -DQT_SEED} to
 *       rerun;
 *   <li>{@link dev.netroi.testkit.Coverage} (netroi-api's test-jar): fails a property whose
 *       generator missed an edge case.
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
