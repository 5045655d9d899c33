package io.cleave.customer.adapter.in.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** @param subject staff only: the subject the new customer signs in as (optional) */
record RegisterCustomerRequest(
        @NotBlank @Size(max = 254) String email,
        @NotBlank @Size(max = 200) String name,
        @NotNull @Valid AddressJson shippingAddress,
        @Size(min = 1, max = 255) String subject) {
}
