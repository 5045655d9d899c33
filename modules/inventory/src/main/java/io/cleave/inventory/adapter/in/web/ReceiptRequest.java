package io.cleave.inventory.adapter.in.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

record ReceiptRequest(@NotNull @Positive Integer quantity) {
}
