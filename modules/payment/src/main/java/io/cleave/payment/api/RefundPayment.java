package io.cleave.payment.api;

import java.util.UUID;

import org.jmolecules.architecture.cqrs.annotation.Command;
import org.jmolecules.event.annotation.Externalized;

/** Give back what was captured for {@code reference}, if anything. Answered by PaymentRefunded when there was. */
@Command
@Externalized("cleave.payment.RefundPayment::#{reference()}")
public record RefundPayment(UUID messageId, String reference) {
}
