package io.cleave.inventory.domain;

import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;

import io.cleave.kernel.InvalidValueException;
import io.cleave.kernel.Quantity;

/** How much of one SKU a reservation holds. */
@ValueObject
public record ReservationLine(String sku, Quantity quantity) {

    public ReservationLine {
        Objects.requireNonNull(sku, "sku must not be null");
        if (!quantity.isPositive()) {
            throw new InvalidValueException("quantity", "must be at least 1");
        }
    }
}
