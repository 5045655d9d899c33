package io.cleave.customer.domain;

import io.cleave.kernel.NotFoundException;

public class CustomerNotFoundException extends NotFoundException {

    public CustomerNotFoundException(CustomerId id) {
        super("No customer with id " + id);
    }

    private CustomerNotFoundException(String message) {
        super(message);
    }

    /** The caller has not registered as a customer. */
    public static CustomerNotFoundException forCaller() {
        return new CustomerNotFoundException("No customer is registered for you; register with POST /api/customers");
    }
}
