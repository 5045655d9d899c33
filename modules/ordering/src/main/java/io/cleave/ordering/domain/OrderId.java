package io.cleave.ordering.domain;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

/** An order's identity, assigned by ordering when the order is placed. */
public record OrderId(UUID value) implements Identifier {

    public OrderId {
        Objects.requireNonNull(value, "order id must not be null");
    }

    public static OrderId random() {
        return new OrderId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
