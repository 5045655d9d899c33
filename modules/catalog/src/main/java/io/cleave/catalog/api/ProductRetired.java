package io.cleave.catalog.api;

import java.time.Instant;
import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

/** A product can no longer be ordered. */
public record ProductRetired(UUID messageId, UUID productId, String sku, Instant occurredAt) implements DomainEvent {
}
