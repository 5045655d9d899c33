package io.cleave.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.ssl.DefaultSslBundleRegistry;
import org.springframework.web.client.RestClient;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.cleave.customer.api.CustomerDirectory;
import io.cleave.customer.api.CustomerStatus;
import io.cleave.customer.api.CustomerSummary;
import io.cleave.kernel.UnavailableException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;

/**
 * The client side of a remote facade against a real HTTP server that answers, fails, hangs and
 * recovers: retries, timeouts, and the circuit breaker's open, half-open and closed states.
 */
class RemoteFacadeTest {

    enum Mode { ANSWER, ANSWER_NOTHING, FAIL, HANG }

    static final UUID ADA = UUID.randomUUID();

    HttpServer server;
    volatile Mode mode = Mode.ANSWER;
    final AtomicInteger calls = new AtomicInteger();
    final CircuitBreakerRegistry breakers = CircuitBreakerRegistry.ofDefaults();
    CustomerDirectory customers;

    @BeforeEach
    void aServerAndAClient() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/internal/facades/customer.CustomerDirectory/customerById", this::answer);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        var settings = new RemoteContextSettings(URI.create("http://127.0.0.1:" + server.getAddress().getPort()),
                Duration.ofMillis(200), Duration.ofMillis(300), new RemoteContextSettings.Retry(3, Duration.ofMillis(10)),
                new RemoteContextSettings.CircuitBreaker(50, 10, 5, Duration.ofMillis(500), 2), null);
        customers = RemoteFacade.create(CustomerDirectory.class, "customer", settings, RestClient.builder(), breakers,
                RetryRegistry.ofDefaults(), new DefaultSslBundleRegistry());
    }

    @AfterEach
    void stopTheServer() {
        server.stop(0);
    }

    @Test
    void aCallIsAPostWithTheArgumentsAndReadsTheGenericResultBack() {
        assertThat(customers.customerById(ADA)).contains(new CustomerSummary(ADA, "Ada", CustomerStatus.ACTIVE, null));
        mode = Mode.ANSWER_NOTHING;
        assertThat(customers.customerById(ADA)).isEmpty();
        assertThat(customers.toString()).isEqualTo("remote customer.CustomerDirectory");
    }

    @Test
    void aFailingContextIsTriedThreeTimesThenReportedUnavailable() {
        mode = Mode.FAIL;
        assertThatThrownBy(() -> customers.customerById(ADA)).isInstanceOf(UnavailableException.class)
                .hasMessageContaining("customer is not answering").hasMessageContaining("500")
                .hasMessageNotContaining("/internal"); // an internal endpoint is for the log only
        assertThat(calls).hasValue(3);
    }

    @Test
    void aHangingContextTimesOut() {
        mode = Mode.HANG;
        long started = System.nanoTime();
        assertThatThrownBy(() -> customers.customerById(ADA)).isInstanceOf(UnavailableException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5)); // 3 x 300 ms, not 3 x 10 s
    }

    @Test
    void theBreakerOpensFailsFastWithoutCallingThenProbesAndCloses() throws InterruptedException {
        CircuitBreaker breaker = breakers.circuitBreaker("customer");
        mode = Mode.FAIL;
        for (int i = 0; i < 2; i++) { // 6 failed attempts: above 50 % of at least 5 calls
            assertThatThrownBy(() -> customers.customerById(ADA)).isInstanceOf(UnavailableException.class);
        }
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);

        int callsWhenOpened = calls.get();
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            long started = System.nanoTime();
            assertThatThrownBy(() -> customers.customerById(ADA)).isInstanceOf(UnavailableException.class)
                    .hasMessageContaining("circuit breaker open");
            micros.add((System.nanoTime() - started) / 1_000);
        }
        assertThat(calls).as("an open breaker does not call").hasValue(callsWhenOpened);
        Collections.sort(micros);
        System.out.printf("RemoteFacade with the breaker open: 200 calls, p50 %d us, p99 %d us, max %d us%n",
                micros.get(99), micros.get(197), micros.get(199));

        mode = Mode.ANSWER; // the context recovers
        Thread.sleep(600); // past waitInOpenState
        assertThat(customers.customerById(ADA)).isPresent(); // a probe, half-open
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
        assertThat(customers.customerById(ADA)).isPresent();
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    private void answer(HttpExchange exchange) throws IOException {
        calls.incrementAndGet();
        String request = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        switch (mode) {
            case FAIL -> respond(exchange, 500, "{\"title\":\"Internal error\"}");
            case HANG -> sleep(10_000);
            case ANSWER_NOTHING -> respond(exchange, 200, "null");
            default -> respond(exchange, 200, request.equals("[\"" + ADA + "\"]")
                    ? "{\"customerId\":\"%s\",\"name\":\"Ada\",\"status\":\"ACTIVE\"}".formatted(ADA)
                    : "null");
        }
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
