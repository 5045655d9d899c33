package io.cleave.ordering.adapter.out.payment;

import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import io.cleave.ordering.application.port.out.OrderPayment;
import io.cleave.ordering.application.port.out.OrderPayments;
import io.cleave.ordering.domain.Order;
import io.cleave.ordering.domain.OrderId;
import io.cleave.payment.api.ChargePayment;
import io.cleave.payment.api.PaymentLedger;
import io.cleave.payment.api.RefundPayment;

/**
 * Publishes payment's commands in the caller's transaction; the event publication registry
 * delivers them, to payment in this process or to the broker when payment runs elsewhere. Reads
 * payments through payment's {@link PaymentLedger}, in this process or behind HTTP.
 */
@Component
class PaymentOrderPayments implements OrderPayments {

    private final ApplicationEventPublisher events;
    private final PaymentLedger ledger;

    PaymentOrderPayments(ApplicationEventPublisher events, PaymentLedger ledger) {
        this.events = events;
        this.ledger = ledger;
    }

    @Override
    public void charge(Order order) {
        events.publishEvent(new ChargePayment(UUID.randomUUID(), order.id().toString(), order.total()));
    }

    @Override
    public void refund(OrderId order) {
        events.publishEvent(new RefundPayment(UUID.randomUUID(), order.toString()));
    }

    @Override
    public Optional<OrderPayment> paymentOf(OrderId order) {
        return ledger.paymentFor(order.toString()).map(payment -> new OrderPayment(payment.status().name(),
                payment.amount(), payment.declineReason(), payment.chargedAt(), payment.refundedAt()));
    }
}
