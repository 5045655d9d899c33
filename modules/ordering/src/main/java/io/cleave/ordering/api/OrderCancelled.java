package io.cleave.ordering.api;

import java.time.Instant;
import java.util.UUID;

import org.jmolecules.event.annotation.Externalized;
import org.jmolecules.event.types.DomainEvent;

/** An order will not be fulfilled; {@code reason} is one of the cancellation reasons of the order resource. */
@Externalized("cleave.ordering.OrderCancelled::#{orderId()}")
public record OrderCancelled(UUID messageId, UUID orderId, UUID customerId, String reason, Instant occurredAt)
        implements DomainEvent {
}
