/**
 * The netroi API: immutable values that describe a scenario ({@code dev.netroi}), and the measure
 * keys, results and calculator SPI ({@code dev.netroi.calc}). No formulas live here; the
 * calculators and the engine are in {@code dev.netroi.impl}.
 */
// "module": the qualified export names dev.netroi.impl, which is compiled after this module
@SuppressWarnings("module")
module dev.netroi.api {
  requires static transitive org.jspecify;

  exports dev.netroi;
  exports dev.netroi.calc;
  exports dev.netroi.internal to
      dev.netroi.impl;
}
