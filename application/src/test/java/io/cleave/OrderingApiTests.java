package io.cleave;

import static io.cleave.testsupport.ApiAssertions.assertProblem;
import static io.cleave.testsupport.ApiAssertions.errorFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.JdbcTemplate;

import io.micrometer.core.instrument.MeterRegistry;

import io.cleave.testsupport.ApiAssertions;
import io.cleave.testsupport.HttpTestClient.Response;
import io.cleave.testsupport.HttpTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Ordering in the whole application, over real HTTP: an order placed through the synchronous
 * catalog and customer queries, and cancelled by the asynchronous reaction to a deactivation.
 * The simulated payment provider takes 5 s here, so that an order is still open when its customer
 * is deactivated.
 */
@SpringBootTest(classes = CleaveApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "cleave.payment.simulated.latency=5s")
class OrderingApiTests {

    private static final String ORDERS = "/api/orders";

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired CacheManager caches;
    @Autowired MeterRegistry meters;

    HttpTestClient http;
    Shop shop;
    String customerId;
    String mug;
    String tee;

    @BeforeEach
    void aCustomerAndTwoProducts() {
        http = HttpTestClient.onPort(port).as("desk", "staff");
        shop = new Shop(http);
        customerId = shop.registerCustomer();
        mug = shop.registerProduct("9.90", "EUR");
        tee = shop.registerProduct("15.00", "EUR");
    }

