package io.cleave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cleave.platform.EmbeddedPostgresServer;
import io.cleave.testsupport.FreePorts;
import io.cleave.testsupport.HttpTestClient;
import io.cleave.testsupport.LeftoverServers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The packaged jar as a user runs it: {@code java -jar application/target/cleave.jar}, as a separate
 * process, with no configuration but a data directory, or with {@code SPRING_DATASOURCE_URL}.
 */
class CleaveJarIT {

    private static final Path JAR = Path.of(System.getProperty("cleave.jar", "target/cleave.jar"));
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

    @TempDir Path work;
    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopLeftovers() throws InterruptedException {
        for (Process process : started) {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        // the embedded PostgreSQL of a jar killed with SIGKILL, should the test have failed before a restart stopped it
        LeftoverServers.stopProcessesUnder(work);
    }

    @Test
    void survivesSigkillAndRestartsOnTheSameDataWithEverythingIntact() throws Exception {
        Path dataDir = work.resolve("data");
        Map<String, String> env = Map.of("CLEAVE_DATA_DIR", dataDir.toString());
        int port = FreePorts.next();
        Process first = start(port, env, "first.log");
        HttpTestClient http = awaitReady(port, first);
        String sku = "KILL-" + UUID.randomUUID().toString().substring(0, 8);
        var created = http.post("/api/catalog/products",
                "{\"sku\":\"%s\",\"name\":\"Survivor\",\"price\":{\"amount\":\"3.00\",\"currency\":\"EUR\"}}".formatted(sku));
        assertThat(created.status()).isEqualTo(201);
        assertThat(log("first.log")).contains("data in " + dataDir.resolve("postgres").toAbsolutePath());

        first.destroyForcibly(); // SIGKILL: no shutdown hook, the embedded server is orphaned
        assertThat(first.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(dataDir.resolve("postgres/postmaster.pid")).as("the killed run left its server behind").exists();

        int secondPort = FreePorts.next();
        Process second = start(secondPort, env, "second.log");
        HttpTestClient again = awaitReady(secondPort, second);
        var read = again.get("/api/catalog/products/" + created.text("/id"));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.text("/sku")).isEqualTo(sku);
        assertThat(HttpTestClient.onPort(secondPort).withToken(http.token().orElseThrow()).get("/api/inventory/" + sku).status())
                .as("a token of the first run, after kill -9 and restart: the issuer's key was kept").isEqualTo(200);
        assertThat(dataDir.resolve("keys/dev-issuer.jwk.json")).exists();
        assertThat(log("second.log")).contains("left running on");

        long stopping = System.nanoTime();
        second.destroy(); // SIGTERM: a clean shutdown
        assertThat(second.waitFor(10, TimeUnit.SECONDS)).isTrue();
        Duration shutdown = Duration.ofNanos(System.nanoTime() - stopping);
        assertThat(shutdown).as("clean shutdown time").isLessThan(Duration.ofSeconds(3));
        assertThat(dataDir.resolve("postgres/postmaster.pid")).as("the server stopped with the app").doesNotExist();
        assertThat(dataDir.resolve("postgres/PG_VERSION")).as("the data is never cleaned").exists();
    }

    @Test
    void withSpringDatasourceUrlUsesThatDatabaseAndStartsNoEmbeddedServer() throws Exception {
        Path dataDir = work.resolve("data");
        try (var external = EmbeddedPostgresServer.start(work.resolve("external"))) {
            Map<String, String> env = Map.of(
                    "CLEAVE_DATA_DIR", dataDir.toString(),
                    "SPRING_DATASOURCE_URL", external.jdbcUrl(),
                    "SPRING_DATASOURCE_USERNAME", external.username(),
                    "SPRING_DATASOURCE_PASSWORD", external.password());
            Process refused = start(FreePorts.next(), env, "no-provider.log");
            assertThat(refused.waitFor(READY_TIMEOUT.toSeconds(), TimeUnit.SECONDS)).as("start refused").isTrue();
            assertThat(refused.exitValue()).isNotZero();
            assertThat(log("no-provider.log")).as("an external database and no identity provider")
                    .contains("No identity provider is configured");

            int port = FreePorts.next();
            Map<String, String> withDevIssuer = new HashMap<>(env);
            withDevIssuer.put("CLEAVE_SECURITY_DEV_ISSUER_ENABLED", "true");
            Process app = start(port, withDevIssuer, "external.log");
            HttpTestClient http = awaitReady(port, app);
            String sku = "EXT-" + UUID.randomUUID().toString().substring(0, 8);
            assertThat(http.post("/api/catalog/products",
                    "{\"sku\":\"%s\",\"name\":\"Elsewhere\",\"price\":{\"amount\":\"1.00\",\"currency\":\"EUR\"}}"
                            .formatted(sku)).status()).isEqualTo(201);

            assertThat(log("external.log")).contains("PostgreSQL at " + external.jdbcUrl());
            assertThat(dataDir.resolve("postgres")).as("no embedded server was started").doesNotExist();
            try (var connection = DriverManager.getConnection(external.jdbcUrl(), external.username(), external.password());
                    var result = connection.createStatement()
                            .executeQuery("select count(*) from catalog.product where sku = '" + sku + "'")) {
                result.next();
                assertThat(result.getInt(1)).isEqualTo(1);
            }
            app.destroy();
            assertThat(app.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    /**
     * One setting turns on Boot's structured JSON logs; every line carries the trace of what caused
     * it. The order is placed in a trace the test starts (its {@code traceparent} header), and the
     * saga's decision, logged on another thread after several outbox deliveries, is a JSON line of
     * that trace.
     */
    @Test
    void withStructuredLogsEveryLineIsJsonAndCarriesTheTraceOfTheRequestThatCausedIt() throws Exception {
        try (var external = EmbeddedPostgresServer.start(work.resolve("external"))) {
            int port = FreePorts.next();
            Process app = start(port, Map.of(
                    "SPRING_DATASOURCE_URL", external.jdbcUrl(),
                    "SPRING_DATASOURCE_USERNAME", external.username(),
                    "SPRING_DATASOURCE_PASSWORD", external.password(),
                    "CLEAVE_SECURITY_DEV_ISSUER_ENABLED", "true",
                    "LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs"), "structured.log");
            Shop shop = new Shop(awaitReady(port, app));
            String customer = shop.registerCustomer();
            String sku = shop.stockedProduct("2.00", "EUR", 2);
            String traceId = UUID.randomUUID().toString().replace("-", ""); // 32 hex digits, as W3C has it
            String order = shop.placeOrder(customer, Map.of("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01"),
                    Shop.line(sku, 1)).text("/id");
            assertThat(shop.awaitFinal(order, Duration.ofSeconds(30)).text("/status")).isEqualTo("CONFIRMED");

            JsonMapper json = JsonMapper.builder().build();
            JsonNode decision = await().atMost(Duration.ofSeconds(10)).until(() -> log("structured.log").lines()
                    .filter(line -> line.contains("Order " + order + " confirmed")).findFirst().map(json::readTree),
                    Optional::isPresent).orElseThrow();
            // Elastic Common Schema as Boot writes it, nested, with Micrometer Tracing's MDC entries
            assertThat(decision.at("/log/level").asString()).as(decision.toString()).isEqualTo("INFO");
            assertThat(decision.at("/traceId").asString()).as(decision.toString()).isEqualTo(traceId);
            assertThat(decision.at("/spanId").asString()).as(decision.toString()).hasSize(16);
            assertThat(log("structured.log").lines().filter(line -> line.startsWith("{")).count())
                    .as("JSON lines").isGreaterThan(20);
            app.destroy();
            assertThat(app.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    private Process start(int port, Map<String, String> env, String logName) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-jar", JAR.toAbsolutePath().toString(), "--server.port=" + port)
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve(logName).toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("CLEAVE_"));
        builder.environment().putAll(env);
        Process process = builder.start();
        started.add(process);
        return process;
    }

    private HttpTestClient awaitReady(int port, Process process) throws Exception {
        HttpTestClient http = HttpTestClient.onPort(port);
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("the application exited while starting").isTrue();
            try {
                var health = http.get("/actuator/health");
                if (health.status() == 200 && "UP".equals(health.text("/status"))) {
                    assertThat(health.json().has("components")).as("health details are for staff").isFalse();
                    HttpTestClient staff = http.as("desk", "staff");
                    assertThat(staff.get("/actuator/health").text("/components/db/status")).isEqualTo("UP");
                    return staff;
                }
            } catch (RuntimeException notListeningYet) {
                // not accepting connections yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Cleave was not ready within " + READY_TIMEOUT);
    }

    private String log(String name) throws IOException {
        return Files.readString(work.resolve(name));
    }
}
