package io.cleave.payment.adapter.in.web;

import java.time.Instant;
import java.util.UUID;

import io.cleave.kernel.Money;
import io.cleave.payment.domain.Payment;
import io.cleave.payment.domain.PaymentStatus;

record PaymentResponse(UUID id, String reference, Money amount, PaymentStatus status, String declineReason,
        Instant chargedAt, Instant refundedAt) {

    static PaymentResponse of(Payment payment) {
        return new PaymentResponse(payment.id().value(), payment.reference(), payment.amount(), payment.status(),
                payment.declineReason().orElse(null), payment.chargedAt(), payment.refundedAt().orElse(null));
    }
}
