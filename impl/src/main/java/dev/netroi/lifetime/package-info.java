/**
 * Lifetime economics: the formulas of discounted cash flows that a lifetime cost of ownership
 * needs, such as net present value, internal rate of return, payback and straight-line depreciation
 * ({@link dev.netroi.lifetime.Discounting}), and those of the lifetime cost and cash flows of a
 * network option and of the upgrade from one option to another, per GPU, over primitives ({@link
 * dev.netroi.lifetime.LifetimeFormulas}); the lifetime calculators are thin adapters over them.
 */
@NullMarked
package dev.netroi.lifetime;

import org.jspecify.annotations.NullMarked;
