package io.cleave.catalog.adapter.in.web;

import jakarta.validation.constraints.NotNull;

import io.cleave.kernel.Money;

record ChangePriceRequest(@NotNull Money price) {
}
