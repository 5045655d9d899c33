package io.cleave.catalog.api;

import java.time.Instant;
import java.util.UUID;

import org.jmolecules.event.annotation.Externalized;
import org.jmolecules.event.types.DomainEvent;

/** A product can no longer be ordered. */
@Externalized("cleave.catalog.ProductRetired::#{productId()}")
public record ProductRetired(UUID messageId, UUID productId, String sku, Instant occurredAt) implements DomainEvent {
}
