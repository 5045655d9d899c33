package io.cleave.customer.domain;

import org.jmolecules.event.types.DomainEvent;

/**
 * What happened to a customer, as the customer records it ({@link Customer#domainEvents()}); the
 * application publishes each as customer's api event once the customer is stored.
 */
public sealed interface CustomerEvent extends DomainEvent {

    CustomerId customer();

    /** The customer registered. */
    record Registered(CustomerId customer) implements CustomerEvent {
    }

    /** The customer may no longer order. */
    record Deactivated(CustomerId customer) implements CustomerEvent {
    }

    /** The customer now signs in as a subject. */
    record SubjectBound(CustomerId customer) implements CustomerEvent {
    }
}
