package io.cleave.customer.api;

import java.time.Instant;
import java.util.UUID;

import org.jmolecules.event.annotation.Externalized;
import org.jmolecules.event.types.DomainEvent;

/** The customer now signs in as {@code subject}: what is theirs elsewhere becomes visible to them. */
@Externalized("cleave.customer.CustomerSubjectBound::#{customerId()}")
public record CustomerSubjectBound(UUID messageId, UUID customerId, String subject, Instant boundAt)
        implements DomainEvent {
}
