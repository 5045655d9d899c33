package io.cleave.customer.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

import io.cleave.customer.domain.Customer;
import io.cleave.customer.domain.EmailAddress;
import io.cleave.customer.domain.ShippingAddress;
import io.cleave.kernel.Caller;

/**
 * Registers a customer and announces it with {@code CustomerRegistered}; an e-mail address and a
 * subject register once. A customer registers themselves, bound to their own subject; staff
 * register someone on their behalf, bound to the subject they name, if any.
 */
@PrimaryPort
public interface RegisterCustomer {

    /**
     * @throws io.cleave.kernel.ForbiddenException if a customer names a subject other than their own
     * @throws io.cleave.customer.domain.SubjectAlreadyRegisteredException if the subject has a customer
     */
    Customer register(Command command);

    /** @param subject the subject to bind the customer to, or null: the caller's own, for a customer */
    record Command(Caller caller, EmailAddress email, String name, ShippingAddress shippingAddress, String subject) {

        public Command(Caller caller, EmailAddress email, String name, ShippingAddress shippingAddress) {
            this(caller, email, name, shippingAddress, null);
        }
    }
}
