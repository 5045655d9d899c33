package io.cleave.payment.application;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.cleave.payment.api.PaymentLedger;
import io.cleave.payment.api.PaymentStatus;
import io.cleave.payment.api.PaymentSummary;
import io.cleave.payment.domain.Payments;

/** Payment's answer to other contexts' queries (its published facade). */
@Service
@Transactional(readOnly = true)
class PaymentLedgerService implements PaymentLedger {

    private final Payments payments;

    PaymentLedgerService(Payments payments) {
        this.payments = payments;
    }

    @Override
    public Optional<PaymentSummary> paymentFor(String reference) {
        return payments.byReference(reference).map(payment -> new PaymentSummary(payment.id().value(),
                payment.reference(), payment.amount(), PaymentStatus.valueOf(payment.status().name()),
                payment.declineReason().orElse(null), payment.chargedAt(), payment.refundedAt().orElse(null)));
    }
}
