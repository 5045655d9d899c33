package io.cleave;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cache.CacheManager;
import org.springframework.data.redis.cache.RedisCacheManager;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.micrometer.core.instrument.MeterRegistry;

import io.cleave.testsupport.FreePorts;
import io.cleave.testsupport.HttpTestClient;

/**
 * A cache outage is not an order outage: with Redis configured but not answering (a port nobody
 * listens on), orders are quoted by catalog directly and accepted, the failures count on
 * {@code cleave.cache.errors}, one WARN says so, and the health stays UP.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(classes = CleaveApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.data.redis.host=127.0.0.1") // a Redis host alone chooses the Redis cache
class RedisOutageTests {

    private static final String QUOTES = "ordering.catalog-quotes";

    @LocalServerPort int port;
    @Autowired @Qualifier("cacheManager") CacheManager configured;
    @Autowired MeterRegistry meters;

    HttpTestClient http;
    Shop shop;

    @DynamicPropertySource
    static void redisThatDoesNotAnswer(DynamicPropertyRegistry properties) {
        int nobodyListens = FreePorts.next();
        properties.add("spring.data.redis.port", () -> nobodyListens);
    }

    @BeforeEach
    void aShop() {
        http = HttpTestClient.onPort(port).as("desk", "staff");
        shop = new Shop(http);
    }

    @Test
    void ordersAreQuotedByCatalogWhileRedisIsDownWithAWarningAndAMetric(CapturedOutput output) {
        assertThat(configured).isInstanceOf(RedisCacheManager.class);
        String customerId = shop.registerCustomer();
        String mug = shop.stockedProduct("9.90", "EUR", 5);

        assertThat(shop.placeOrder(customerId, Shop.line(mug, 1)).text("/total/amount")).isEqualTo("9.90");
        shop.changePrice(mug, "12.00", "EUR");
        assertThat(shop.placeOrder(customerId, Shop.line(mug, 1)).text("/total/amount")).isEqualTo("12.00");

        assertThat(errors("get")).isGreaterThanOrEqualTo(2);
        assertThat(output.getAll()).containsOnlyOnce("Cache '" + QUOTES + "' is unavailable");
        assertThat(http.get("/actuator/health").text("/status")).isEqualTo("UP");
    }

    private double errors(String operation) {
        return meters.get("cleave.cache.errors").tag("cache", QUOTES).tag("operation", operation).counter().count();
    }
}
