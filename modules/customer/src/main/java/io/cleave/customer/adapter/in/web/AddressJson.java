package io.cleave.customer.adapter.in.web;

import jakarta.validation.constraints.NotBlank;

import io.cleave.customer.domain.CountryCode;
import io.cleave.customer.domain.ShippingAddress;

/** A shipping address on the wire, in requests and responses alike. */
record AddressJson(@NotBlank String street, @NotBlank String city, @NotBlank String postalCode, @NotBlank String country) {

    static AddressJson of(ShippingAddress address) {
        return new AddressJson(address.street(), address.city(), address.postalCode(), address.country().value());
    }

    ShippingAddress toShippingAddress() {
        return new ShippingAddress(street, city, postalCode, new CountryCode(country));
    }
}
