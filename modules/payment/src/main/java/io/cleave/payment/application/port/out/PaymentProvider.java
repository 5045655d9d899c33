package io.cleave.payment.application.port.out;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

import io.cleave.kernel.Money;

/**
 * The payment service provider. The reference is passed as the provider's idempotency key: asked
 * twice for one reference (after a crash between its answer and our commit), it answers the first
 * outcome again instead of charging twice. A provider that cannot be reached throws; the command
 * is then retried from the outbox.
 */
@SecondaryPort
public interface PaymentProvider {

    Outcome charge(String reference, Money amount);

    void refund(String reference, Money amount);

    sealed interface Outcome {
    }

    record Captured() implements Outcome {
    }

    record Declined(String reason) implements Outcome {
    }
}
