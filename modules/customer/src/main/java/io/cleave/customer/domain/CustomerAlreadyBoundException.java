package io.cleave.customer.domain;

import io.cleave.kernel.ConflictException;

/** A customer signs in as one subject, for good. */
public class CustomerAlreadyBoundException extends ConflictException {

    public CustomerAlreadyBoundException(CustomerId id) {
        super("Customer " + id + " already signs in as another subject");
    }
}
