package io.cleave.settlement.domain;

public enum EntryKind {
    CAPTURE,
    REFUND
}
