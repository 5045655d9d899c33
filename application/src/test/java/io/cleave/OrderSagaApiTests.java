package io.cleave;

import static io.cleave.testsupport.ApiAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.cleave.testsupport.HttpTestClient.Response;
import io.cleave.testsupport.HttpTestClient;

/**
 * The whole order saga over HTTP, with the real inventory, payment and settlement: every branch
 * ends in a final state, and stock, payments and settlement add up.
 */
@SpringBootTest(classes = CleaveApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrderSagaApiTests {

    private static final Duration SAGA = Duration.ofSeconds(20);

    @LocalServerPort int port;

    HttpTestClient http;
    Shop shop;
    String customerId;

    @BeforeEach
    void aCustomer() {
        http = HttpTestClient.onPort(port).as("desk", "staff");
        shop = new Shop(http);
        customerId = shop.registerCustomer();
    }

    @Test
    void happyPathConfirmsCommitsTheStockCapturesThePaymentAndSettlesIt() {
        // CHF is this test's alone, so today's CHF settlement moves only with this order.
        String sku = shop.stockedProduct("12.50", "CHF", 10);
        String gross = settlementToday("CHF").text("/gross/amount");

        String orderId = place(line(sku, 2)).text("/id");

        Response order = awaitFinal(orderId);
        assertThat(order.text("/status")).isEqualTo("CONFIRMED");
        assertThat(order.json().at("/cancellationReason").isNull()).isTrue();
        Response stock = http.get("/api/inventory/" + sku);
        assertThat(stock.json().at("/onHand").asInt()).isEqualTo(8);
        assertThat(stock.json().at("/reserved").asInt()).isZero();
        Response payments = http.get("/api/payments?reference=" + orderId);
        assertThat(payments.json()).hasSize(1);
        assertThat(payments.text("/0/status")).isEqualTo("CAPTURED");
        assertThat(payments.text("/0/amount/amount")).isEqualTo("25.00");
        await().atMost(SAGA).untilAsserted(() -> assertThat(new java.math.BigDecimal(settlementToday("CHF").text("/gross/amount")))
                .isEqualByComparingTo(new java.math.BigDecimal(gross).add(new java.math.BigDecimal("25.00"))));
    }

    @Test
    void outOfStockCancelsAndChargesNothing() {
        String sku = shop.stockedProduct("5.00", "EUR", 1);

        String orderId = place(line(sku, 2)).text("/id");

        Response order = awaitFinal(orderId);
        assertThat(order.text("/status")).isEqualTo("CANCELLED");
        assertThat(order.text("/cancellationReason")).isEqualTo("OUT_OF_STOCK");
        assertThat(http.get("/api/payments?reference=" + orderId).json()).isEmpty();
        assertThat(http.get("/api/inventory/" + sku).json().at("/available").asInt()).isEqualTo(1);
    }

    @Test
    void aDeclinedPaymentReleasesTheStock() {
        String sku = shop.stockedProduct("600.00", "EUR", 5); // 2 x 600.00 is above the simulated provider's 1000.00

        String orderId = place(line(sku, 2)).text("/id");

        Response order = awaitFinal(orderId);
        assertThat(order.text("/cancellationReason")).isEqualTo("PAYMENT_DECLINED");
        assertThat(http.get("/api/payments?reference=" + orderId).text("/0/status")).isEqualTo("DECLINED");
        await().atMost(SAGA).untilAsserted(() -> {
            Response stock = http.get("/api/inventory/" + sku);
            assertThat(stock.json().at("/available").asInt()).isEqualTo(5);
            assertThat(stock.json().at("/reserved").asInt()).isZero();
        });
    }

    @Test
    void theThreeBranchesEndAsTheSplitDeploymentMustToo() {
        assertThat(new SagaBranches(http, http).run()).isEqualTo(SagaBranches.EXPECTED);
    }

    @Test
    void aConfirmedOrderCannotBeCancelled() {
        String orderId = place(line(shop.stockedProduct("1.00", "EUR", 1), 1)).text("/id");
        assertThat(awaitFinal(orderId).text("/status")).isEqualTo("CONFIRMED");

        assertProblem(http.post("/api/orders/" + orderId + "/cancel"), 422);
        assertProblem(http.post("/api/orders/" + UUID.randomUUID() + "/cancel"), 404);
        assertThat(http.get("/api/orders/" + orderId).text("/status")).isEqualTo("CONFIRMED");
    }

    @Test
    void theSameIdempotencyKeyPlacesOneOrder() {
        String sku = shop.stockedProduct("3.00", "EUR", 10);
        String key = UUID.randomUUID().toString();
        String body = "{\"customerId\":\"%s\",\"lines\":[%s]}".formatted(customerId, line(sku, 1));

        Response first = http.post("/api/orders", body, Map.of("Idempotency-Key", key));
        Response again = http.post("/api/orders", body, Map.of("Idempotency-Key", key));

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.text("/id")).isEqualTo(first.text("/id"));
        assertThat(again.location()).isEqualTo(first.location());
        assertThat(http.get("/api/orders?customerId=" + customerId).json().at("/page/totalElements").asLong()).isEqualTo(1);
        assertProblem(http.post("/api/orders", body, Map.of("Idempotency-Key", "")), 400);
    }

    @Test
    void manyOrdersInParallelForScarceStockAddUpExactly() throws Exception {
        String sku = shop.stockedProduct("2.00", "EUR", 5);

        List<String> orderIds = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Response>> placing = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                placing.add(pool.submit(() -> place(line(sku, 1))));
            }
            for (Future<Response> placed : placing) {
                assertThat(placed.get().status()).isEqualTo(201);
                orderIds.add(placed.get().text("/id"));
            }
        } finally {
            pool.shutdown();
        }

        Map<String, Long> outcomes = orderIds.stream().map(this::awaitFinal)
                .collect(Collectors.groupingBy(order -> order.text("/status") + ":" + order.text("/cancellationReason"),
                        Collectors.counting()));
        assertThat(outcomes).containsExactlyInAnyOrderEntriesOf(Map.of("CONFIRMED:", 5L, "CANCELLED:OUT_OF_STOCK", 15L));
        Response stock = http.get("/api/inventory/" + sku);
        assertThat(stock.json().at("/onHand").asInt()).isZero();
        assertThat(stock.json().at("/reserved").asInt()).isZero();
        long captured = orderIds.stream()
                .filter(id -> "CAPTURED".equals(http.get("/api/payments?reference=" + id).text("/0/status")))
                .count();
        assertThat(captured).isEqualTo(5);
    }

    private Response awaitFinal(String orderId) {
        return shop.awaitFinal(orderId, SAGA);
    }

    private Response place(String... lines) {
        return shop.placeOrder(customerId, lines);
    }

    private static String line(String sku, int quantity) {
        return Shop.line(sku, quantity);
    }

    private Response settlementToday(String currency) {
        return http.get("/api/settlements/" + LocalDate.now(ZoneOffset.UTC) + "?currency=" + currency);
    }
}
