package io.cleave.payment.api;

import java.time.Instant;
import java.util.UUID;

import io.cleave.kernel.Money;

/**
 * A payment as other contexts see it.
 *
 * @param declineReason why the provider declined it, or null
 * @param refundedAt when it was given back, or null
 */
public record PaymentSummary(UUID paymentId, String reference, Money amount, PaymentStatus status,
        String declineReason, Instant chargedAt, Instant refundedAt) {
}
