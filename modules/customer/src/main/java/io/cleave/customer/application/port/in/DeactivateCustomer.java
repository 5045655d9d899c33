package io.cleave.customer.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

import io.cleave.customer.domain.Customer;
import io.cleave.customer.domain.CustomerId;

/** Stops a customer from ordering and announces it with {@code CustomerDeactivated}; deactivating twice is harmless. */
@PrimaryPort
public interface DeactivateCustomer {

    Customer deactivate(CustomerId customerId);
}
