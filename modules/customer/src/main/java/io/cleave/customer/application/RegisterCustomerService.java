package io.cleave.customer.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.cleave.customer.application.port.in.RegisterCustomer;
import io.cleave.customer.domain.Customer;
import io.cleave.customer.domain.CustomerId;
import io.cleave.customer.domain.Customers;
import io.cleave.customer.domain.EmailAlreadyRegisteredException;
import io.cleave.customer.domain.SubjectAlreadyRegisteredException;
import io.cleave.kernel.Caller;
import io.cleave.kernel.ForbiddenException;

@Service
class RegisterCustomerService implements RegisterCustomer {

    private final Customers customers;
    private final CustomerEventPublisher events;

    RegisterCustomerService(Customers customers, CustomerEventPublisher events) {
        this.customers = customers;
        this.events = events;
    }

    @Override
    @Transactional
    public Customer register(Command command) {
        String subject = boundSubject(command);
        if (customers.byEmail(command.email()).isPresent()) {
            throw new EmailAlreadyRegisteredException(command.email());
        }
        if (subject != null && customers.bySubject(subject).isPresent()) {
            throw new SubjectAlreadyRegisteredException();
        }
        Customer customer = Customer.register(CustomerId.random(), command.email(), command.name(),
                command.shippingAddress(), subject);
        customers.add(customer);
        events.publishRecorded(customer); // CustomerRegistered
        return customer;
    }

    /** Staff bind whom they name (or nobody); a customer is always bound to themselves. */
    private static String boundSubject(Command command) {
        Caller caller = command.caller();
        if (caller.isStaff()) {
            return command.subject();
        }
        if (command.subject() != null && !command.subject().equals(caller.subject())) {
            throw new ForbiddenException("A customer registers only themselves");
        }
        return caller.subject();
    }
}
