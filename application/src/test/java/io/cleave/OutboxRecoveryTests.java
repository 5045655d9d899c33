package io.cleave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import io.cleave.testsupport.HttpTestClient;
import io.cleave.testsupport.TestPostgres;
import io.opentelemetry.sdk.trace.export.SpanExporter;

/**
 * Nothing accepted is lost across a restart: a listener fails after its publication was stored
 * (the payment provider is down), the application stops, and the next start on the same database
 * delivers the outstanding publication again, so the order completes, in the trace its request
 * started (the trace context is stored with the message, {@code event_publication_trace}).
 */
class OutboxRecoveryTests {

    @Test
    void anOrderStuckBehindAFailedListenerCompletesAfterARestartInTheSameTrace() {
        String orderId;
        String sku;
        String trace;
        try (ConfigurableApplicationContext down = start("cleave.payment.simulated.failure-rate=1")) {
            HttpTestClient http = http(down);
            Shop shop = new Shop(http);
            String customerId = shop.registerCustomer();
            sku = shop.stockedProduct("4.00", "EUR", 3);

            orderId = http.post("/api/orders", "{\"customerId\":\"%s\",\"lines\":[{\"sku\":\"%s\",\"quantity\":1}]}"
                    .formatted(customerId, sku)).text("/id");
            trace = SpanCapture.of(down).traceOfRequest("POST", "/api/orders");
            assertThat(down.getBeansOfType(SpanExporter.class)).as("no OTLP endpoint set: nothing exported").isEmpty();

            JdbcTemplate jdbc = down.getBean(JdbcTemplate.class);
            String id = orderId;
            await().atMost(Duration.ofSeconds(15)).until(() -> failedChargesOf(jdbc, id) > 0);
            assertThat(http.get("/api/orders/" + orderId).text("/status")).isEqualTo("STOCK_RESERVED");
        }

        try (ConfigurableApplicationContext up = start("cleave.payment.simulated.failure-rate=0")) {
            HttpTestClient http = http(up);
            String id = orderId;
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> http.get("/api/orders/" + id).text("/status"), "CONFIRMED"::equals);
            assertThat(http.get("/api/payments?reference=" + orderId).json()).hasSize(1);
            assertThat(http.get("/api/inventory/" + sku).json().at("/onHand").asInt()).isEqualTo(2);
            assertThat(failedChargesOf(up.getBean(JdbcTemplate.class), orderId)).isZero();
            String orderTrace = trace;
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(SpanCapture.of(up).namesInTrace(orderTrace))
                    .as("the resubmitted charge and the steps after it, in the trace of the order's request")
                    .contains("ChargePayment to PaymentCommands", "PaymentCaptured to PaymentReplies",
                            "CommitStock to StockCommands"));
        }
    }

    /** Publications of this order's ChargePayment that are stored but not completed. */
    private static long failedChargesOf(JdbcTemplate jdbc, String orderId) {
        return jdbc.queryForObject("""
                select count(*) from public.event_publication
                 where event_type like '%ChargePayment' and completion_date is null and serialized_event like ?""",
                Long.class, "%" + orderId + "%");
    }

    /** Both starts on one database, as a restart is: the test JVM gives every context a new one otherwise. */
    private static final String DATABASE = TestPostgres.newDatabase("outbox_recovery");

    private static ConfigurableApplicationContext start(String providerSetting) {
        return new SpringApplicationBuilder(CleaveApplication.class, SpanCapture.class)
                .run("--server.port=0", "--" + providerSetting, "--spring.datasource.url=" + DATABASE,
                        "--spring.datasource.username=" + TestPostgres.username(),
                        "--spring.datasource.password=" + TestPostgres.password(),
                        // resubmission here comes from the restart alone, not from the periodic check
                        "--cleave.outbox.resubmit-interval=PT1H");
    }

    private static HttpTestClient http(ConfigurableApplicationContext context) {
        return HttpTestClient.onPort(Integer.parseInt(context.getEnvironment().getProperty("local.server.port"))).as("desk", "staff");
    }
}
