package io.cleave;

import static io.cleave.testsupport.ApiAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.condition.ConditionEvaluationReport;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.cleave.platform.Topology;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.cleave.testsupport.FreePorts;
import io.cleave.testsupport.HttpTestClient.Response;
import io.cleave.testsupport.HttpTestClient;
import io.cleave.testsupport.TestKafka;
import io.cleave.testsupport.TestPostgres;
import io.cleave.testsupport.TestTokens;

/**
 * The split behind one entry point: a pure gateway ({@code cleave.topology.local=none}), the
 * monolith without payment and catalog, a payment service and a catalog service, each service on
 * its own database, messages over Kafka. The gateway runs the development issuer on a key of its
 * own; the services share no key with it but read its key set ({@code jwk-set-uri}) and get their
 * {@code service} tokens from its token endpoint by client credentials. Each process captures its
 * spans ({@link SpanCapture}): one order is one trace across all of them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GatewaySplitTests {

    private static final String LOCAL_CONTEXTS = "io.cleave.platform.LocalContextsAutoConfiguration";
    private static final String SERVICES_SECRET = "secret-of-the-services-behind-the-gateway";

    final int gatewayPort = FreePorts.next();
    final int monolithPort = FreePorts.next();
    final int paymentPort = FreePorts.next();
    final int catalogPort = FreePorts.next();
    final List<ConfigurableApplicationContext> processes = new ArrayList<>();
    ConfigurableApplicationContext gatewayProcess;
    ConfigurableApplicationContext monolith;
    ConfigurableApplicationContext payment;
    ConfigurableApplicationContext catalog;
    HttpTestClient gateway;

    @BeforeAll
    void fourProcesses(@TempDir Path gatewayData) {
        TestKafka broker = TestKafka.start();
        long started = System.nanoTime();
        monolith = service("customer,ordering,inventory,settlement", monolithPort, broker);
        payment = service("payment", paymentPort, broker);
        catalog = service("catalog", catalogPort, broker);
        long gatewayStarted = System.nanoTime();
        gatewayProcess = start(gatewayPort, Map.of("cleave.topology.local", "none", "cleave.gateway.enabled", "true",
                "cleave.security.dev-issuer.enabled", "true",
                "cleave.security.dev-issuer.key-location", gatewayData.resolve("keys/gateway.jwk.json").toString(),
                "cleave.security.dev-issuer.client-secret", SERVICES_SECRET));
        System.out.printf("Split through the gateway: 4 processes up in %d ms, the pure gateway in %d ms%n",
                Duration.ofNanos(System.nanoTime() - started).toMillis(),
                Duration.ofNanos(System.nanoTime() - gatewayStarted).toMillis());
        gateway = HttpTestClient.onPort(gatewayPort);
    }

    @AfterAll
    void stop() {
        for (int i = processes.size() - 1; i >= 0; i--) {
            processes.get(i).close();
        }
    }

    @Test
    @Order(1)
    void aClientWithOneAddressRegistersOrdersAndReadsItsPaymentAndTheCatalog() {
        String subject = "ada-" + UUID.randomUUID();
        HttpTestClient ada = gateway.as(subject, "customer");
        HttpTestClient desk = gateway.as("desk", "staff");
        new Shop(ada).registerSelf(subject);
        String sku = new Shop(desk).stockedProduct("4.20", "EUR", 5);

        long placed = System.nanoTime();
        Response accepted = ada.post("/api/orders", "{\"lines\":[%s]}".formatted(Shop.line(sku, 2)));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        assertThat(accepted.text("/lines/0/unitPrice/amount")).as("the price, from the catalog service").isEqualTo("4.20");
        String order = accepted.text("/id");
        assertThat(new Shop(ada).awaitFinal(order, Duration.ofSeconds(60)).text("/status")).isEqualTo("CONFIRMED");
        System.out.printf("Split through the gateway: order placed to confirmed in %d ms%n",
                Duration.ofNanos(System.nanoTime() - placed).toMillis());

        assertThat(ada.get("/api/orders/" + order + "/payment").text("/status"))
                .as("the monolith asks the payment service, with a service token of the gateway's issuer")
                .isEqualTo("CAPTURED");
        assertThat(gateway.get("/api/catalog/products?sku=" + sku).text("/content/0/sku")).isEqualTo(sku);
        assertThat(desk.get("/api/payments?reference=" + order).text("/0/status")).isEqualTo("CAPTURED");
        assertThat(Shop.requestsServed(payment, "/api/payments")).as("forwarded to the payment service").isEqualTo(1);
        assertThat(Shop.requestsServed(catalog, "/api/catalog/products")).as("forwarded to the catalog service")
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    @Order(2)
    void whatTheGatewayRefusesNeverReachesAService() {
        List<Double> before = served();

        assertProblem(gateway.get("/api/payments?reference=x"), 401);
        assertProblem(gateway.post("/api/orders", "{}"), 401);
        assertProblem(gateway.put("/api/catalog/products/x/price", "{}"), 401);
        assertProblem(gateway.as("eve", "customer").get("/api/settlements/2999-01-01"), 403);
        assertProblem(gateway.withToken("not.a.token").get("/api/customers/me"), 401);

        assertThat(served()).as("requests that reached the monolith, payment and catalog").isEqualTo(before);
    }

    @Test
    @Order(3)
    void theServicesTrustTheGatewaysIssuerAloneAndRunNoneOfTheirOwn() throws JOSEException {
        HttpTestClient direct = HttpTestClient.onPort(monolithPort);
        String signedWithAnotherKey = TestTokens.sign(new RSAKeyGenerator(2048).keyID("other").generate(), "desk", "staff");

        assertProblem(direct.withToken(signedWithAnotherKey).get("/api/orders?customerId=" + UUID.randomUUID()), 401);
        assertThat(direct.withToken(gateway.as("desk", "staff").token().orElseThrow())
                .get("/api/orders?customerId=" + UUID.randomUUID()).status()).isEqualTo(200);
        assertProblem(direct.get("/dev/jwks"), 404);
        assertProblem(direct.post("/dev/tokens", "{\"subject\":\"desk\",\"roles\":[\"staff\"]}"), 404);
    }

    /** The service rows of the authorization table, on a service behind the gateway. */
    @Test
    @Order(4)
    void aFacadeEndpointTakesTheGatewayIssuersServiceTokensOnly() {
        HttpTestClient paymentService = HttpTestClient.onPort(paymentPort);
        String path = "/internal/facades/payment.PaymentLedger/paymentFor";

        assertProblem(paymentService.send("POST", path, "[\"x\"]"), 401);
        assertProblem(paymentService.withToken(gateway.as("desk", "staff").token().orElseThrow())
                .send("POST", path, "[\"x\"]"), 403);
        assertProblem(paymentService.withToken(gateway.as("ada", "customer").token().orElseThrow())
                .send("POST", path, "[\"x\"]"), 403);
        String service = gateway.asService(TestTokens.SERVICE_CLIENT, SERVICES_SECRET).token().orElseThrow();
        Response answered = paymentService.withToken(service).send("POST", path, "[\"x\"]");
        assertThat(answered.status()).isEqualTo(200);
        assertThat(answered.body()).isEqualTo("null"); // no payment for reference x
        assertProblem(gateway.withToken(service).send("POST", path, "[\"x\"]"), 404); // never routed
    }

    private List<Double> served() {
        return List.of(Shop.requestsServed(monolith), Shop.requestsServed(payment), Shop.requestsServed(catalog));
    }

    @Test
    @Order(5)
    void eachProcessHoldsTheBeansOfItsLocalContextsOnlyAsItsConditionReportSays() {
        assertLocalContexts(gatewayProcess, List.of());
        assertLocalContexts(monolith, List.of("customer", "inventory", "ordering", "settlement"));
        assertLocalContexts(payment, List.of("payment"));
        assertLocalContexts(catalog, List.of("catalog"));
    }

    private static void assertLocalContexts(ConfigurableApplicationContext process, List<String> local) {
        var report = ConditionEvaluationReport.get(process.getBeanFactory()).getConditionAndOutcomesBySource();
        for (String context : Topology.CONTEXTS) {
            String configuration = LOCAL_CONTEXTS + "$" + Character.toUpperCase(context.charAt(0)) + context.substring(1);
            var outcomes = report.get(configuration);
            assertThat(outcomes).as(configuration).isNotNull();
            assertThat(outcomes.isFullMatch()).as(configuration).isEqualTo(local.contains(context));
            assertThat(outcomes.iterator().next().getOutcome().getMessage())
                    .contains(context + (local.contains(context) ? " runs here" : " runs elsewhere"));
        }
        for (String name : process.getBeanDefinitionNames()) {
            Class<?> type = process.getType(name);
            // a remote context is there as its facades (an api interface, answered over HTTP), nothing more
            Topology.contextOf(type == null ? null : type.getName())
                    .filter(context -> !type.getPackageName().endsWith(".api"))
                    .ifPresent(context -> assertThat(local).as(name + " of " + type.getName()).contains(context));
        }
    }

    @Test
    @Order(6)
    void oneOrderIsOneTraceFromTheGatewayThroughKafkaToThePaymentServiceAndBack() {
        HttpTestClient desk = gateway.as("desk", "staff");
        Shop shop = new Shop(desk);
        String customer = shop.registerCustomer();
        String sku = shop.stockedProduct("1.50", "EUR", 3);
        String order = shop.placeOrder(customer, Shop.line(sku, 1)).text("/id");
        String trace = SpanCapture.of(gatewayProcess).traceOfRequest("POST", "/api/orders");
        assertThat(shop.awaitFinal(order, Duration.ofSeconds(60)).text("/status")).isEqualTo("CONFIRMED");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(SpanCapture.of(payment).namesInTrace(trace)).as("the payment service, in the order's trace")
                    .contains("ChargePayment to PaymentCommands");
            assertThat(SpanCapture.of(monolith).namesInTrace(trace)).as("the monolith, in the order's trace")
                    .contains("http post /api/orders", "ReserveStock to StockCommands", "StockReserved to InventoryReplies",
                            "PaymentCaptured to PaymentReplies", "CommitStock to StockCommands");
            assertThat(kinds(monolith, trace)).as("the monolith sends the charge and receives its reply over Kafka")
                    .contains(SpanKind.PRODUCER, SpanKind.CONSUMER);
            assertThat(kinds(payment, trace)).contains(SpanKind.PRODUCER, SpanKind.CONSUMER);
        });
        for (var process : Map.of("gateway", gatewayProcess, "monolith", monolith, "payment", payment, "catalog", catalog)
                .entrySet()) {
            System.out.printf("Trace %s in %s: %s%n", trace, process.getKey(),
                    new TreeSet<>(SpanCapture.of(process.getValue()).namesInTrace(trace)));
        }
    }

    private static Set<SpanKind> kinds(ConfigurableApplicationContext process, String trace) {
        return SpanCapture.of(process).inTrace(trace).stream().map(SpanData::getKind).collect(Collectors.toSet());
    }

    @Test
    @Order(7)
    void everyMetricTheDashboardAndTheAlertsReadIsEmittedByTheSplit() {
        Set<String> emitted = new TreeSet<>();
        for (ConfigurableApplicationContext process : processes) {
            emitted.addAll(new PrometheusScrape(process.getBean(PrometheusMeterRegistry.class).scrape()).names());
        }
        List<String> queries = new ArrayList<>(TelemetryQueries.dashboardQueries());
        queries.addAll(TelemetryQueries.alertQueries());
        Set<String> read = new TreeSet<>();
        queries.forEach(query -> read.addAll(TelemetryQueries.metricNames(query)));

        assertThat(read).contains("cleave_orders_placed_total", "cleave_saga_completed_total",
                "cleave_saga_duration_seconds_bucket", "cleave_outbox_incomplete", "cleave_kafka_dead_letters_total");
        assertThat(emitted).as("emitted after a saga by the gateway, the monolith, payment and catalog").containsAll(read);
    }

    /** A process with these contexts, on a new database, trusting the gateway's development issuer. */
    private ConfigurableApplicationContext service(String topology, int port, TestKafka broker) {
        String issuer = "http://127.0.0.1:" + gatewayPort;
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("cleave.topology.local", topology);
        settings.put("spring.datasource.url", TestPostgres.newDatabase("gateway_split_" + topology.replace(',', '_')));
        settings.put("spring.datasource.username", TestPostgres.username());
        settings.put("spring.datasource.password", TestPostgres.password());
        settings.put("spring.kafka.bootstrap-servers", broker.bootstrapServers());
        settings.put("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", issuer + "/dev/jwks");
        settings.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", TestTokens.DEV_ISSUER);
        settings.put("spring.security.oauth2.client.registration.cleave.client-id", TestTokens.SERVICE_CLIENT);
        settings.put("spring.security.oauth2.client.registration.cleave.client-secret", SERVICES_SECRET);
        settings.put("spring.security.oauth2.client.registration.cleave.authorization-grant-type",
                "client_credentials");
        settings.put("spring.security.oauth2.client.provider.cleave.token-uri", issuer + "/dev/oauth2/token");
        settings.put("cleave.ordering.saga.check-interval", "500ms");
        return start(port, settings);
    }

    /** Every context that is not local to the process is where the split puts it. */
    private ConfigurableApplicationContext start(int port, Map<String, String> settings) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=" + port));
        for (String context : Topology.CONTEXTS) {
            int owner = switch (context) {
                case "payment" -> paymentPort;
                case "catalog" -> catalogPort;
                default -> monolithPort;
            };
            arguments.add("--cleave.topology.remote." + context + ".url=http://127.0.0.1:" + owner);
        }
        settings.forEach((name, value) -> arguments.add("--" + name + "=" + value));
        ConfigurableApplicationContext process = new SpringApplicationBuilder(CleaveApplication.class, SpanCapture.class)
                .run(arguments.toArray(String[]::new));
        processes.add(process);
        return process;
    }
}
