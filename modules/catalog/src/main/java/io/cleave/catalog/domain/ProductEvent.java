package io.cleave.catalog.domain;

import org.jmolecules.event.types.DomainEvent;

import io.cleave.kernel.Money;

/**
 * What happened to a product, as the product records it ({@link Product#domainEvents()}); the
 * application publishes each as catalog's api event once the product is stored.
 */
public sealed interface ProductEvent extends DomainEvent {

    ProductId product();

    /** The product was added to the catalog. */
    record Registered(ProductId product) implements ProductEvent {
    }

    /** The product's price changed from {@code oldPrice}. */
    record PriceChanged(ProductId product, Money oldPrice) implements ProductEvent {
    }

    /** The product was taken off sale. */
    record Retired(ProductId product) implements ProductEvent {
    }
}
