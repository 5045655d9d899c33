package io.cleave.catalog.adapter.in.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.cleave.kernel.Money;

record RegisterProductRequest(
        @NotBlank String sku,
        @NotBlank @Size(max = 200) String name,
        @NotNull Money price) {
}
