package io.cleave.ordering.adapter.in.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** @param customerId whom the order is for: required for staff, left out (or one's own) for a customer */
record PlaceOrderRequest(UUID customerId, @NotEmpty @Size(max = 100) List<@Valid @NotNull Line> lines) {

    record Line(@NotBlank String sku, @NotNull @Positive Integer quantity) {
    }
}
