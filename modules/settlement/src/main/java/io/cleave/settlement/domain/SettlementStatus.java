package io.cleave.settlement.domain;

public enum SettlementStatus {
    /** Payments of the day still count towards it. */
    OPEN,
    /** Final; payments arriving later count towards the next open day. */
    CLOSED
}
