package io.cleave.catalog.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.cleave.catalog.application.port.in.RetireProduct;
import io.cleave.catalog.domain.Product;
import io.cleave.catalog.domain.ProductId;
import io.cleave.catalog.domain.ProductNotFoundException;
import io.cleave.catalog.domain.Products;

@Service
class RetireProductService implements RetireProduct {

    private final Products products;
    private final ProductEventPublisher events;

    RetireProductService(Products products, ProductEventPublisher events) {
        this.products = products;
        this.events = events;
    }

    @Override
    @Transactional
    public Product retire(ProductId productId) {
        Product product = products.byId(productId).orElseThrow(() -> new ProductNotFoundException(productId));
        if (product.retire()) {
            products.update(product);
            events.publishRecorded(product); // ProductRetired
        }
        return product;
    }
}
