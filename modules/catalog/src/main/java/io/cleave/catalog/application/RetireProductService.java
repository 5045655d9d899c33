package io.cleave.catalog.application;

import java.time.Clock;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.cleave.catalog.api.ProductRetired;
import io.cleave.catalog.application.port.in.RetireProduct;
import io.cleave.catalog.domain.Product;
import io.cleave.catalog.domain.ProductId;
import io.cleave.catalog.domain.ProductNotFoundException;
import io.cleave.catalog.domain.Products;

@Service
class RetireProductService implements RetireProduct {

    private final Products products;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RetireProductService(Products products, ApplicationEventPublisher events, Clock clock) {
        this.products = products;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Product retire(ProductId productId) {
        Product product = products.byId(productId).orElseThrow(() -> new ProductNotFoundException(productId));
        if (product.retire()) {
            products.update(product);
            events.publishEvent(new ProductRetired(UUID.randomUUID(), product.id().value(), product.sku().value(),
                    clock.instant()));
        }
        return product;
    }
}
