/**
 * The formulas of finance over plain numbers, public and documented, that the built-in calculators
 * are thin adapters over, so that a figure can be recomputed by hand from these functions and the
 * scenario's inputs: a year's value and network cost of a GPU fleet ({@link
 * dev.netroi.finance.AnnualValue}), the market's spend on networking ({@link
 * dev.netroi.finance.MarketFormulas}), and discount factor, net present value, annuity factor,
 * internal rate of return, simple and discounted payback in months, and straight-line depreciation
 * ({@link dev.netroi.finance.Discounting}). A formula that may have no answer returns the answer or
 * the reason there is none ({@link dev.netroi.finance.Irr}, {@link dev.netroi.finance.Payback}),
 * never a bare NaN; the NaN-returning primitive forms, for loops that must not allocate, say so in
 * their names ({@code irrOrNaN}, {@code paybackMonthsOrNaN}).
 */
@NullMarked
package dev.netroi.finance;

import org.jspecify.annotations.NullMarked;
