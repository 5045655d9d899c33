package io.cleave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import io.cleave.testsupport.HttpTestClient.Response;
import io.cleave.testsupport.HttpTestClient;

/**
 * The callers of the security tests: anonymous, two customers (A and B, each registered for their
 * own subject) and the service desk (staff), against one running application; A has a confirmed
 * order, paid.
 */
final class SecuredApi {

    final HttpTestClient anonymous;
    final HttpTestClient staff;
    final HttpTestClient customerA;
    final HttpTestClient customerB;
    /** A scraper's token (role {@code metrics}). */
    final HttpTestClient scraper;
    final String customerIdA;
    final String customerIdB;
    final String sku;
    final String orderOfA;

    SecuredApi(int port) {
        anonymous = HttpTestClient.onPort(port);
        staff = anonymous.as("desk", "staff");
        String run = UUID.randomUUID().toString().substring(0, 8);
        customerA = anonymous.as("ada-" + run, "customer");
        customerB = anonymous.as("bob-" + run, "customer");
        scraper = anonymous.as("prometheus", "metrics");
        customerIdA = new Shop(customerA).registerSelf("ada-" + run);
        customerIdB = new Shop(customerB).registerSelf("bob-" + run);
        sku = new Shop(staff).stockedProduct("4.50", "EUR", 100);
        orderOfA = placeOwnOrder(customerA).text("/id");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> customerA.get("/api/orders/" + orderOfA).text("/status").equals("CONFIRMED"));
    }

    Response placeOwnOrder(HttpTestClient customer) {
        Response placed = customer.post("/api/orders", "{\"lines\":[%s]}".formatted(Shop.line(sku, 1)));
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        return placed;
    }
}
