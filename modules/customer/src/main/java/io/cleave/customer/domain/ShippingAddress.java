package io.cleave.customer.domain;

import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;

import io.cleave.kernel.InvalidValueException;

/** Where a customer's parcels go. */
@ValueObject
public record ShippingAddress(String street, String city, String postalCode, CountryCode country) {

    public ShippingAddress {
        street = required("street", street, 200);
        city = required("city", city, 100);
        postalCode = required("postalCode", postalCode, 20);
        Objects.requireNonNull(country, "country must not be null");
    }

    private static String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("shippingAddress." + field, "must not be blank");
        }
        if (value.strip().length() > maxLength) {
            throw new InvalidValueException("shippingAddress." + field, "must be at most %d characters".formatted(maxLength));
        }
        return value.strip();
    }
}
