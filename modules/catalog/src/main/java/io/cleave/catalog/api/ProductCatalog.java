package io.cleave.catalog.api;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What other contexts may ask catalog, synchronously. Implemented inside catalog; in a process
 * where catalog is remote, the HTTP adapter supplies an implementation instead.
 */
public interface ProductCatalog {

    Optional<ProductSummary> productBySku(String sku);

    /**
     * Current prices for the given SKUs, in one call. SKUs catalog does not know are absent from
     * the result; retired products are present with {@code available = false}.
     */
    List<PriceQuote> quotePrices(Collection<String> skus);
}
