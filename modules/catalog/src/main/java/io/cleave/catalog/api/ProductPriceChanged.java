package io.cleave.catalog.api;

import java.time.Instant;
import java.util.UUID;

import org.jmolecules.event.annotation.Externalized;
import org.jmolecules.event.types.DomainEvent;

import io.cleave.kernel.Money;

/** A product's price changed; orders placed before keep the price they were quoted. */
@Externalized("cleave.catalog.ProductPriceChanged::#{productId()}")
public record ProductPriceChanged(UUID messageId, UUID productId, String sku, Money oldPrice, Money newPrice,
        Instant occurredAt) implements DomainEvent {
}
