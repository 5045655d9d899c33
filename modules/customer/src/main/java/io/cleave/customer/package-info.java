/**
 * Customer: the people who order, their shipping address and whether they may still order. Other
 * contexts see only {@code customer.api}: the {@link io.cleave.customer.api.CustomerDirectory}
 * query facade and the events customer emits.
 */
@ApplicationModule(displayName = "Customer", allowedDependencies = { "kernel" })
package io.cleave.customer;

import org.springframework.modulith.ApplicationModule;
