package io.cleave.payment.application;

import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import io.cleave.payment.api.PaymentCaptured;
import io.cleave.payment.api.PaymentDeclined;
import io.cleave.payment.api.PaymentRefunded;
import io.cleave.payment.domain.Payment;
import io.cleave.payment.domain.PaymentEvent;

/**
 * Publishes what a payment recorded as payment's api events, once the payment is stored and in the
 * same transaction (so they leave through the outbox with it), then clears them.
 */
@Component
class PaymentEventPublisher {

    private final ApplicationEventPublisher events;

    PaymentEventPublisher(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** Call after storing the payment. */
    void publishRecorded(Payment payment) {
        payment.domainEvents().forEach(event -> events.publishEvent(toApi(event, payment)));
        payment.clearDomainEvents();
    }

    private static Object toApi(PaymentEvent event, Payment payment) {
        if (event instanceof PaymentEvent.Captured) {
            return new PaymentCaptured(UUID.randomUUID(), payment.reference(), payment.id().value(), payment.amount(),
                    payment.chargedAt());
        }
        if (event instanceof PaymentEvent.Declined) {
            return new PaymentDeclined(UUID.randomUUID(), payment.reference(), payment.amount(),
                    payment.declineReason().orElseThrow());
        }
        if (event instanceof PaymentEvent.Refunded) {
            return new PaymentRefunded(UUID.randomUUID(), payment.reference(), payment.id().value(), payment.amount(),
                    payment.refundedAt().orElseThrow());
        }
        throw new IllegalStateException("No api event for " + event);
    }
}
