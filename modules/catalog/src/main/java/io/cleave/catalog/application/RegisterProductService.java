package io.cleave.catalog.application;

import java.time.Clock;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.cleave.catalog.api.ProductRegistered;
import io.cleave.catalog.application.port.in.RegisterProduct;
import io.cleave.catalog.domain.Product;
import io.cleave.catalog.domain.ProductId;
import io.cleave.catalog.domain.Products;
import io.cleave.catalog.domain.SkuAlreadyRegisteredException;

@Service
class RegisterProductService implements RegisterProduct {

    private final Products products;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RegisterProductService(Products products, ApplicationEventPublisher events, Clock clock) {
        this.products = products;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Product register(Command command) {
        if (products.bySku(command.sku()).isPresent()) {
            throw new SkuAlreadyRegisteredException(command.sku());
        }
        Product product = Product.register(ProductId.random(), command.sku(), command.name(), command.price());
        products.add(product);
        events.publishEvent(new ProductRegistered(UUID.randomUUID(), product.id().value(), product.sku().value(),
                product.name(), product.price(), clock.instant()));
        return product;
    }
}
