package io.cleave.catalog.adapter.in.web;

import java.util.UUID;

import io.cleave.catalog.domain.Product;
import io.cleave.catalog.domain.ProductStatus;
import io.cleave.kernel.Money;

record ProductResponse(UUID id, String sku, String name, Money price, ProductStatus status) {

    static ProductResponse of(Product product) {
        return new ProductResponse(product.id().value(), product.sku().value(), product.name(), product.price(),
                product.status());
    }
}
