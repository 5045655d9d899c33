package io.cleave.ordering.domain;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.annotation.ValueObject;

/** Ordering's own name for the customer who placed an order: customer's id, nothing more. */
@ValueObject
public record CustomerRef(UUID value) {

    public CustomerRef {
        Objects.requireNonNull(value, "customer must not be null");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
