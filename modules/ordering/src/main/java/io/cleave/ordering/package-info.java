/**
 * Ordering: orders and the saga that takes an order through stock and payment. It asks catalog for
 * prices and customer for standing through their query facades, sends inventory's and payment's
 * commands, and reacts to their replies and to customer's events; it knows those contexts only
 * through their {@code api}.
 */
@ApplicationModule(displayName = "Ordering",
        allowedDependencies = { "kernel", "catalog :: api", "customer :: api", "inventory :: api", "payment :: api" })
package io.cleave.ordering;

import org.springframework.modulith.ApplicationModule;
