package io.cleave.ordering.application.port.out;

import java.time.Instant;

import io.cleave.kernel.Money;

/**
 * The payment made for an order, in ordering's words.
 *
 * @param status CAPTURED, DECLINED or REFUNDED
 * @param declineReason why it was declined, or null
 * @param refundedAt when it was given back, or null
 */
public record OrderPayment(String status, Money amount, String declineReason, Instant chargedAt, Instant refundedAt) {
}
