package io.cleave.inventory.api;

import java.util.UUID;

import org.jmolecules.event.annotation.Externalized;
import org.jmolecules.event.types.DomainEvent;

/** What was held for {@code reference} is available again. */
@Externalized("cleave.inventory.StockReleased::#{reference()}")
public record StockReleased(UUID messageId, String reference) implements DomainEvent {
}
