package io.cleave.inventory.application;

import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import io.cleave.inventory.api.StockReleased;
import io.cleave.inventory.api.StockReservationRejected;
import io.cleave.inventory.api.StockReserved;
import io.cleave.inventory.domain.Reservation;
import io.cleave.inventory.domain.ReservationEvent;

/**
 * Publishes what a reservation recorded as inventory's api events, once the reservation is stored
 * and in the same transaction (so they leave through the outbox with it), then clears them.
 */
@Component
class ReservationEventPublisher {

    private final ApplicationEventPublisher events;

    ReservationEventPublisher(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** Call after storing the reservation. */
    void publishRecorded(Reservation reservation) {
        reservation.domainEvents().forEach(event -> events.publishEvent(toApi(event)));
        reservation.clearDomainEvents();
    }

    private static Object toApi(ReservationEvent event) {
        if (event instanceof ReservationEvent.Held) {
            return new StockReserved(UUID.randomUUID(), event.reference());
        }
        if (event instanceof ReservationEvent.Rejected rejected) {
            return new StockReservationRejected(UUID.randomUUID(), event.reference(), rejected.shortSkus());
        }
        if (event instanceof ReservationEvent.Released) {
            return new StockReleased(UUID.randomUUID(), event.reference());
        }
        throw new IllegalStateException("No api event for " + event);
    }
}
