package io.cleave.payment.domain;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

public record PaymentId(UUID value) implements Identifier {

    public PaymentId {
        Objects.requireNonNull(value, "payment id must not be null");
    }

    public static PaymentId random() {
        return new PaymentId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
