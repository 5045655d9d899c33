package io.cleave.catalog.api;

import io.cleave.kernel.Money;

/** The price of one unit of a SKU now, and whether the product can still be sold. */
public record PriceQuote(String sku, Money unitPrice, boolean available) {
}
