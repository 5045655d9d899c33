package io.cleave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cache.CacheManager;
import org.springframework.data.redis.cache.RedisCacheManager;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.micrometer.core.instrument.MeterRegistry;

import io.cleave.testsupport.HttpTestClient;
import io.cleave.testsupport.TestRedis;

/**
 * The catalog quote cache on a real Redis server, which {@code spring.data.redis.host} alone
 * switches on: a quote is asked of catalog once and stored as JSON under the cache's prefix; a
 * price change evicts it, so the next order pays the new price. Skipped, and said so, where no
 * Redis answers.
 */
@SpringBootTest(classes = CleaveApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // the server is found at run time, after the environment chose the cache (RedisOutageTests covers that choice)
        properties = "spring.cache.type=redis")
class RedisCacheTests {

    private static final String QUOTES = "ordering.catalog-quotes";

    @LocalServerPort int port;
    @Autowired @Qualifier("cacheManager") CacheManager configured;
    @Autowired StringRedisTemplate redis;
    @Autowired MeterRegistry meters;

    Shop shop;
    String customerId;

    @BeforeAll
    static void aRedisServerAnswers() {
        assumeTrue(TestRedis.server().isPresent(), TestRedis.SKIPPED);
    }

    @DynamicPropertySource
    static void redis(DynamicPropertyRegistry properties) {
        TestRedis.server().ifPresent(server -> {
            properties.add("spring.data.redis.host", server::host);
            properties.add("spring.data.redis.port", server::port);
        });
    }

    @BeforeEach
    void aCustomer() {
        shop = new Shop(HttpTestClient.onPort(port).as("desk", "staff"));
        customerId = shop.registerCustomer();
    }

    @Test
    void twoQuotesAskCatalogOnceAndTheQuoteIsStoredInRedisAsJson() {
        assertThat(configured).isInstanceOf(RedisCacheManager.class);
        String mug = shop.stockedProduct("9.90", "EUR", 5);
        double misses = lookups("miss");
        double hits = lookups("hit");

        assertThat(shop.placeOrder(customerId, Shop.line(mug, 1)).text("/total/amount")).isEqualTo("9.90");
        assertThat(shop.placeOrder(customerId, Shop.line(mug, 1)).text("/total/amount")).isEqualTo("9.90");

        assertThat(lookups("miss")).isEqualTo(misses + 1);
        assertThat(lookups("hit")).isEqualTo(hits + 1);
        assertThat(redis.opsForValue().get(QUOTES + "::" + mug))
                .isEqualTo("{\"sku\":\"%s\",\"unitPrice\":{\"amount\":\"9.90\",\"currency\":\"EUR\"},\"orderable\":true}"
                        .formatted(mug));
        assertThat(redis.getExpire(QUOTES + "::" + mug)).isBetween(1L, Duration.ofMinutes(10).toSeconds());
    }

    @Test
    void aPriceChangeEvictsTheQuoteFromRedisAndTheNextOrderPaysTheNewPrice() {
        String mug = shop.stockedProduct("9.90", "EUR", 5);
        shop.placeOrder(customerId, Shop.line(mug, 1));
        assertThat(redis.hasKey(QUOTES + "::" + mug)).isTrue();

        shop.changePrice(mug, "11.50", "EUR");
        await().atMost(Duration.ofSeconds(10)).until(() -> !redis.hasKey(QUOTES + "::" + mug));

        assertThat(shop.placeOrder(customerId, Shop.line(mug, 1)).text("/total/amount")).isEqualTo("11.50");
    }

    private double lookups(String result) {
        return meters.get("cache.gets").tag("cache", QUOTES).tag("result", result).functionCounter().count();
    }
}
