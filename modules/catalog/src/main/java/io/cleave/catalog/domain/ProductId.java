package io.cleave.catalog.domain;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

/** A product's identity, assigned by catalog when the product is registered. */
public record ProductId(UUID value) implements Identifier {

    public ProductId {
        Objects.requireNonNull(value, "product id must not be null");
    }

    public static ProductId random() {
        return new ProductId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
