package io.cleave.payment.api;

import java.util.UUID;

import org.jmolecules.architecture.cqrs.annotation.Command;
import org.jmolecules.event.annotation.Externalized;

import io.cleave.kernel.Money;

/** Charge {@code amount} for {@code reference}, once. Answered by PaymentCaptured or PaymentDeclined. */
@Command
@Externalized("cleave.payment.ChargePayment::#{reference()}")
public record ChargePayment(UUID messageId, String reference, Money amount) {
}
