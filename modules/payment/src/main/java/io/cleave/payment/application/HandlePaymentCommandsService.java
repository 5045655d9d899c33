package io.cleave.payment.application;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.cleave.payment.api.ChargePayment;
import io.cleave.payment.api.RefundPayment;
import io.cleave.payment.application.port.in.HandlePaymentCommands;
import io.cleave.payment.application.port.out.PaymentProvider;
import io.cleave.payment.domain.Payment;
import io.cleave.payment.domain.PaymentId;
import io.cleave.payment.domain.Payments;

@Service
class HandlePaymentCommandsService implements HandlePaymentCommands {

    private final Payments payments;
    private final PaymentProvider provider;
    private final PaymentEventPublisher events;
    private final Clock clock;

    HandlePaymentCommandsService(Payments payments, PaymentProvider provider, PaymentEventPublisher events,
            Clock clock) {
        this.payments = payments;
        this.provider = provider;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void charge(ChargePayment command) {
        payments.lockReference(command.reference());
        if (payments.byReference(command.reference()).isPresent()) {
            return; // charged before: a redelivery
        }
        PaymentId id = PaymentId.random();
        PaymentProvider.Outcome outcome = provider.charge(command.reference(), command.amount());
        Payment payment = outcome instanceof PaymentProvider.Declined declined
                ? Payment.declined(id, command.reference(), command.amount(), declined.reason(), clock.instant())
                : Payment.captured(id, command.reference(), command.amount(), clock.instant());
        payments.add(payment);
        events.publishRecorded(payment); // PaymentCaptured or PaymentDeclined
    }

    @Override
    @Transactional
    public void refund(RefundPayment command) {
        payments.lockReference(command.reference());
        // Nothing captured (never charged, declined, refunded already): nothing to give back.
        payments.byReference(command.reference()).filter(payment -> payment.refund(clock.instant())).ifPresent(payment -> {
            provider.refund(payment.reference(), payment.amount());
            payments.update(payment);
            events.publishRecorded(payment); // PaymentRefunded
        });
    }
}
