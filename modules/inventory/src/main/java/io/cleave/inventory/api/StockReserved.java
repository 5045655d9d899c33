package io.cleave.inventory.api;

import java.util.UUID;

import org.jmolecules.event.annotation.Externalized;
import org.jmolecules.event.types.DomainEvent;

/** Everything asked for {@code reference} is held. */
@Externalized("cleave.inventory.StockReserved::#{reference()}")
public record StockReserved(UUID messageId, String reference) implements DomainEvent {
}
