package io.cleave.catalog.api;

import java.util.UUID;

import io.cleave.kernel.Money;

/** A product as other contexts see it. */
public record ProductSummary(UUID productId, String sku, String name, Money price, boolean available) {
}
