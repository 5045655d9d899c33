/**
 * Settlement: what each business day's payments add up to (gross, refunds, fees, net), closed at
 * the end of the day. It listens to payment's events; nobody depends on it.
 */
@ApplicationModule(displayName = "Settlement", allowedDependencies = { "kernel", "payment :: api" })
package io.cleave.settlement;

import org.springframework.modulith.ApplicationModule;
