package io.cleave.customer.api;

public enum CustomerStatus {
    ACTIVE,
    DEACTIVATED
}
