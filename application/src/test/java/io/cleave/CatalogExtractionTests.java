package io.cleave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;

import io.cleave.testsupport.HttpTestClient.Response;
import io.cleave.testsupport.HttpTestClient;
import io.cleave.testsupport.TestRedis;

/**
 * Catalog extracted: a context that others query. The monolith without catalog asks the catalog
 * service for prices over HTTP and learns of new products over Kafka; when the catalog service is
 * down, placing an order answers 503 at once and writes nothing; when it is back, orders go through.
 * The monolith caches catalog's quotes, on Redis where one answers, and evicts them on the price
 * changes that come over Kafka.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogExtractionTests {

    private static final Duration FLOW = Duration.ofSeconds(60);

    SplitDeployment split;
    HttpTestClient gateway;
    Shop shop;

    @BeforeAll
    void startTheSplitDeployment() {
        // the quote cache on Redis where one answers, else on Caffeine: eviction over Kafka either way
        split = SplitDeployment.start("catalog", TestRedis.server()
                .map(redis -> new String[] { "spring.data.redis.host=" + redis.host(), "spring.data.redis.port=" + redis.port() })
                .orElse(new String[0]));
        gateway = split.gateway();
        shop = new Shop(gateway);
    }

    @AfterAll
    void stopIt() {
        if (split != null) {
            split.close();
        }
    }

    @Test
    void productsRegisteredOnTheCatalogServiceAreStockedAndSoldAtTheirCurrentPrice() {
        String customer = shop.registerCustomer();
        String sku = shop.stockedProduct("10.00", "EUR", 10); // the stock item comes from ProductRegistered, over Kafka
        assertThat(split.monolithHttp().get("/api/catalog/products?sku=" + sku).status()).isEqualTo(404);

        Response first = shop.placeOrder(customer, Shop.line(sku, 1));
        assertThat(first.text("/lines/0/unitPrice/amount")).isEqualTo("10.00");

        // the monolith caches the quote until ProductPriceChanged arrives over Kafka
        Cache quotes = split.monolith().getBean(CacheManager.class).getCache("ordering.catalog-quotes");
        assertThat(quotes.get(sku)).isNotNull();
        String productId = gateway.get("/api/catalog/products?sku=" + sku).text("/content/0/id");
        assertThat(gateway.put("/api/catalog/products/" + productId + "/price",
                "{\"price\":{\"amount\":\"12.00\",\"currency\":\"EUR\"}}").status()).isEqualTo(200);
        await().atMost(FLOW).until(() -> quotes.get(sku) == null);
        Response second = shop.placeOrder(customer, Shop.line(sku, 1));
        assertThat(second.text("/lines/0/unitPrice/amount")).isEqualTo("12.00");
        assertThat(shop.awaitFinal(second.text("/id"), FLOW).text("/status")).isEqualTo("CONFIRMED");
    }

    @Test
    void whileTheCatalogServiceIsDownPlacingAnOrderAnswers503AtOnceAndWritesNothing() {
        String customer = shop.registerCustomer();
        String sku = shop.stockedProduct("3.00", "EUR", 10);
        String order = "{\"customerId\":\"%s\",\"lines\":[%s]}".formatted(customer, Shop.line(sku, 1));

        split.stopService();
        try {
            for (int i = 0; i < 5; i++) { // enough failures to open the breaker
                long started = System.nanoTime();
                Response refused = gateway.post("/api/orders", order);
                long millis = (System.nanoTime() - started) / 1_000_000;
                System.out.printf("POST /api/orders with catalog down: %d in %d ms%n", refused.status(), millis);
                assertThat(refused.status()).as(refused.body()).isEqualTo(503);
                assertThat(refused.contentType()).startsWith("application/problem+json");
                assertThat(refused.text("/detail")).contains("catalog is not answering")
                        .doesNotContain("Exception", "java.", "127.0.0.1");
                assertThat(Duration.ofMillis(millis)).as("no waiting on a dead service").isLessThan(Duration.ofSeconds(5));
            }
            assertThat(gateway.get("/api/orders?customerId=" + customer).json().at("/page/totalElements").asLong()).isZero();
        } finally {
            split.startService();
        }

        // Back up: once the breaker lets a probe through, orders go through again.
        Response placed = await().atMost(FLOW).pollInterval(Duration.ofSeconds(1))
                .until(() -> gateway.post("/api/orders", order), response -> response.status() == 201);
        assertThat(shop.awaitFinal(placed.text("/id"), FLOW).text("/status")).isEqualTo("CONFIRMED");
    }
}
