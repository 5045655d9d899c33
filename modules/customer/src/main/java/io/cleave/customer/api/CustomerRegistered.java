package io.cleave.customer.api;

import java.time.Instant;
import java.util.UUID;

import org.jmolecules.event.annotation.Externalized;
import org.jmolecules.event.types.DomainEvent;

/** A customer registered. */
@Externalized("cleave.customer.CustomerRegistered::#{customerId()}")
public record CustomerRegistered(UUID messageId, UUID customerId, String email, String name, Instant occurredAt)
        implements DomainEvent {
}
