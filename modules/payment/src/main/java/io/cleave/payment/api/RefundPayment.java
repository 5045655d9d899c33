package io.cleave.payment.api;

import java.util.UUID;

import org.jmolecules.architecture.cqrs.annotation.Command;

/** Give back what was captured for {@code reference}, if anything. Answered by PaymentRefunded when there was. */
@Command
public record RefundPayment(UUID messageId, String reference) {
}
