package io.cleave;

import static io.cleave.testsupport.ApiAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.cleave.testsupport.HttpTestClient.Response;

/**
 * A customer sees only their own data: another customer's order is not found, in every way it can
 * be asked for; staff see and act on everything. Ownership is the order's own record of its owner.
 */
@SpringBootTest(classes = CleaveApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMetrics // the same application context as AuthorizationTableTests
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OwnershipApiTests {

    @LocalServerPort int port;

    SecuredApi api;

    @BeforeAll
    void callers() {
        api = new SecuredApi(port);
    }

    @Test
    void anotherCustomersOrdersDoNotExistForThem() {
        String second = api.placeOwnOrder(api.customerA).text("/id");

        for (String order : List.of(api.orderOfA, second)) {
            assertProblem(api.customerB.get("/api/orders/" + order), 404);
            assertProblem(api.customerB.get("/api/orders/" + order + "/payment"), 404);
            assertProblem(api.customerB.post("/api/orders/" + order + "/cancel"), 404);
        }
        String ofB = api.placeOwnOrder(api.customerB).text("/id");
        assertThat(api.customerB.get("/api/orders?size=100").json().at("/content").findValuesAsString("id"))
                .contains(ofB).doesNotContain(api.orderOfA, second);
        assertThat(api.customerB.get("/api/orders?customerId=" + api.customerIdA).json().at("/page/totalElements").asLong())
                .isZero();
        assertThat(api.customerA.get("/api/orders/" + second).text("/status")).as("B's cancel changed nothing")
                .isNotEqualTo("CANCELLED");
    }

    @Test
    void theOwnerAndStaffSeeTheOrderItsListAndItsPayment() {
        for (var caller : List.of(api.customerA, api.staff)) {
            Response order = caller.get("/api/orders/" + api.orderOfA);
            assertThat(order.status()).isEqualTo(200);
            assertThat(order.text("/customerId")).isEqualTo(api.customerIdA);
            Response payment = caller.get("/api/orders/" + api.orderOfA + "/payment");
            assertThat(payment.status()).as(payment.body()).isEqualTo(200);
            assertThat(payment.text("/status")).isEqualTo("CAPTURED");
            assertThat(payment.text("/amount/amount")).isEqualTo("4.50");
        }
        assertThat(api.customerA.get("/api/orders").json().at("/content").findValuesAsString("id")).contains(api.orderOfA);
        assertThat(api.staff.get("/api/orders?customerId=" + api.customerIdA).json().at("/content")
                .findValuesAsString("id")).contains(api.orderOfA);
        assertProblem(api.staff.get("/api/orders"), 400); // staff name the customer whose orders they list
    }

    @Test
    void aCustomerOrdersForThemselvesOnlyAndStaffForAnyone() {
        String line = Shop.line(api.sku, 1);
        assertProblem(api.customerB.post("/api/orders",
                "{\"customerId\":\"%s\",\"lines\":[%s]}".formatted(api.customerIdA, line)), 403);
        Response own = api.customerB.post("/api/orders",
                "{\"customerId\":\"%s\",\"lines\":[%s]}".formatted(api.customerIdB, line));
        assertThat(own.status()).isEqualTo(201);
        assertThat(own.text("/customerId")).isEqualTo(api.customerIdB);

        Response forA = api.staff.post("/api/orders", "{\"customerId\":\"%s\",\"lines\":[%s]}".formatted(api.customerIdA, line));
        assertThat(forA.status()).isEqualTo(201);
        assertThat(api.customerA.get("/api/orders/" + forA.text("/id")).status())
                .as("an order the desk placed for A is A's").isEqualTo(200);
        assertProblem(api.staff.post("/api/orders", "{\"lines\":[%s]}".formatted(line)), 400);
    }

    @Test
    void anIdempotencyKeyBelongsToTheCustomerWhoSentIt() {
        String key = "key-" + UUID.randomUUID();
        String body = "{\"lines\":[%s]}".formatted(Shop.line(api.sku, 1));
        Response ofA = api.customerA.post("/api/orders", body, Map.of("Idempotency-Key", key));
        Response ofB = api.customerB.post("/api/orders", body, Map.of("Idempotency-Key", key));
        Response againA = api.customerA.post("/api/orders", body, Map.of("Idempotency-Key", key));

        assertThat(ofA.status()).isEqualTo(201);
        assertThat(ofB.status()).as("B's own order, placed now").isEqualTo(201);
        assertThat(ofB.text("/customerId")).isEqualTo(api.customerIdB);
        assertThat(ofB.text("/id")).isNotEqualTo(ofA.text("/id"));
        assertThat(againA.status()).isEqualTo(200);
        assertThat(againA.text("/id")).isEqualTo(ofA.text("/id"));
    }

    @Test
    void aCustomerIsBoundToTheirSubjectOnceAndReadsOnlyThemselves() {
        Response me = api.customerA.get("/api/customers/me");
        assertThat(me.text("/id")).isEqualTo(api.customerIdA);
        assertThat(me.text("/subject")).startsWith("ada-");

        Response again = api.customerA.post("/api/customers", """
                {"email":"another-%s@example.com","name":"Ada again",
                 "shippingAddress":{"street":"1 Main St","city":"Berlin","postalCode":"10115","country":"DE"}}"""
                .formatted(UUID.randomUUID()));
        assertProblem(again, 409);

        assertProblem(api.anonymous.as("carol-" + UUID.randomUUID(), "customer").get("/api/customers/me"), 404);
        assertThat(api.staff.get("/api/customers/" + api.customerIdA).text("/subject")).isEqualTo(me.text("/subject"));
        assertThat(api.customerA.get("/api/customers/" + api.customerIdA).text("/id")).as("their own, by id").isEqualTo(api.customerIdA);
        assertProblem(api.customerB.get("/api/customers/" + api.customerIdA), 404);
    }

    @Test
    void aCustomerBoundLaterSeesTheOrdersPlacedForThemBefore() {
        Response unbound = api.staff.post("/api/customers", """
                {"email":"erin-%s@example.com","name":"Erin",
                 "shippingAddress":{"street":"1 Main St","city":"Berlin","postalCode":"10115","country":"DE"}}"""
                .formatted(UUID.randomUUID()));
        String customer = unbound.text("/id");
        String order = api.staff.post("/api/orders",
                "{\"customerId\":\"%s\",\"lines\":[%s]}".formatted(customer, Shop.line(api.sku, 1))).text("/id");
        String subject = "erin-" + UUID.randomUUID();
        var erin = api.anonymous.as(subject, "customer");
        assertProblem(erin.get("/api/orders/" + order), 404);

        Response bound = api.staff.put("/api/customers/" + customer + "/subject", "{\"subject\":\"%s\"}".formatted(subject));

        assertThat(bound.status()).as(bound.body()).isEqualTo(200);
        assertThat(erin.get("/api/customers/me").text("/id")).isEqualTo(customer);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> erin.get("/api/orders/" + order).status() == 200);
        assertProblem(api.staff.put("/api/customers/" + customer + "/subject", "{\"subject\":\"someone-else\"}"), 409);
        assertProblem(api.staff.put("/api/customers/" + api.customerIdB + "/subject",
                "{\"subject\":\"%s\"}".formatted(subject)), 409);
    }

    @Test
    void staffRegisterACustomerBoundToTheSubjectTheyName() {
        String subject = "dora-" + UUID.randomUUID();
        Response created = api.staff.post("/api/customers", """
                {"email":"%s@example.com","name":"Dora","subject":"%s",
                 "shippingAddress":{"street":"1 Main St","city":"Berlin","postalCode":"10115","country":"DE"}}"""
                .formatted(subject, subject));
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        assertThat(api.anonymous.as(subject, "customer").get("/api/customers/me").text("/id"))
                .isEqualTo(created.text("/id"));
    }
}
