package io.cleave;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cleave.testsupport.HttpTestClient.Response;
import io.cleave.testsupport.HttpTestClient;

/**
 * The three ways an order saga ends (confirmed, out of stock, payment declined), driven through the
 * public API, with what each leaves behind in ordering, payment and inventory. The monolith
 * ({@link OrderSagaApiTests}) and payment extracted ({@link PaymentExtractionTests}) must both end
 * exactly as {@link #EXPECTED}: extraction changes where code runs, not what it does.
 */
final class SagaBranches {

    private static final Duration SETTLE = Duration.ofSeconds(45);

    /** How one order ended: its status and reason, its payments ("status amount"), its product's stock. */
    record Outcome(String status, String cancellationReason, List<String> payments, int onHand, int reserved) {
    }

    static final Map<String, Outcome> EXPECTED = Map.of(
            "confirmed", new Outcome("CONFIRMED", "", List.of("CAPTURED 25.00"), 8, 0),
            "out of stock", new Outcome("CANCELLED", "OUT_OF_STOCK", List.of(), 1, 0),
            // 2 x 600.00 is above the simulated provider's limit of 1000.00
            "declined", new Outcome("CANCELLED", "PAYMENT_DECLINED", List.of("DECLINED 1200.00"), 5, 0));

    private final HttpTestClient shopApi;
    private final HttpTestClient paymentApi;

    /** @param shopApi where ordering, catalog, customer and inventory answer; @param paymentApi where payment does */
    SagaBranches(HttpTestClient shopApi, HttpTestClient paymentApi) {
        this.shopApi = shopApi;
        this.paymentApi = paymentApi;
    }

    /** Runs the three branches at once and returns how each ended, once nothing moves any more. */
    Map<String, Outcome> run() {
        Shop shop = new Shop(shopApi);
        String customer = shop.registerCustomer();
        Map<String, String[]> orders = new LinkedHashMap<>(); // branch -> order id, sku
        orders.put("confirmed", place(shop, customer, "12.50", 10, 2));
        orders.put("out of stock", place(shop, customer, "5.00", 1, 2));
        orders.put("declined", place(shop, customer, "600.00", 5, 2));

        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        orders.forEach((branch, order) -> {
            shop.awaitFinal(order[0], SETTLE);
            outcomes.put(branch, settled(order[0], order[1], EXPECTED.get(branch)));
        });
        return outcomes;
    }

    private static String[] place(Shop shop, String customer, String price, int stock, int quantity) {
        String sku = shop.stockedProduct(price, "EUR", stock);
        return new String[] { shop.placeOrder(customer, Shop.line(sku, quantity)).text("/id"), sku };
    }

    /** The outcome once it is the expected one, or the last one seen when it does not get there in time. */
    private Outcome settled(String orderId, String sku, Outcome expected) {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        Outcome seen = outcome(orderId, sku);
        while (!seen.equals(expected) && System.nanoTime() < deadline) {
            pause();
            seen = outcome(orderId, sku);
        }
        return seen;
    }

    private Outcome outcome(String orderId, String sku) {
        Response order = shopApi.get("/api/orders/" + orderId);
        Response stock = shopApi.get("/api/inventory/" + sku);
        List<String> payments = new ArrayList<>();
        paymentApi.get("/api/payments?reference=" + orderId).json()
                .forEach(payment -> payments.add(payment.at("/status").asString() + " " + payment.at("/amount/amount").asString()));
        return new Outcome(order.text("/status"), order.text("/cancellationReason"), payments,
                stock.json().at("/onHand").asInt(), stock.json().at("/reserved").asInt());
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
