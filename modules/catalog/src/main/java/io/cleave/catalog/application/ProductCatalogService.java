package io.cleave.catalog.application;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.cleave.catalog.api.PriceQuote;
import io.cleave.catalog.api.ProductCatalog;
import io.cleave.catalog.api.ProductSummary;
import io.cleave.catalog.domain.Product;
import io.cleave.catalog.domain.Products;
import io.cleave.catalog.domain.Sku;
import io.cleave.kernel.InvalidValueException;

/** Catalog's answer to other contexts' queries (its published facade). */
@Service
@Transactional(readOnly = true)
class ProductCatalogService implements ProductCatalog {

    private final Products products;

    ProductCatalogService(Products products) {
        this.products = products;
    }

    @Override
    public Optional<ProductSummary> productBySku(String sku) {
        return validSku(sku).flatMap(products::bySku).map(ProductCatalogService::summary);
    }

    @Override
    public List<PriceQuote> quotePrices(Collection<String> skus) {
        List<Sku> valid = skus.stream().distinct().map(ProductCatalogService::validSku).flatMap(Optional::stream).toList();
        if (valid.isEmpty()) {
            return List.of();
        }
        return products.bySkus(valid).stream()
                .map(product -> new PriceQuote(product.sku().value(), product.price(), product.isAvailable()))
                .toList();
    }

    private static ProductSummary summary(Product product) {
        return new ProductSummary(product.id().value(), product.sku().value(), product.name(), product.price(),
                product.isAvailable());
    }

    /** A string that cannot be a SKU names no product. */
    private static Optional<Sku> validSku(String sku) {
        try {
            return Optional.of(new Sku(sku));
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }
}
