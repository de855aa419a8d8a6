/**
 * The netroi API: immutable values that describe a scenario ({@code dev.netroi}); the measure keys,
 * results and calculator SPI ({@code dev.netroi.calc}); the input facts of the reference analysis
 * ({@code dev.netroi.reference}). No formulas live here; the calculators and the engine are in
 * {@code dev.netroi.impl}.
 */
// "module": the qualified export names dev.netroi.impl, which is compiled after this module
@SuppressWarnings("module")
module dev.netroi.api {
  requires static transitive org.jspecify;

  exports dev.netroi;
  exports dev.netroi.calc;
  exports dev.netroi.reference;
  exports dev.netroi.internal to
      dev.netroi.impl;
}
