package io.cleave.payment.api;

import java.time.Instant;
import java.util.UUID;

import org.jmolecules.event.annotation.Externalized;
import org.jmolecules.event.types.DomainEvent;

import io.cleave.kernel.Money;

/** The money for {@code reference} is ours. */
@Externalized("cleave.payment.PaymentCaptured::#{reference()}")
public record PaymentCaptured(UUID messageId, String reference, UUID paymentId, Money amount, Instant capturedAt)
        implements DomainEvent {
}
