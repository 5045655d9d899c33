package io.cleave.payment.api;

import java.util.UUID;

import org.jmolecules.event.annotation.Externalized;
import org.jmolecules.event.types.DomainEvent;

import io.cleave.kernel.Money;

/** The provider refused to charge {@code amount} for {@code reference}. */
@Externalized("cleave.payment.PaymentDeclined::#{reference()}")
public record PaymentDeclined(UUID messageId, String reference, Money amount, String reason) implements DomainEvent {
}
