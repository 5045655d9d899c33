package io.cleave.catalog.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.cleave.catalog.application.port.in.ChangeProductPrice;
import io.cleave.catalog.domain.Product;
import io.cleave.catalog.domain.ProductNotFoundException;
import io.cleave.catalog.domain.Products;

@Service
class ChangeProductPriceService implements ChangeProductPrice {

    private final Products products;
    private final ProductEventPublisher events;

    ChangeProductPriceService(Products products, ProductEventPublisher events) {
        this.products = products;
        this.events = events;
    }

    @Override
    @Transactional
    public Product changePrice(Command command) {
        Product product = products.byId(command.productId())
                .orElseThrow(() -> new ProductNotFoundException(command.productId()));
        if (product.changePrice(command.price())) {
            products.update(product);
            events.publishRecorded(product); // ProductPriceChanged
        }
        return product;
    }
}
