package io.cleave.ordering.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

import io.cleave.ordering.domain.CancellationReason;
import io.cleave.ordering.domain.CustomerRef;

/**
 * Cancels every open order of a customer, each announced with {@code OrderCancelled}. Safe to
 * repeat: orders already cancelled are left alone.
 */
@PrimaryPort
public interface CancelCustomerOrders {

    /** @return how many orders this call cancelled */
    int cancelOpenOrders(CustomerRef customer, CancellationReason reason);
}
