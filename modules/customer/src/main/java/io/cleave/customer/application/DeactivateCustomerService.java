package io.cleave.customer.application;

import java.time.Clock;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.cleave.customer.api.CustomerDeactivated;
import io.cleave.customer.application.port.in.DeactivateCustomer;
import io.cleave.customer.domain.Customer;
import io.cleave.customer.domain.CustomerId;
import io.cleave.customer.domain.CustomerNotFoundException;
import io.cleave.customer.domain.Customers;

@Service
class DeactivateCustomerService implements DeactivateCustomer {

    private final Customers customers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DeactivateCustomerService(Customers customers, ApplicationEventPublisher events, Clock clock) {
        this.customers = customers;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Customer deactivate(CustomerId customerId) {
        Customer customer = customers.byId(customerId).orElseThrow(() -> new CustomerNotFoundException(customerId));
        if (customer.deactivate()) {
            customers.update(customer);
            events.publishEvent(new CustomerDeactivated(UUID.randomUUID(), customer.id().value(), clock.instant()));
        }
        return customer;
    }
}