    @Test
    void placeAnOrderReadItBackThenDeactivateTheCustomerAndSeeItCancelled() {
        shop.receive(mug, 5);
        shop.receive(tee, 5);
        Response placed = placeOrder(customerId, line(mug, 2), line(tee, 1));

        assertThat(placed.status()).isEqualTo(201);
        String orderId = placed.text("/id");
        assertThat(placed.location()).contains(ORDERS + "/" + orderId);
        assertThat(placed.text("/status")).isEqualTo("PENDING");
        assertThat(placed.text("/customerId")).isEqualTo(customerId);
        assertThat(placed.text("/lines/0/sku")).isEqualTo(mug);
        assertThat(placed.json().at("/lines/0/quantity").isInt()).isTrue();
        assertThat(placed.json().at("/lines/0/quantity").asInt()).isEqualTo(2);
        assertThat(placed.text("/lines/0/unitPrice/amount")).isEqualTo("9.90");
        assertThat(placed.text("/lines/0/lineTotal/amount")).isEqualTo("19.80");
        assertThat(placed.json().at("/total").toString()).isEqualTo("{\"amount\":\"34.80\",\"currency\":\"EUR\"}");

        Response read = http.get(ORDERS + "/" + orderId);
        assertThat(read.status()).isEqualTo(200);
        // the saga runs on its own: by now the stock may be reserved, nothing else has changed
        assertThat(read.text("/status")).isIn("PENDING", "STOCK_RESERVED");
        assertThat(withoutStatus(read.json())).isEqualTo(withoutStatus(placed.json()));

        Response list = http.get(ORDERS + "?customerId=" + customerId + "&page=0&size=10");
        assertThat(list.json().at("/page/totalElements").asLong()).isEqualTo(1);
        assertThat(list.text("/content/0/id")).isEqualTo(orderId);

        assertThat(http.post("/api/customers/" + customerId + "/deactivate").status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Response cancelled = http.get(ORDERS + "/" + orderId);
            assertThat(cancelled.text("/status")).isEqualTo("CANCELLED");
            assertThat(cancelled.text("/cancellationReason")).isEqualTo("CUSTOMER_DEACTIVATED");
        });
        // The payment in flight is captured late and refunded; the stock is released.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(http.get("/api/payments?reference=" + orderId).text("/0/status")).isEqualTo("REFUNDED");
            assertThat(http.get("/api/inventory/" + mug).json().at("/available").asInt()).isEqualTo(5);
        });
    }

    /**
     * Ordering caches catalog's quotes: a second order is quoted from the cache; the price change
     * evicts the quote once its event is delivered, and the next order pays the new price.
     */
    @Test
    void aLaterPriceChangeDoesNotTouchAPlacedOrderAndEvictsTheCachedQuote() {
        String orderId = placeOrder(customerId, line(mug, 1)).text("/id");
        double hits = quoteLookups("hit");
        assertThat(placeOrder(customerId, line(mug, 1)).text("/total/amount")).isEqualTo("9.90");
        assertThat(quoteLookups("hit")).isEqualTo(hits + 1);
        assertThat(caches.getCache("ordering.catalog-quotes").get(mug)).isNotNull();
        String productId = http.get("/api/catalog/products?sku=" + mug).text("/content/0/id");

        http.put("/api/catalog/products/" + productId + "/price", "{\"price\":{\"amount\":\"99.00\",\"currency\":\"EUR\"}}");
        await().atMost(Duration.ofSeconds(10)).until(() -> caches.getCache("ordering.catalog-quotes").get(mug) == null);

        assertThat(http.get(ORDERS + "/" + orderId).text("/total/amount")).isEqualTo("9.90");
        assertThat(placeOrder(customerId, line(mug, 1)).text("/total/amount")).isEqualTo("99.00");
    }

    private double quoteLookups(String result) {
        return meters.get("cache.gets").tag("cache", "ordering.catalog-quotes").tag("result", result).functionCounter().count();
    }

    @Test
    void unknownOrDeactivatedCustomersAre422() {
        assertNothingWritten(() -> {
            assertProblem(placeOrder(UUID.randomUUID().toString(), line(mug, 1)), 422);
        });
        http.post("/api/customers/" + customerId + "/deactivate");
        assertNothingWritten(() -> {
            Response response = placeOrder(customerId, line(mug, 1));
            assertProblem(response, 422);
            assertThat(response.text("/detail")).contains("deactivated");
        });
    }

    @Test
    void unknownOrRetiredSkusAre422NamingThem() {
        String retired = shop.registerProduct("1.00", "EUR");
        String retiredId = http.get("/api/catalog/products?sku=" + retired).text("/content/0/id");
        http.post("/api/catalog/products/" + retiredId + "/retire");

        assertNothingWritten(() -> {
            Response response = placeOrder(customerId, line(mug, 1), line("NO-SUCH-SKU", 1), line(retired, 1));
            assertProblem(response, 422);
            assertThat(response.text("/detail")).contains("NO-SUCH-SKU", retired).doesNotContain(mug);
        });
    }

    @Test
    void mixedCurrenciesAre422() {
        String dollars = shop.registerProduct("5.00", "USD");

        assertNothingWritten(() -> assertProblem(placeOrder(customerId, line(mug, 1), line(dollars, 1)), 422));
    }

    @Test
    void aQuantityMustBeAPositiveJsonInteger() {
        assertNothingWritten(() -> {
            for (String quantity : List.of("0", "-1", "1.5", "\"2\"", "null")) {
                Response response = placeOrder(customerId, "{\"sku\":\"%s\",\"quantity\":%s}".formatted(mug, quantity));
                assertProblem(response, 400);
                assertThat(errorFields(response)).as("quantity %s", quantity).containsExactly("lines[0].quantity");
            }
        });
    }

    @Test
    void malformedOrdersAre400() {
        assertNothingWritten(() -> {
            assertThat(errorFields(http.post(ORDERS, "{\"customerId\":\"%s\",\"lines\":[]}".formatted(customerId))))
                    .containsExactly("lines");
            assertThat(errorFields(http.post(ORDERS, "{\"lines\":[{\"sku\":\"%s\",\"quantity\":1}]}".formatted(mug))))
                    .containsExactly("customerId");
            Response badId = http.post(ORDERS, "{\"customerId\":\"nope\",\"lines\":[{\"sku\":\"%s\",\"quantity\":1}]}"
                    .formatted(mug));
            assertProblem(badId, 400);
            assertThat(errorFields(badId)).containsExactly("customerId");
            Response duplicateSku = placeOrder(customerId, line(mug, 1), line(mug, 2));
            assertProblem(duplicateSku, 400);
            assertThat(errorFields(duplicateSku)).containsExactly("lines");
            assertProblem(http.post(ORDERS, "{\"customerId\":"), 400);
        });
    }

    @Test
    void unknownOrdersAre404AndListingNeedsACustomer() {
        assertProblem(http.get(ORDERS + "/" + UUID.randomUUID()), 404);
        assertProblem(http.get(ORDERS), 400);
        assertProblem(http.get(ORDERS + "?customerId=" + customerId + "&size=0"), 400);
    }

    private Response placeOrder(String customer, String... lines) {
        return http.post(ORDERS, "{\"customerId\":\"%s\",\"lines\":[%s]}".formatted(customer, String.join(",", lines)));
    }

    private static String line(String sku, int quantity) {
        return "{\"sku\":\"%s\",\"quantity\":%d}".formatted(sku, quantity);
    }

    private void assertNothingWritten(Runnable rejectedRequest) {
        ApiAssertions.assertNothingWritten(jdbc, List.of("ordering.orders", "ordering.order_line"), rejectedRequest);
    }

    private static JsonNode withoutStatus(JsonNode order) {
        var copy = (ObjectNode) order.deepCopy();
        copy.remove("status");
        return copy;
    }
}
