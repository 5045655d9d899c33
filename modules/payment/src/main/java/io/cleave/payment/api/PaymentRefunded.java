package io.cleave.payment.api;

import java.time.Instant;
import java.util.UUID;

import org.jmolecules.event.annotation.Externalized;
import org.jmolecules.event.types.DomainEvent;

import io.cleave.kernel.Money;

/** What was captured for {@code reference} went back to the payer. */
@Externalized("cleave.payment.PaymentRefunded::#{reference()}")
public record PaymentRefunded(UUID messageId, String reference, UUID paymentId, Money amount, Instant refundedAt)
        implements DomainEvent {
}
