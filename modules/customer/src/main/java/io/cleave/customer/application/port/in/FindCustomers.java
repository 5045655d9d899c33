package io.cleave.customer.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

import io.cleave.customer.domain.Customer;
import io.cleave.customer.domain.CustomerId;
import io.cleave.kernel.Caller;

/** Reads customers: staff read anyone, a customer only themselves. */
@PrimaryPort
public interface FindCustomers {

    /** @throws io.cleave.customer.domain.CustomerNotFoundException if there is none the caller may see */
    Customer byId(CustomerId id, Caller caller);

    /** The caller's own customer. @throws io.cleave.customer.domain.CustomerNotFoundException if they have none */
    Customer of(Caller caller);
}
