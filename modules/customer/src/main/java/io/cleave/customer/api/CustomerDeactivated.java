package io.cleave.customer.api;

import java.time.Instant;
import java.util.UUID;

import org.jmolecules.event.annotation.Externalized;
import org.jmolecules.event.types.DomainEvent;

/** A customer may no longer order; what they have not yet received should not go ahead. */
@Externalized("cleave.customer.CustomerDeactivated::#{customerId()}")
public record CustomerDeactivated(UUID messageId, UUID customerId, Instant occurredAt) implements DomainEvent {
}
