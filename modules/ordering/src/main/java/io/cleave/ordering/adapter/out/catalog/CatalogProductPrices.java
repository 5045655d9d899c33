package io.cleave.ordering.adapter.out.catalog;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import io.cleave.catalog.api.ProductCatalog;
import io.cleave.ordering.application.port.out.ProductPrices;
import io.cleave.ordering.application.port.out.QuotedPrice;

/**
 * Asks catalog's {@link ProductCatalog} for all prices in one call. Whether catalog runs in this
 * process or behind HTTP is decided by which bean implements the facade; this class does not change.
 */
@Component
class CatalogProductPrices implements ProductPrices {

    private final ProductCatalog catalog;

    CatalogProductPrices(ProductCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Map<String, QuotedPrice> quote(Collection<String> skus) {
        return catalog.quotePrices(skus).stream()
                .map(quote -> new QuotedPrice(quote.sku(), quote.unitPrice(), quote.available()))
                .collect(Collectors.toMap(QuotedPrice::sku, Function.identity()));
    }
}
