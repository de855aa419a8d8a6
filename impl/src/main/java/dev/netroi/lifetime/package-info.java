/**
 * Lifetime economics of several options: {@link dev.netroi.lifetime.OptionComparison} ranks N
 * candidates and a baseline by their lifetime NPV. The formulas of discounted cash flows it rests
 * on are public in {@code dev.netroi.finance}.
 */
@NullMarked
package dev.netroi.lifetime;

import org.jspecify.annotations.NullMarked;
