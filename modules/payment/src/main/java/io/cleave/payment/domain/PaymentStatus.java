package io.cleave.payment.domain;

public enum PaymentStatus {
    CAPTURED,
    DECLINED,
    REFUNDED
}
