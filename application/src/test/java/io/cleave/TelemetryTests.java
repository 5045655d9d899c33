package io.cleave;

import static io.cleave.testsupport.ApiAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import io.cleave.testsupport.HttpTestClient;
import io.cleave.testsupport.HttpTestClient.Response;

/**
 * What an operator of the monolith sees: one trace per order through every saga step, the saga's
 * counters, the outbox's backlog while a participant is paused, and who may scrape the metrics.
 * The process runs with its spans captured in memory ({@link SpanCapture}) and exported over OTLP
 * to a receiver of the test's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TelemetryTests {

    private static final Duration SETTLE = Duration.ofSeconds(30);

    /** An OTLP receiver: the request bodies posted to {@code /v1/traces}. */
    final List<byte[]> exported = new CopyOnWriteArrayList<>();
    HttpServer collector;
    ConfigurableApplicationContext process;
    HttpTestClient anonymous;
    HttpTestClient desk;
    Shop shop;
    String customer;

    @BeforeAll
    void start() throws IOException {
        collector = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        collector.createContext("/v1/traces", exchange -> {
            if ("application/x-protobuf".equals(exchange.getRequestHeaders().getFirst("Content-Type"))) {
                exported.add(exchange.getRequestBody().readAllBytes());
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        collector.start();
        process = new SpringApplicationBuilder(CleaveApplication.class, SpanCapture.class)
                .run("--server.port=0", "--cleave.outbox.metrics.fresh-for=PT0.1S",
                        "--management.opentelemetry.tracing.export.otlp.endpoint=http://127.0.0.1:"
                                + collector.getAddress().getPort() + "/v1/traces",
                        "--management.opentelemetry.tracing.export.schedule-delay=200ms");
        anonymous = HttpTestClient.onPort(Integer.parseInt(process.getEnvironment().getProperty("local.server.port")));
        desk = anonymous.as("desk", "staff");
        shop = new Shop(desk);
        customer = shop.registerCustomer();
    }

    @AfterAll
    void stop() {
        process.close();
        collector.stop(0);
    }

    @Test
    @Order(1)
    void oneOrderIsOneTraceThroughEverySagaStepAndLeavesNoPublicationIncomplete() {
        String sku = shop.stockedProduct("3.00", "EUR", 5);
        String order = shop.placeOrder(customer, Shop.line(sku, 1)).text("/id");
        String trace = SpanCapture.of(process).traceOfRequest("POST", "/api/orders");

        assertThat(shop.awaitFinal(order, SETTLE).text("/status")).isEqualTo("CONFIRMED");
        await().atMost(Duration.ofSeconds(10)).until(this::incompletePublications, count -> count == 0);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(SpanCapture.of(process).namesInTrace(trace))
                .contains("ReserveStock to StockCommands", "StockReserved to InventoryReplies",
                        "ChargePayment to PaymentCommands", "PaymentCaptured to PaymentReplies",
                        "PaymentCaptured to PaymentEvents", "CommitStock to StockCommands"));
    }

    @Test
    @Order(2)
    void withAnEndpointSetTheSpansLeaveOverOtlp() {
        // span names are plain strings inside the protobuf batches
        await().atMost(Duration.ofSeconds(10)).until(() -> exported.stream()
                .map(body -> new String(body, StandardCharsets.ISO_8859_1))
                .anyMatch(body -> body.contains("ChargePayment to PaymentCommands")));
    }

    @Test
    @Order(2)
    void theSagaCountersMoveByExactlyTheOrdersOfEachBranch() {
        PrometheusScrape before = scrape();
        List<String> orders = List.of(
                place("2.00", 10, 1), place("2.50", 10, 2), // confirmed
                place("5.00", 1, 2), // out of stock
                place("600.00", 5, 2)); // declined: above the simulated provider's limit
        orders.forEach(order -> shop.awaitFinal(order, SETTLE));

        Map<String, Double> expected = Map.of("placed", 4.0, "confirmed", 2.0, "out of stock", 1.0, "declined", 1.0,
                "durations", 4.0);
        await().atMost(Duration.ofSeconds(5)).until(() -> movedSince(before).equals(expected));
        assertThat(movedSince(before)).isEqualTo(expected);
        PrometheusScrape after = scrape();
        assertThat(after.names()).contains("cleave_saga_duration_seconds_bucket", "cleave_outbox_incomplete",
                "cleave_outbox_oldest_age_seconds", "cleave_outbox_delivery_seconds_count", "hikaricp_connections_active",
                "jvm_memory_used_bytes", "http_server_requests_seconds_count", "cache_gets_total");
    }

    private Map<String, Double> movedSince(PrometheusScrape before) {
        PrometheusScrape now = scrape();
        return Map.of(
                "placed", moved(before, now, "cleave_orders_placed_total"),
                "confirmed", moved(before, now, "cleave_saga_completed_total", "outcome", "confirmed", "reason", "none"),
                "out of stock", moved(before, now, "cleave_saga_completed_total", "outcome", "cancelled", "reason", "OUT_OF_STOCK"),
                "declined", moved(before, now, "cleave_saga_completed_total", "outcome", "cancelled", "reason", "PAYMENT_DECLINED"),
                "durations", moved(before, now, "cleave_saga_duration_seconds_count"));
    }

    private static double moved(PrometheusScrape before, PrometheusScrape now, String name, String... labels) {
        return now.value(name, labels) - before.value(name, labels);
    }

    @Test
    @Order(3)
    void theOutboxBacklogRisesWhilePaymentIsPausedAndReturnsToZeroAfterResume() {
        Response paused = desk.post("/actuator/listeners/payment", "{\"paused\":true}");
        assertThat(paused.status()).as(paused.body()).isEqualTo(200);
        assertThat(paused.json().at("/paused").toString()).isEqualTo("[\"payment\"]");

        String order = place("4.00", 5, 1);
        await().atMost(SETTLE).until(() -> desk.get("/api/orders/" + order).text("/status"), "STOCK_RESERVED"::equals);
        await().atMost(SETTLE).until(() -> scrape().value("cleave_outbox_incomplete") >= 1
                && scrape().value("cleave_outbox_oldest_age_seconds") > 0);
        assertThat(desk.get("/api/orders/" + order).text("/status")).as("waiting for its payment").isEqualTo("STOCK_RESERVED");

        assertThat(desk.post("/actuator/listeners/payment", "{\"paused\":false}").status()).isEqualTo(200);
        assertThat(shop.awaitFinal(order, SETTLE).text("/status")).isEqualTo("CONFIRMED");
        await().atMost(SETTLE).until(() -> scrape().value("cleave_outbox_incomplete") == 0);
        assertThat(scrape().value("cleave_outbox_oldest_age_seconds")).isZero();
    }

    @Test
    @Order(4)
    void onlyContextsOfThisProcessCanBePaused() {
        assertProblem(desk.post("/actuator/listeners/nowhere", "{\"paused\":true}"), 400);
        assertThat(desk.get("/actuator/listeners").json().at("/paused").toString()).isEqualTo("[]");
    }

    @Test
    @Order(5)
    void prometheusIsForStaffAndScrapersOnly() {
        assertThat(anonymous.get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(anonymous.as("ada", "customer").get("/actuator/prometheus").status()).isEqualTo(403);
        HttpTestClient scraper = anonymous.as("prometheus", "metrics");
        assertThat(scraper.get("/actuator/prometheus").status()).isEqualTo(200);
        assertThat(scraper.get("/actuator/metrics").status()).as("a scrape token opens nothing else").isEqualTo(403);
        assertThat(scraper.post("/actuator/listeners/payment", "{\"paused\":true}").status()).isEqualTo(403);
    }

    private String place(String price, int stock, int quantity) {
        String sku = shop.stockedProduct(price, "EUR", stock);
        return shop.placeOrder(customer, Shop.line(sku, quantity)).text("/id");
    }

    private PrometheusScrape scrape() {
        Response scraped = desk.get("/actuator/prometheus");
        assertThat(scraped.status()).isEqualTo(200);
        return new PrometheusScrape(scraped.body());
    }

    private long incompletePublications() {
        return process.getBean(JdbcTemplate.class)
                .queryForObject("select count(*) from event_publication where completion_date is null", Long.class);
    }
}
