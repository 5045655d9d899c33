package io.cleave.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import io.cleave.catalog.api.PriceQuote;
import io.cleave.catalog.api.ProductCatalog;
import io.cleave.catalog.api.ProductPriceChanged;
import io.cleave.catalog.api.ProductRegistered;
import io.cleave.catalog.api.ProductRetired;
import io.cleave.catalog.application.port.in.ChangeProductPrice;
import io.cleave.catalog.application.port.in.RegisterProduct;
import io.cleave.catalog.application.port.in.RetireProduct;
import io.cleave.catalog.domain.Product;
import io.cleave.catalog.domain.Sku;
import io.cleave.kernel.Money;

/**
 * Catalog on its own, on a real PostgreSQL: its use cases publish their events through the event
 * publication registry, and a listener's publication is completed once it has run.
 */
@ApplicationModuleTest
@Import(CatalogModuleTests.RegistrationListener.class)
class CatalogModuleTests {

    @Autowired RegisterProduct registerProduct;
    @Autowired ChangeProductPrice changeProductPrice;
    @Autowired RetireProduct retireProduct;
    @Autowired ProductCatalog productCatalog;
    @Autowired CompletedEventPublications completedPublications;

    @Test
    void registeringAProductPublishesProductRegistered(Scenario scenario) {
        String sku = uniqueSku();

        scenario.stimulate(() -> register(sku, "12.50"))
                .andWaitForEventOfType(ProductRegistered.class)
                .matching(event -> event.sku().equals(sku))
                .toArriveAndVerify((event, product) -> {
                    assertThat(event.messageId()).isNotNull();
                    assertThat(event.productId()).isEqualTo(product.id().value());
                    assertThat(event.price()).isEqualTo(Money.of("12.50", "EUR"));
                });
    }

    @Test
    void theRegistrysPublicationIsCompletedOnceTheListenerHasRun(Scenario scenario) {
        String sku = uniqueSku();

        scenario.stimulate(() -> register(sku, "3.00"))
                .andWaitForStateChange(() -> completedFor(sku), completed -> !completed.isEmpty())
                .andVerify(completed -> assertThat(completed).singleElement()
                        .satisfies(publication -> assertThat(publication.isCompleted()).isTrue()));
    }

    @Test
    void changingThePricePublishesOldAndNewPrice(Scenario scenario) {
        Product product = register(uniqueSku(), "10.00");

        scenario.stimulate(() -> changeProductPrice.changePrice(
                        new ChangeProductPrice.Command(product.id(), Money.of("11.00", "EUR"))))
                .andWaitForEventOfType(ProductPriceChanged.class)
                .matching(event -> event.productId().equals(product.id().value()))
                .toArriveAndVerify(event -> {
                    assertThat(event.oldPrice()).isEqualTo(Money.of("10.00", "EUR"));
                    assertThat(event.newPrice()).isEqualTo(Money.of("11.00", "EUR"));
                });
    }

    @Test
    void retiringPublishesProductRetiredAndTheFacadeQuotesItUnavailable(Scenario scenario) {
        Product product = register(uniqueSku(), "4.00");

        scenario.stimulate(() -> retireProduct.retire(product.id()))
                .andWaitForEventOfType(ProductRetired.class)
                .matching(event -> event.productId().equals(product.id().value()))
                .toArrive();

        assertThat(productCatalog.quotePrices(List.of(product.sku().value())))
                .containsExactly(new PriceQuote(product.sku().value(), Money.of("4.00", "EUR"), false));
    }

    @Test
    void theFacadeQuotesKnownSkusInOneCallAndIgnoresUnknownOnes() {
        Product first = register(uniqueSku(), "1.00");
        Product second = register(uniqueSku(), "2.00");

        List<PriceQuote> quotes = productCatalog.quotePrices(
                List.of(first.sku().value(), second.sku().value(), "NO-SUCH-SKU", "not a sku!"));

        assertThat(quotes).containsExactlyInAnyOrder(
                new PriceQuote(first.sku().value(), Money.of("1.00", "EUR"), true),
                new PriceQuote(second.sku().value(), Money.of("2.00", "EUR"), true));
        assertThat(productCatalog.productBySku(first.sku().value()))
                .hasValueSatisfying(summary -> assertThat(summary.name()).isEqualTo("Product " + first.sku()));
        assertThat(productCatalog.productBySku("NO-SUCH-SKU")).isEmpty();
    }

    private Product register(String sku, String price) {
        return registerProduct.register(new RegisterProduct.Command(new Sku(sku), "Product " + sku, Money.of(price, "EUR")));
    }

    private List<? extends org.springframework.modulith.events.EventPublication> completedFor(String sku) {
        return completedPublications.findAll().stream()
                .filter(publication -> publication.getEvent() instanceof ProductRegistered registered
                        && registered.sku().equals(sku))
                .toList();
    }

    private static String uniqueSku() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Stands for any context reacting to catalog: it makes the registry record a publication. */
    static class RegistrationListener {

        @ApplicationModuleListener
        void on(ProductRegistered event) {
        }
    }
}
