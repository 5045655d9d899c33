package io.cleave.catalog.api;

import java.time.Instant;
import java.util.UUID;

import org.jmolecules.event.annotation.Externalized;
import org.jmolecules.event.types.DomainEvent;

import io.cleave.kernel.Money;

/** A product was added to the catalog. */
@Externalized("cleave.catalog.ProductRegistered::#{productId()}")
public record ProductRegistered(UUID messageId, UUID productId, String sku, String name, Money price,
        Instant occurredAt) implements DomainEvent {
}
