/**
 * The financial formulas of netroi, as public static functions over doubles: a year's value and
 * network cost of a GPU fleet ({@link dev.netroi.finance.AnnualValue}). The built-in calculators
 * are thin adapters over them, so a figure can be recomputed by hand from these functions and the
 * scenario's inputs.
 */
@NullMarked
package dev.netroi.finance;

import org.jspecify.annotations.NullMarked;
