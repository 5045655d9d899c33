package io.cleave.catalog.application;

import java.time.Clock;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import io.cleave.catalog.api.ProductPriceChanged;
import io.cleave.catalog.api.ProductRegistered;
import io.cleave.catalog.api.ProductRetired;
import io.cleave.catalog.domain.Product;
import io.cleave.catalog.domain.ProductEvent;

/**
 * Publishes what a product recorded as catalog's api events, once the product is stored and in the
 * same transaction (so they leave through the outbox with it), then clears them.
 */
@Component
class ProductEventPublisher {

    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProductEventPublisher(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Call after storing the product. */
    void publishRecorded(Product product) {
        product.domainEvents().forEach(event -> events.publishEvent(toApi(event, product)));
        product.clearDomainEvents();
    }

    private Object toApi(ProductEvent event, Product product) {
        if (event instanceof ProductEvent.Registered) {
            return new ProductRegistered(UUID.randomUUID(), product.id().value(), product.sku().value(), product.name(),
                    product.price(), clock.instant());
        }
        if (event instanceof ProductEvent.PriceChanged changed) {
            return new ProductPriceChanged(UUID.randomUUID(), product.id().value(), product.sku().value(),
                    changed.oldPrice(), product.price(), clock.instant());
        }
        if (event instanceof ProductEvent.Retired) {
            return new ProductRetired(UUID.randomUUID(), product.id().value(), product.sku().value(), clock.instant());
        }
        throw new IllegalStateException("No api event for " + event);
    }
}
