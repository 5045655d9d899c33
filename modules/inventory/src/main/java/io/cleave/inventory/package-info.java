/**
 * Inventory: stock on hand per SKU and the reservations held against it. It accepts
 * {@code ReserveStock}, {@code ReleaseStock} and {@code CommitStock} for a neutral reference (it
 * does not know what an order is) and answers with events. A stock item appears, at zero, when
 * catalog registers a product.
 */
@ApplicationModule(displayName = "Inventory", allowedDependencies = { "kernel", "catalog :: api" })
package io.cleave.inventory;

import org.springframework.modulith.ApplicationModule;
