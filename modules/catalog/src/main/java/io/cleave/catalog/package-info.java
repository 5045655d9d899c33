/**
 * Catalog: products and their prices. Other contexts see only {@code catalog.api}: the
 * {@link io.cleave.catalog.api.ProductCatalog} query facade and the events catalog emits.
 */
@ApplicationModule(displayName = "Catalog", allowedDependencies = { "kernel" })
package io.cleave.catalog;

import org.springframework.modulith.ApplicationModule;
