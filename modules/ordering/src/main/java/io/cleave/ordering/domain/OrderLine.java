package io.cleave.ordering.domain;

import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;

import io.cleave.kernel.InvalidValueException;
import io.cleave.kernel.Money;
import io.cleave.kernel.Quantity;

/** A SKU, how many of it, and the unit price quoted when the order was placed. */
@ValueObject
public record OrderLine(String sku, Quantity quantity, Money unitPrice) {

    public OrderLine {
        if (sku == null || sku.isBlank()) {
            throw new InvalidValueException("lines.sku", "must not be blank");
        }
        Objects.requireNonNull(quantity, "quantity must not be null");
        if (!quantity.isPositive()) {
            throw new InvalidValueException("lines.quantity", "must be at least 1");
        }
        Objects.requireNonNull(unitPrice, "unit price must not be null");
    }

    public Money lineTotal() {
        return unitPrice.times(quantity.value());
    }
}
