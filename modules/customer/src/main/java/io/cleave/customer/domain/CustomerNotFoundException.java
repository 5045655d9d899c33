package io.cleave.customer.domain;

import io.cleave.kernel.NotFoundException;

public class CustomerNotFoundException extends NotFoundException {

    public CustomerNotFoundException(CustomerId id) {
        super("No customer with id " + id);
    }
}
