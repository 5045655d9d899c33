package io.cleave.inventory.api;

import java.util.List;
import java.util.UUID;

import org.jmolecules.event.annotation.Externalized;
import org.jmolecules.event.types.DomainEvent;

/** Nothing is held for {@code reference}: these SKUs were short (empty if the reference was already released). */
@Externalized("cleave.inventory.StockReservationRejected::#{reference()}")
public record StockReservationRejected(UUID messageId, String reference, List<String> shortSkus) implements DomainEvent {
}
