package io.cleave.customer.application;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

import io.cleave.customer.domain.Customer;
import io.cleave.customer.domain.CustomerId;

/** Reads customers. */
@PrimaryPort
public interface FindCustomers {

    /** @throws io.cleave.customer.domain.CustomerNotFoundException if there is none */
    Customer byId(CustomerId id);
}
