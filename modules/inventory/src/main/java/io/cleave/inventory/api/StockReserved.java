package io.cleave.inventory.api;

import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

/** Everything asked for {@code reference} is held. */
public record StockReserved(UUID messageId, String reference) implements DomainEvent {
}
