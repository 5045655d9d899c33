package io.cleave;

import static io.cleave.testsupport.ApiAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import io.cleave.testsupport.HttpTestClient.Response;
import io.cleave.testsupport.HttpTestClient;
import io.cleave.testsupport.SelfSignedTls;

/**
 * Payment extracted with every HTTP hop on TLS: both processes serve HTTPS from a Spring Boot SSL
 * bundle; the monolith's facade client (ordering reading payments) and its gateway (forwarding
 * {@code /api/payments}) trust the certificate through another bundle. Kafka stays as configured.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TlsSplitTests {

    SelfSignedTls tls;
    SplitDeployment split;
    String paidOrder;

    @BeforeAll
    void paymentOverTls(@TempDir Path certificates) {
        tls = SelfSignedTls.create(certificates);
        split = SplitDeployment.startOverTls("payment", tls, "cleave.gateway.enabled=true");
    }

    @AfterAll
    void stop() {
        split.close();
    }

    @Test
    @Order(1)
    void anOrderIsPlacedPaidAndReadOverHttpsOnEveryHop() {
        HttpTestClient desk = split.monolithHttp();
        Shop shop = new Shop(desk);
        String customer = shop.registerCustomer();
        String sku = shop.stockedProduct("3.00", "EUR", 2);
        String order = shop.placeOrder(customer, Shop.line(sku, 1)).text("/id");
        paidOrder = order;

        assertThat(shop.awaitFinal(order, Duration.ofSeconds(60)).text("/status")).isEqualTo("CONFIRMED");
        assertThat(desk.get("/api/orders/" + order + "/payment").text("/status"))
                .as("ordering asks the payment service over HTTPS").isEqualTo("CAPTURED");
        assertThat(desk.get("/api/payments?reference=" + order).text("/0/status"))
                .as("the gateway forwards over HTTPS").isEqualTo("CAPTURED");
    }

    @Test
    @Order(2)
    void aClientThatDoesNotTrustTheCertificateFailsOnIt() {
        HttpTestClient trustingNothingSpecial = new HttpTestClient("https://localhost:" + split.servicePort());

        assertThatThrownBy(() -> trustingNothingSpecial.get("/actuator/health"))
                .isInstanceOf(UncheckedIOException.class)
                .hasStackTraceContaining("PKIX");
    }

    @Test
    @Order(3)
    void plainHttpToTheHttpsServiceFailsWithAClearMessage() {
        Response plain = new HttpTestClient("http://localhost:" + split.servicePort()).get("/actuator/health");
        assertThat(plain.status()).isEqualTo(400);
        assertThat(plain.body()).contains("requires TLS");

        split.stopMonolith();
        split.startMonolith("cleave.gateway.enabled=true",
                "cleave.topology.remote.payment.url=http://localhost:" + split.servicePort());
        Response viaOrdering = split.monolithHttp().get("/api/orders/" + paidOrder + "/payment");
        assertProblem(viaOrdering, 503);
        assertThat(viaOrdering.text("/detail")).contains("payment cannot be asked", "400");
        Response viaGateway = split.monolithHttp().get("/api/payments?reference=x");
        assertThat(viaGateway.status()).as("the gateway passes the service's answer on").isEqualTo(400);
        assertThat(viaGateway.body()).contains("requires TLS");
    }
}
