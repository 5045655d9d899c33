package io.cleave.catalog.application;

import java.time.Clock;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.cleave.catalog.api.ProductPriceChanged;
import io.cleave.catalog.application.port.in.ChangeProductPrice;
import io.cleave.catalog.domain.Product;
import io.cleave.catalog.domain.ProductNotFoundException;
import io.cleave.catalog.domain.Products;
import io.cleave.kernel.Money;

@Service
class ChangeProductPriceService implements ChangeProductPrice {

    private final Products products;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChangeProductPriceService(Products products, ApplicationEventPublisher events, Clock clock) {
        this.products = products;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Product changePrice(Command command) {
        Product product = products.byId(command.productId())
                .orElseThrow(() -> new ProductNotFoundException(command.productId()));
        Money oldPrice = product.price();
        if (product.changePrice(command.price())) {
            products.update(product);
            events.publishEvent(new ProductPriceChanged(UUID.randomUUID(), product.id().value(),
                    product.sku().value(), oldPrice, product.price(), clock.instant()));
        }
        return product;
    }
}
