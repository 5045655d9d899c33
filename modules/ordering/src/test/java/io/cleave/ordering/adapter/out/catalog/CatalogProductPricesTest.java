package io.cleave.ordering.adapter.out.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.cache.concurrent.ConcurrentMapCacheManager;

import io.cleave.catalog.api.PriceQuote;
import io.cleave.catalog.api.ProductCatalog;
import io.cleave.catalog.api.ProductPriceChanged;
import io.cleave.catalog.api.ProductRetired;
import io.cleave.catalog.api.ProductSummary;
import io.cleave.kernel.Money;

/**
 * The quote cache on its own: a SKU is asked of catalog once until its price changes or it is
 * retired; only the SKUs not cached are asked, in one call; a SKU catalog does not know is asked again.
 */
class CatalogProductPricesTest {

    final Catalog catalog = new Catalog();
    final ConcurrentMapCacheManager caches = new ConcurrentMapCacheManager(CatalogProductPrices.CACHE);
    final CatalogProductPrices prices = new CatalogProductPrices(catalog, caches);
    final CatalogQuoteEviction eviction = new CatalogQuoteEviction(caches);

    @Test
    void twoQuotesAskCatalogOnceAndOnlyForWhatIsNotCached() {
        catalog.price("MUG", "9.90");
        catalog.price("TEE", "15.00");

        assertThat(prices.quote(List.of("MUG")).get("MUG").unitPrice()).isEqualTo(Money.of("9.90", "EUR"));
        assertThat(prices.quote(List.of("MUG", "TEE"))).containsOnlyKeys("MUG", "TEE");
        assertThat(prices.quote(List.of("TEE", "MUG"))).containsOnlyKeys("MUG", "TEE");

        assertThat(catalog.asked).containsExactly(List.of("MUG"), List.of("TEE"));
    }

    @Test
    void aPriceChangeOrARetirementEvictsTheSkuOnly() {
        catalog.price("MUG", "9.90");
        catalog.price("TEE", "15.00");
        prices.quote(List.of("MUG", "TEE"));

        catalog.price("MUG", "12.00");
        assertThat(prices.quote(List.of("MUG")).get("MUG").unitPrice()).isEqualTo(Money.of("9.90", "EUR"));
        eviction.on(new ProductPriceChanged(UUID.randomUUID(), UUID.randomUUID(), "MUG", Money.of("9.90", "EUR"),
                Money.of("12.00", "EUR"), Instant.now()));
        assertThat(prices.quote(List.of("MUG", "TEE")).get("MUG").unitPrice()).isEqualTo(Money.of("12.00", "EUR"));

        catalog.retire("TEE");
        eviction.on(new ProductRetired(UUID.randomUUID(), UUID.randomUUID(), "TEE", Instant.now()));
        assertThat(prices.quote(List.of("TEE")).get("TEE").orderable()).isFalse();

        assertThat(catalog.asked).containsExactly(List.of("MUG", "TEE"), List.of("MUG"), List.of("TEE"));
    }

    @Test
    void anUnknownSkuIsAskedAgain() {
        assertThat(prices.quote(List.of("NEW"))).isEmpty();
        catalog.price("NEW", "3.00");
        assertThat(prices.quote(List.of("NEW"))).containsKey("NEW");
        assertThat(catalog.asked).containsExactly(List.of("NEW"), List.of("NEW"));
    }

    /** Catalog's facade as a table, recording what it was asked. */
    static final class Catalog implements ProductCatalog {

        final Map<String, PriceQuote> quotes = new HashMap<>();
        final List<List<String>> asked = new ArrayList<>();

        void price(String sku, String amount) {
            quotes.put(sku, new PriceQuote(sku, Money.of(amount, "EUR"), true));
        }

        void retire(String sku) {
            quotes.put(sku, new PriceQuote(sku, quotes.get(sku).unitPrice(), false));
        }

        @Override
        public List<PriceQuote> quotePrices(Collection<String> skus) {
            asked.add(List.copyOf(skus));
            return skus.stream().filter(quotes::containsKey).map(quotes::get).toList();
        }

        @Override
        public Optional<ProductSummary> productBySku(String sku) {
            return Optional.empty();
        }
    }
}
