package io.cleave.ordering.adapter.out.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;

import io.cleave.catalog.api.ProductCatalog;
import io.cleave.ordering.application.port.out.ProductPrices;
import io.cleave.ordering.application.port.out.QuotedPrice;

/**
 * Asks catalog's {@link ProductCatalog} for the prices it has not cached, all in one call. Whether
 * catalog runs in this process or behind HTTP is decided by which bean implements the facade; this
 * class does not change.
 * <p>
 * The quotes are cached per SKU ({@value #CACHE}) until catalog says a price changed or a product
 * was retired ({@link CatalogQuoteEviction}). Until that event is delivered an order may still be
 * quoted the old price; the order keeps the price it was quoted, as it would had it been placed a
 * moment earlier. A SKU catalog does not know is not cached, so a product registered later is found.
 */
@Component
class CatalogProductPrices implements ProductPrices {

    static final String CACHE = "ordering.catalog-quotes";

    private final ProductCatalog catalog;
    private final Cache quotes;

    CatalogProductPrices(ProductCatalog catalog, CacheManager caches) {
        this.catalog = catalog;
        this.quotes = caches.getCache(CACHE);
    }

    @Override
    public Map<String, QuotedPrice> quote(Collection<String> skus) {
        Map<String, QuotedPrice> quoted = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String sku : skus) {
            QuotedPrice cached = quotes.get(sku, QuotedPrice.class);
            if (cached != null) {
                quoted.put(sku, cached);
            } else {
                missing.add(sku);
            }
        }
        if (!missing.isEmpty()) {
            catalog.quotePrices(missing).forEach(quote -> {
                QuotedPrice price = new QuotedPrice(quote.sku(), quote.unitPrice(), quote.available());
                quotes.put(price.sku(), price);
                quoted.put(price.sku(), price);
            });
        }
        return quoted;
    }
}
