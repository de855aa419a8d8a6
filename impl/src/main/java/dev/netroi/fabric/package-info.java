/**
 * Fabric sizing: the bill of materials, capex and power of a back-end fabric design for a GPU count
 * ({@link dev.netroi.fabric.Fabrics}, {@link dev.netroi.fabric.FabricBill}).
 */
@NullMarked
package dev.netroi.fabric;

import org.jspecify.annotations.NullMarked;
