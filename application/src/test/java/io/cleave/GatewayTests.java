package io.cleave;

import static io.cleave.testsupport.ApiAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.jwk.RSAKey;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import io.cleave.platform.ApiPaths;
import io.cleave.testsupport.HttpTestClient.Response;
import io.cleave.testsupport.HttpTestClient;
import io.cleave.testsupport.TestTokens;

/**
 * Payment extracted, and the monolith the one address for clients ({@code cleave.gateway.enabled}):
 * it serves its own contexts and forwards payment's API to the payment service, after its own
 * security has let the call through; the service checks the token again. Between the processes,
 * ordering reads payments over the facade endpoint with a {@code service} token.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GatewayTests {

    SplitDeployment split;
    HttpTestClient gateway;
    HttpTestClient desk;

    @BeforeAll
    void paymentBehindTheMonolithsGateway() {
        split = SplitDeployment.start("payment", "cleave.gateway.enabled=true");
        gateway = split.monolithAnonymous();
        desk = gateway.as("desk", "staff");
    }

    @AfterAll
    void stop() {
        split.close();
    }

    @Test
    @Order(0)
    void theRoutesAreTheContextsOwnApiPaths() {
        assertThat(split.monolith().getBean(ApiPaths.class).byContext()).isEqualTo(Map.of(
                "catalog", List.of("/api/catalog/products"), "customer", List.of("/api/customers"),
                "inventory", List.of("/api/inventory"), "ordering", List.of("/api/orders"),
                "payment", List.of("/api/payments"), "settlement", List.of("/api/settlements")));
    }

    @Test
    @Order(1)
    void aClientWithOneAddressOrdersAndReadsItsPaymentAndTheCatalog() {
        String subject = "ada-" + UUID.randomUUID();
        HttpTestClient ada = gateway.as(subject, "customer");
        new Shop(ada).registerSelf(subject);
        String sku = new Shop(desk).stockedProduct("7.00", "EUR", 5);
        String order = ada.post("/api/orders", "{\"lines\":[%s]}".formatted(Shop.line(sku, 1))).text("/id");

        assertThat(new Shop(ada).awaitFinal(order, Duration.ofSeconds(60)).text("/status")).isEqualTo("CONFIRMED");
        assertThat(ada.get("/api/orders/" + order + "/payment").text("/status"))
                .as("ordering asks the payment service, with a service token").isEqualTo("CAPTURED");
        assertThat(gateway.get("/api/catalog/products?sku=" + sku).text("/content/0/sku")).isEqualTo(sku);

        double forwardedBefore = Shop.requestsServed(split.service(), "/api/payments");
        Response payments = desk.get("/api/payments?reference=" + order);
        assertThat(payments.status()).isEqualTo(200);
        assertThat(payments.text("/0/status")).as("forwarded to the payment service").isEqualTo("CAPTURED");
        assertThat(Shop.requestsServed(split.service(), "/api/payments")).isEqualTo(forwardedBefore + 1);
    }

    @Test
    @Order(2)
    void aCallTheGatewayRefusesNeverReachesTheServiceAndItsInternalsAreNotForwarded() {
        RSAKey key = TestTokens.issuerKey();
        double before = Shop.requestsServed(split.service());

        assertProblem(gateway.get("/api/payments?reference=x"), 401);
        assertProblem(gateway.as("eve", "customer").get("/api/payments?reference=x"), 403);
        assertProblem(desk.send("POST", "/internal/facades/payment.PaymentLedger/paymentFor", "[\"x\"]"), 403);
        // a service token gets through the gateway's security, but payment's facade is not served here
        assertProblem(gateway.withToken(TestTokens.sign(key, TestTokens.SERVICE_CLIENT, "service"))
                .send("POST", "/internal/facades/payment.PaymentLedger/paymentFor", "[\"x\"]"), 404);
        assertThat(gateway.get("/dev/jwks").status()).as("the gateway's own issuer").isEqualTo(200);

        assertThat(Shop.requestsServed(split.service())).as("requests that reached the payment service, refused ones included")
                .isEqualTo(before);
    }

    @Test
    @Order(2)
    void theServicesOwnRefusalsPassThroughTheGateway() {
        Response noReference = desk.get("/api/payments");
        assertProblem(noReference, 400);
        assertThat(noReference.body()).contains("reference");
    }

    /** The service rows of the authorization table: the facade endpoint takes service tokens only. */
    @Test
    @Order(3)
    void theFacadeEndpointTakesServiceTokensOnly() {
        HttpTestClient service = split.serviceAnonymous();
        RSAKey key = TestTokens.issuerKey();
        String path = "/internal/facades/payment.PaymentLedger/paymentFor";

        assertProblem(service.send("POST", path, "[\"x\"]"), 401);
        assertProblem(service.withToken(TestTokens.sign(key, "desk", "staff")).send("POST", path, "[\"x\"]"), 403);
        assertProblem(service.withToken(TestTokens.sign(key, "ada", "customer")).send("POST", path, "[\"x\"]"), 403);
        Response answered = service.withToken(TestTokens.sign(key, TestTokens.SERVICE_CLIENT, "service")).send("POST", path, "[\"x\"]");
        assertThat(answered.status()).isEqualTo(200);
        assertThat(answered.body()).isEqualTo("null"); // no payment for reference x
    }

    @Test
    @Order(4)
    void aStoppedServiceIsA503FromTheGatewayAtOnce() {
        split.stopService();

        long started = System.nanoTime();
        Response response = desk.get("/api/payments?reference=x");
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertProblem(response, 503);
        assertThat(response.text("/detail")).contains("payment");
        assertThat(took).as("refused connection: no waiting").isLessThan(Duration.ofSeconds(3));
        System.out.printf("Gateway, payment service stopped: 503 in %d ms%n", took.toMillis());
    }
}
