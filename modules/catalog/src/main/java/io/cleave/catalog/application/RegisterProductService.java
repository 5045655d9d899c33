package io.cleave.catalog.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.cleave.catalog.application.port.in.RegisterProduct;
import io.cleave.catalog.domain.Product;
import io.cleave.catalog.domain.ProductId;
import io.cleave.catalog.domain.Products;
import io.cleave.catalog.domain.SkuAlreadyRegisteredException;

@Service
class RegisterProductService implements RegisterProduct {

    private final Products products;
    private final ProductEventPublisher events;

    RegisterProductService(Products products, ProductEventPublisher events) {
        this.products = products;
        this.events = events;
    }

    @Override
    @Transactional
    public Product register(Command command) {
        if (products.bySku(command.sku()).isPresent()) {
            throw new SkuAlreadyRegisteredException(command.sku());
        }
        Product product = Product.register(ProductId.random(), command.sku(), command.name(), command.price());
        products.add(product);
        events.publishRecorded(product); // ProductRegistered
        return product;
    }
}
