package io.cleave.payment.application;

import java.time.Clock;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.cleave.payment.api.ChargePayment;
import io.cleave.payment.api.PaymentCaptured;
import io.cleave.payment.api.PaymentDeclined;
import io.cleave.payment.api.PaymentRefunded;
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
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HandlePaymentCommandsService(Payments payments, PaymentProvider provider, ApplicationEventPublisher events,
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
        if (outcome instanceof PaymentProvider.Declined declined) {
            payments.add(Payment.declined(id, command.reference(), command.amount(), declined.reason(), clock.instant()));
            events.publishEvent(new PaymentDeclined(UUID.randomUUID(), command.reference(), command.amount(),
                    declined.reason()));
            return;
        }
        Payment payment = Payment.captured(id, command.reference(), command.amount(), clock.instant());
        payments.add(payment);
        events.publishEvent(new PaymentCaptured(UUID.randomUUID(), payment.reference(), id.value(), payment.amount(),
                payment.chargedAt()));
    }

    @Override
    @Transactional
    public void refund(RefundPayment command) {
        payments.lockReference(command.reference());
        // Nothing captured (never charged, declined, refunded already): nothing to give back.
        payments.byReference(command.reference()).filter(payment -> payment.refund(clock.instant())).ifPresent(payment -> {
            provider.refund(payment.reference(), payment.amount());
            payments.update(payment);
            events.publishEvent(new PaymentRefunded(UUID.randomUUID(), payment.reference(), payment.id().value(),
                    payment.amount(), payment.refundedAt().orElseThrow()));
        });
    }
}
