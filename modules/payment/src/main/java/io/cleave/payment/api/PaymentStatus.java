package io.cleave.payment.api;

/** Where a payment stands, as other contexts see it. */
public enum PaymentStatus {
    CAPTURED,
    DECLINED,
    REFUNDED
}
