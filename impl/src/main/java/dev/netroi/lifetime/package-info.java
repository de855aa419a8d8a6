/**
 * Lifetime economics of a network option, per GPU, over primitives ({@link
 * dev.netroi.lifetime.LifetimeFormulas}): energy and hosting, depreciation and book values, the
 * network's cost by year, the cash flows of an option and of the upgrade from one option to
 * another, delivered GPU-hours and the break-evens. The lifetime calculators are thin adapters over
 * them, and the discounting they rest on is public in {@code dev.netroi.finance}.
 */
@NullMarked
package dev.netroi.lifetime;

import org.jspecify.annotations.NullMarked;
