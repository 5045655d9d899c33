package io.cleave.customer.application;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

import io.cleave.customer.domain.Customer;
import io.cleave.customer.domain.EmailAddress;
import io.cleave.customer.domain.ShippingAddress;

/** Registers a customer and announces it with {@code CustomerRegistered}; an e-mail address registers once. */
@PrimaryPort
public interface RegisterCustomer {

    Customer register(Command command);

    record Command(EmailAddress email, String name, ShippingAddress shippingAddress) {
    }
}
