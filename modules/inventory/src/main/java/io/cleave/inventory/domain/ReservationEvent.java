package io.cleave.inventory.domain;

import java.util.List;

import org.jmolecules.event.types.DomainEvent;

/**
 * What happened to a reservation, as the reservation records it ({@link Reservation#domainEvents()});
 * the application publishes each as inventory's api event once the reservation is stored.
 */
public sealed interface ReservationEvent extends DomainEvent {

    String reference();

    /** Every line is held. */
    record Held(String reference) implements ReservationEvent {
    }

    /** Nothing is held: these SKUs were short (none, for a reservation refused after its release). */
    record Rejected(String reference, List<String> shortSkus) implements ReservationEvent {

        public Rejected {
            shortSkus = List.copyOf(shortSkus);
        }
    }

    /** What was held is given back. */
    record Released(String reference) implements ReservationEvent {
    }
}
