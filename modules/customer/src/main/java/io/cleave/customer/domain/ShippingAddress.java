package io.cleave.customer.domain;

import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;

import io.cleave.kernel.Text;

/** Where a customer's parcels go. */
@ValueObject
public record ShippingAddress(String street, String city, String postalCode, CountryCode country) {

    public ShippingAddress {
        street = Text.required("shippingAddress.street", street, 200);
        city = Text.required("shippingAddress.city", city, 100);
        postalCode = Text.required("shippingAddress.postalCode", postalCode, 20);
        Objects.requireNonNull(country, "country must not be null");
    }
}
