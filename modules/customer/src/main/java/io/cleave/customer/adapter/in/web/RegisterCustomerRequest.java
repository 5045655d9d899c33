package io.cleave.customer.adapter.in.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

record RegisterCustomerRequest(
        @NotBlank @Size(max = 254) String email,
        @NotBlank @Size(max = 200) String name,
        @NotNull @Valid AddressJson shippingAddress) {
}
