package io.cleave.ordering.domain;

public enum CancellationReason {
    OUT_OF_STOCK,
    PAYMENT_DECLINED,
    TIMED_OUT,
    CUSTOMER_CANCELLED,
    CUSTOMER_DEACTIVATED
}
