package io.cleave.customer.application;

import java.time.Clock;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.cleave.customer.api.CustomerRegistered;
import io.cleave.customer.domain.Customer;
import io.cleave.customer.domain.CustomerId;
import io.cleave.customer.domain.Customers;
import io.cleave.customer.domain.EmailAlreadyRegisteredException;

@Service
class RegisterCustomerService implements RegisterCustomer {

    private final Customers customers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RegisterCustomerService(Customers customers, ApplicationEventPublisher events, Clock clock) {
        this.customers = customers;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Customer register(Command command) {
        if (customers.byEmail(command.email()).isPresent()) {
            throw new EmailAlreadyRegisteredException(command.email());
        }
        Customer customer = Customer.register(CustomerId.random(), command.email(), command.name(),
                command.shippingAddress());
        customers.add(customer);
        events.publishEvent(new CustomerRegistered(UUID.randomUUID(), customer.id().value(), customer.email().value(),
                customer.name(), clock.instant()));
        return customer;
    }
}
