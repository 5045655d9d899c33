package io.cleave.ordering.domain;

public enum OrderStatus {
    /** Accepted and priced; stock not yet reserved. */
    PENDING,
    /** Stock is reserved; payment not yet captured. */
    STOCK_RESERVED,
    /** Paid for; stock committed. Final. */
    CONFIRMED,
    /** Will not be fulfilled; see the cancellation reason. Final. */
    CANCELLED;

    public boolean isOpen() {
        return this == PENDING || this == STOCK_RESERVED;
    }
}
