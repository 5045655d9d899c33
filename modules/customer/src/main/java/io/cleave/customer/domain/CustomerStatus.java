package io.cleave.customer.domain;

public enum CustomerStatus {
    /** May order. */
    ACTIVE,
    /** May no longer order; kept so that past orders still name the customer. */
    DEACTIVATED
}
