package io.cleave.ordering.adapter.out.catalog;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.cleave.catalog.api.ProductPriceChanged;
import io.cleave.catalog.api.ProductRetired;

/**
 * Drops a SKU's cached quote when catalog changes its price or retires it. The events come through
 * the outbox in one process and over Kafka when catalog runs elsewhere; evicting twice is harmless.
 */
@Component
class CatalogQuoteEviction {

    private final Cache quotes;

    CatalogQuoteEviction(CacheManager caches) {
        this.quotes = caches.getCache(CatalogProductPrices.CACHE);
    }

    @ApplicationModuleListener
    void on(ProductPriceChanged event) {
        quotes.evict(event.sku());
    }

    @ApplicationModuleListener
    void on(ProductRetired event) {
        quotes.evict(event.sku());
    }
}
