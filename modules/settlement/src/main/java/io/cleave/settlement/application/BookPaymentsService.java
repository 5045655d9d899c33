package io.cleave.settlement.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.cleave.kernel.Money;
import io.cleave.payment.api.PaymentCaptured;
import io.cleave.payment.api.PaymentRefunded;
import io.cleave.settlement.application.port.in.BookPayments;
import io.cleave.settlement.domain.EntryKind;
import io.cleave.settlement.domain.Settlement;
import io.cleave.settlement.domain.Settlements;

@Service
class BookPaymentsService implements BookPayments {

    private final Settlements settlements;
    private final SettlementPolicy policy;

    BookPaymentsService(Settlements settlements, SettlementPolicy policy) {
        this.settlements = settlements;
        this.policy = policy;
    }

    @Override
    @Transactional
    public void captured(PaymentCaptured capture) {
        book(capture.paymentId(), EntryKind.CAPTURE, capture.amount(), capture.capturedAt());
    }

    @Override
    @Transactional
    public void refunded(PaymentRefunded refund) {
        book(refund.paymentId(), EntryKind.REFUND, refund.amount(), refund.refundedAt());
    }

    private void book(UUID paymentId, EntryKind kind, Money amount, Instant at) {
        if (settlements.isBooked(paymentId, kind)) {
            return; // a redelivery
        }
        Settlement settlement = openOnOrAfter(policy.businessDateOf(at), amount);
        if (kind == EntryKind.CAPTURE) {
            settlement.recordCapture(amount);
        } else {
            settlement.recordRefund(amount);
        }
        settlements.update(settlement);
        settlements.book(paymentId, kind, settlement, amount);
    }

    /** The day's settlement, or, if it is closed, the first open day after it. */
    private Settlement openOnOrAfter(LocalDate date, Money amount) {
        Settlement settlement = settlements.lockOrOpen(date, amount.currency());
        while (!settlement.isOpen()) {
            settlement = settlements.lockOrOpen(settlement.businessDate().plusDays(1), amount.currency());
        }
        return settlement;
    }
}
