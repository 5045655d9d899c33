package io.cleave.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.cleave.kernel.Money;

class PaymentTest {

    private final Instant now = Instant.parse("2026-11-29T10:00:00Z");

    @Test
    void aCaptureIsRefundedOnce() {
        Payment payment = Payment.captured(PaymentId.random(), "r-1", Money.of("10.00", "EUR"), now);

        assertThat(payment.refund(now.plusSeconds(60))).isTrue();
        assertThat(payment.refund(now.plusSeconds(120))).isFalse();
        assertThat(payment.status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(payment.refundedAt()).contains(now.plusSeconds(60));
    }

    @Test
    void aDeclineHasNothingToRefund() {
        Payment payment = Payment.declined(PaymentId.random(), "r-2", Money.of("2000.00", "EUR"), "too much", now);

        assertThat(payment.refund(now)).isFalse();
        assertThat(payment.status()).isEqualTo(PaymentStatus.DECLINED);
        assertThat(payment.declineReason()).contains("too much");
    }

    @Test
    void aPaymentRecordsWhatHappenedToItOnce() {
        Payment captured = Payment.captured(PaymentId.random(), "order-1", Money.of("10.00", "EUR"), now);
        assertThat(captured.domainEvents()).containsExactly(new PaymentEvent.Captured(captured.id()));
        captured.clearDomainEvents();
        captured.refund(now);
        captured.refund(now);
        assertThat(captured.domainEvents()).containsExactly(new PaymentEvent.Refunded(captured.id()));

        Payment declined = Payment.declined(PaymentId.random(), "order-2", Money.of("10.00", "EUR"), "card expired", now);
        declined.refund(now);
        assertThat(declined.domainEvents()).containsExactly(new PaymentEvent.Declined(declined.id()));
    }
}
