package io.cleave.payment.domain;

import org.jmolecules.event.types.DomainEvent;

/**
 * What happened to a payment, as the payment records it ({@link Payment#domainEvents()}); the
 * application publishes each as payment's api event once the payment is stored.
 */
public sealed interface PaymentEvent extends DomainEvent {

    PaymentId payment();

    /** The money is ours. */
    record Captured(PaymentId payment) implements PaymentEvent {
    }

    /** The provider refused the charge. */
    record Declined(PaymentId payment) implements PaymentEvent {
    }

    /** The captured money was given back. */
    record Refunded(PaymentId payment) implements PaymentEvent {
    }
}
