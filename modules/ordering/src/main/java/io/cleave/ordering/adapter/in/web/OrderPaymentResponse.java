package io.cleave.ordering.adapter.in.web;

import java.time.Instant;

import io.cleave.kernel.Money;
import io.cleave.ordering.application.port.out.OrderPayment;

record OrderPaymentResponse(String status, Money amount, String declineReason, Instant chargedAt, Instant refundedAt) {

    static OrderPaymentResponse of(OrderPayment payment) {
        return new OrderPaymentResponse(payment.status(), payment.amount(), payment.declineReason(), payment.chargedAt(),
                payment.refundedAt());
    }
}
