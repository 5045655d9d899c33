package io.cleave.ordering.application;

import io.cleave.kernel.BusinessRuleException;
import io.cleave.ordering.domain.CustomerRef;

public class CustomerCannotOrderException extends BusinessRuleException {

    private CustomerCannotOrderException(String message) {
        super(message);
    }

    static CustomerCannotOrderException unknown(CustomerRef customer) {
        return new CustomerCannotOrderException("There is no customer " + customer);
    }

    static CustomerCannotOrderException notRegistered() {
        return new CustomerCannotOrderException("You are not registered as a customer; register with POST /api/customers");
    }

    static CustomerCannotOrderException deactivated(CustomerRef customer) {
        return new CustomerCannotOrderException("Customer " + customer + " is deactivated and may not order");
    }
}
