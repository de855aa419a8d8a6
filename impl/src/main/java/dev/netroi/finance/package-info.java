/**
 * The formulas of finance over plain numbers, public and documented: discount factor, net present
 * value, annuity factor, internal rate of return, simple and discounted payback in months, and
 * straight-line depreciation ({@link dev.netroi.finance.Discounting}). A formula a user calls
 * returns an answer or the reason there is none ({@link dev.netroi.finance.Irr}, {@link
 * dev.netroi.finance.Payback}), never a bare NaN; the NaN-returning primitive forms, for loops that
 * must not allocate, say so in their names ({@code irrOrNaN}, {@code paybackMonthsOrNaN}).
 */
@NullMarked
package dev.netroi.finance;

import org.jspecify.annotations.NullMarked;
