package io.cleave.ordering.application.port.out;

import io.cleave.kernel.Money;

/** A unit price as catalog quoted it, and whether the product may be ordered at all. */
public record QuotedPrice(String sku, Money unitPrice, boolean orderable) {
}
