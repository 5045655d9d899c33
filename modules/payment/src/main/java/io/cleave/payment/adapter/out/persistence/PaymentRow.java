package io.cleave.payment.adapter.out.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import io.cleave.kernel.Money;
import io.cleave.payment.domain.Payment;
import io.cleave.payment.domain.PaymentId;
import io.cleave.payment.domain.PaymentStatus;

/** One row of {@code payment.payment}; the domain never sees it. */
@Table(schema = "payment", name = "payment")
record PaymentRow(@Id UUID id, String reference, BigDecimal amount, String currency, String status,
        String declineReason, Instant chargedAt, Instant refundedAt, @Version Long version) {

    static PaymentRow of(Payment payment) {
        return new PaymentRow(payment.id().value(), payment.reference(), payment.amount().amount(),
                payment.amount().currency().getCurrencyCode(), payment.status().name(),
                payment.declineReason().orElse(null), payment.chargedAt(), payment.refundedAt().orElse(null),
                payment.version());
    }

    /** A row not yet stored: Spring Data JDBC assigns its first version on insert. */
    PaymentRow withoutVersion() {
        return new PaymentRow(id, reference, amount, currency, status, declineReason, chargedAt, refundedAt, null);
    }

    Payment toPayment() {
        return Payment.restore(new PaymentId(id), reference, new Money(amount, Money.currencyOf(currency)),
                PaymentStatus.valueOf(status), declineReason, chargedAt, refundedAt, version);
    }
}
