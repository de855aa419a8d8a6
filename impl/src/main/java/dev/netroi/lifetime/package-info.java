/**
 * Lifetime economics: the formulas of discounted cash flows that a lifetime cost of ownership
 * needs, such as net present value, internal rate of return, payback and straight-line depreciation
 * ({@link dev.netroi.lifetime.Discounting}).
 */
@NullMarked
package dev.netroi.lifetime;

import org.jspecify.annotations.NullMarked;
