package io.cleave;

import static io.cleave.testsupport.ApiAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.modulith.events.core.EventPublicationRegistry;

import io.cleave.platform.EmbeddedPostgresServer;
import io.cleave.platform.Topology;
import io.cleave.testsupport.FreePorts;
import io.cleave.testsupport.HttpTestClient;

/**
 * {@code CLEAVE_TOPOLOGY_LOCAL=none}: a pure gateway in front of the monolith. It hosts no context
 * and keeps no data: no database, no migrations, no outbox, no broker; it authenticates every call
 * and forwards the API.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PureGatewayTests {

    ConfigurableApplicationContext backend;
    ConfigurableApplicationContext gateway;
    HttpTestClient client;
    long gatewayStartMillis;

    @BeforeAll
    void aPureGatewayInFrontOfTheMonolith() {
        int backendPort = FreePorts.next();
        backend = new SpringApplicationBuilder(CleaveApplication.class).run("--server.port=" + backendPort);
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--cleave.topology.local=none",
                "--cleave.gateway.enabled=true"));
        Topology.CONTEXTS.forEach(context -> arguments.add(
                "--cleave.topology.remote." + context + ".url=http://127.0.0.1:" + backendPort));
        long started = System.nanoTime();
        gateway = new SpringApplicationBuilder(CleaveApplication.class).run(arguments.toArray(String[]::new));
        gatewayStartMillis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        System.out.printf("Pure gateway started in %d ms%n", gatewayStartMillis);
        client = HttpTestClient.onPort(Integer.parseInt(gateway.getEnvironment().getProperty("local.server.port")));
    }

    @AfterAll
    void stop() {
        gateway.close();
        backend.close();
    }

    @Test
    void keepsNoDataAndRunsNoBroker() {
        for (Class<?> absent : List.of(DataSource.class, EmbeddedPostgresServer.class, Flyway.class,
                EventPublicationRegistry.class, KafkaTemplate.class)) {
            assertThat(gateway.getBeanNamesForType(absent)).as(absent.getSimpleName()).isEmpty();
        }
        assertThat(gateway.containsBean("outboxMaintenance")).isFalse();
        assertThat(backend.getBeanNamesForType(DataSource.class)).as("the same jar, with contexts").isNotEmpty();
    }

    @Test
    void aClientOrdersThroughItAndWhatItRefusesNeverReachesTheMonolith() {
        HttpTestClient desk = client.as("desk", "staff");
        String subject = "ada-" + UUID.randomUUID();
        HttpTestClient ada = client.as(subject, "customer");
        new Shop(ada).registerSelf(subject);
        String sku = new Shop(desk).stockedProduct("2.50", "EUR", 3);
        String order = ada.post("/api/orders", "{\"lines\":[%s]}".formatted(Shop.line(sku, 1))).text("/id");

        assertThat(new Shop(ada).awaitFinal(order, Duration.ofSeconds(30)).text("/status")).isEqualTo("CONFIRMED");
        assertThat(ada.get("/api/orders/" + order + "/payment").text("/status")).isEqualTo("CAPTURED");
        assertThat(client.get("/api/catalog/products?sku=" + sku).text("/content/0/sku")).isEqualTo(sku);

        double before = Shop.requestsServed(backend);
        assertProblem(client.get("/api/orders/" + order), 401);
        assertProblem(client.as("bob", "customer").get("/api/settlements/2999-01-01"), 403);
        assertThat(Shop.requestsServed(backend)).isEqualTo(before);
    }
}
