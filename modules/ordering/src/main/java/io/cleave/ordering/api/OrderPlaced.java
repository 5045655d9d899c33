package io.cleave.ordering.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jmolecules.event.annotation.Externalized;
import org.jmolecules.event.types.DomainEvent;

import io.cleave.kernel.Money;

/** An order was accepted, priced and stored as PENDING. */
@Externalized("cleave.ordering.OrderPlaced::#{orderId()}")
public record OrderPlaced(UUID messageId, UUID orderId, UUID customerId, List<Line> lines, Money total,
        Instant occurredAt) implements DomainEvent {

    public record Line(String sku, int quantity, Money unitPrice) {
    }
}
