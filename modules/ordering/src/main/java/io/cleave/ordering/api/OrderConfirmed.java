package io.cleave.ordering.api;

import java.time.Instant;
import java.util.UUID;

import org.jmolecules.event.annotation.Externalized;
import org.jmolecules.event.types.DomainEvent;

import io.cleave.kernel.Money;

/** An order is paid for and its stock committed: it will be fulfilled. */
@Externalized("cleave.ordering.OrderConfirmed::#{orderId()}")
public record OrderConfirmed(UUID messageId, UUID orderId, UUID customerId, Money total, Instant occurredAt)
        implements DomainEvent {
}
