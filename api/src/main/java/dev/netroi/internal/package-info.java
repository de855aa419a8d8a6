/**
 * Helpers shared by the netroi modules ({@link dev.netroi.internal.Checks} for argument checks,
 * {@link dev.netroi.internal.TextTable} for plain-text tables). Exported only to {@code
 * dev.netroi.impl}; not part of the public API and free to change.
 *
 * <pre>{@code
 * this.count = Checks.positive(count, "gpuCount"); // "gpuCount must be positive but was -2"
 * }</pre>
 */
@NullMarked
package dev.netroi.internal;

import org.jspecify.annotations.NullMarked;
