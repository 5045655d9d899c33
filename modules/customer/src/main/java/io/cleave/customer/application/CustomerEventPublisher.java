package io.cleave.customer.application;

import java.time.Clock;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import io.cleave.customer.api.CustomerDeactivated;
import io.cleave.customer.api.CustomerRegistered;
import io.cleave.customer.api.CustomerSubjectBound;
import io.cleave.customer.domain.Customer;
import io.cleave.customer.domain.CustomerEvent;

/**
 * Publishes what a customer recorded as customer's api events, once the customer is stored and in
 * the same transaction (so they leave through the outbox with it), then clears them.
 */
@Component
class CustomerEventPublisher {

    private final ApplicationEventPublisher events;
    private final Clock clock;

    CustomerEventPublisher(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Call after storing the customer. */
    void publishRecorded(Customer customer) {
        customer.domainEvents().forEach(event -> events.publishEvent(toApi(event, customer)));
        customer.clearDomainEvents();
    }

    private Object toApi(CustomerEvent event, Customer customer) {
        if (event instanceof CustomerEvent.Registered) {
            return new CustomerRegistered(UUID.randomUUID(), customer.id().value(), customer.email().value(),
                    customer.name(), clock.instant());
        }
        if (event instanceof CustomerEvent.Deactivated) {
            return new CustomerDeactivated(UUID.randomUUID(), customer.id().value(), clock.instant());
        }
        if (event instanceof CustomerEvent.SubjectBound) {
            return new CustomerSubjectBound(UUID.randomUUID(), customer.id().value(), customer.subject().orElseThrow(),
                    clock.instant());
        }
        throw new IllegalStateException("No api event for " + event);
    }
}
