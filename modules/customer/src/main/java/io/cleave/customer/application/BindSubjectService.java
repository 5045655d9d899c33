package io.cleave.customer.application;

import java.time.Clock;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.cleave.customer.api.CustomerSubjectBound;
import io.cleave.customer.application.port.in.BindSubject;
import io.cleave.customer.domain.Customer;
import io.cleave.customer.domain.CustomerId;
import io.cleave.customer.domain.CustomerNotFoundException;
import io.cleave.customer.domain.Customers;
import io.cleave.customer.domain.SubjectAlreadyRegisteredException;

@Service
class BindSubjectService implements BindSubject {

    private final Customers customers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BindSubjectService(Customers customers, ApplicationEventPublisher events, Clock clock) {
        this.customers = customers;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Customer bind(CustomerId customerId, String subject) {
        Customer customer = customers.byId(customerId).orElseThrow(() -> new CustomerNotFoundException(customerId));
        if (customer.bindSubject(subject)) {
            if (customers.bySubject(subject).isPresent()) {
                throw new SubjectAlreadyRegisteredException();
            }
            customers.update(customer);
            events.publishEvent(new CustomerSubjectBound(UUID.randomUUID(), customer.id().value(), subject, clock.instant()));
        }
        return customer;
    }
}
