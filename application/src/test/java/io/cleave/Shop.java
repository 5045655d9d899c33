package io.cleave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContext;

import io.cleave.testsupport.HttpTestClient.Response;
import io.cleave.testsupport.HttpTestClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/** The setup an order needs, through the public API: a customer, products, stock. */
final class Shop {

    private final HttpTestClient http;

    Shop(HttpTestClient http) {
        this.http = http;
    }

    /** @return the new customer's id */
    String registerCustomer() {
        Response created = http.post("/api/customers", """
                {"email":"buyer+%s@example.com","name":"Buyer",
                 "shippingAddress":{"street":"1 Main St","city":"Berlin","postalCode":"10115","country":"DE"}}"""
                .formatted(UUID.randomUUID()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.text("/id");
    }

    /** @return the new product's SKU (unique) */
    String registerProduct(String amount, String currency) {
        String sku = "SKU-" + UUID.randomUUID().toString().substring(0, 8);
        Response created = http.post("/api/catalog/products",
                "{\"sku\":\"%s\",\"name\":\"Thing\",\"price\":{\"amount\":\"%s\",\"currency\":\"%s\"}}"
                        .formatted(sku, amount, currency));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return sku;
    }

    /** Changes a product's price, found by its SKU. */
    void changePrice(String sku, String amount, String currency) {
        String productId = http.get("/api/catalog/products?sku=" + sku).text("/content/0/id");
        Response changed = http.put("/api/catalog/products/" + productId + "/price",
                "{\"price\":{\"amount\":\"%s\",\"currency\":\"%s\"}}".formatted(amount, currency));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    }

    /** Receives stock for a SKU, once inventory has created its item from catalog's ProductRegistered. */
    void receive(String sku, int quantity) {
        await().atMost(Duration.ofSeconds(20)).until(() -> http.get("/api/inventory/" + sku).status() == 200);
        assertThat(http.post("/api/inventory/" + sku + "/receipts", "{\"quantity\":%d}".formatted(quantity)).status())
                .isEqualTo(200);
    }

    /** Places an order and expects it accepted (201). */
    Response placeOrder(String customerId, String... lines) {
        return placeOrder(customerId, Map.of(), lines);
    }

    /** The same, with these request headers. */
    Response placeOrder(String customerId, Map<String, String> headers, String... lines) {
        Response placed = http.post("/api/orders",
                "{\"customerId\":\"%s\",\"lines\":[%s]}".formatted(customerId, String.join(",", lines)), headers);
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        return placed;
    }

    static String line(String sku, int quantity) {
        return "{\"sku\":\"%s\",\"quantity\":%d}".formatted(sku, quantity);
    }

    /** Waits for the order to end, CONFIRMED or CANCELLED, and returns it then. */
    Response awaitFinal(String orderId, Duration atMost) {
        return await().atMost(atMost).until(() -> http.get("/api/orders/" + orderId),
                order -> List.of("CONFIRMED", "CANCELLED").contains(order.text("/status")));
    }

    /** The statuses of a reference's payments, asked where payment runs (it may be another process). */
    static List<String> paymentStatuses(HttpTestClient paymentApi, String reference) {
        List<String> statuses = new ArrayList<>();
        paymentApi.get("/api/payments?reference=" + reference).json()
                .forEach(payment -> statuses.add(payment.at("/status").asString()));
        return statuses;
    }

    /** The caller registers as a customer, bound to their own subject. @return the new customer's id */
    String registerSelf(String name) {
        Response created = http.post("/api/customers", """
                {"email":"%s@example.com","name":"%s",
                 "shippingAddress":{"street":"1 Main St","city":"Berlin","postalCode":"10115","country":"DE"}}"""
                .formatted(name, name));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.text("/id");
    }

    /** Every request a process's HTTP server took (refused ones included), or those of one URI pattern. */
    static double requestsServed(ApplicationContext process, String... uri) {
        var requests = process.getBean(MeterRegistry.class).find("http.server.requests");
        return (uri.length == 0 ? requests : requests.tag("uri", uri[0])).timers().stream()
                .mapToDouble(Timer::count).sum();
    }

    /** @return the SKU of a new product with this much stock received */
    String stockedProduct(String amount, String currency, int stock) {
        String sku = registerProduct(amount, currency);
        receive(sku, stock);
        return sku;
    }
}
