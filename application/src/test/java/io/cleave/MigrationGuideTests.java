package io.cleave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * migration-guide.md, step by step, with its commands: a monolith with orders, drained; the
 * payment schema moved with {@code scripts/move-schema.sh}; the payment service and the monolith
 * without payment started on their databases; the earlier payments served by the service and new
 * orders confirmed; then the rollback: both drained (registries and Kafka lag), the schema moved
 * back and the monolith run whole again.
 * <p>
 * The move needs {@code pg_dump}/{@code pg_restore} of at least the server's version, which the
 * embedded PostgreSQL does not ship; so this runs against an external PostgreSQL on
 * 127.0.0.1:5432 (user postgres, no password) when there is one with matching client tools, and is
 * skipped otherwise.
 */
@EnabledIf("externalPostgresWithClientTools")
class MigrationGuideTests {

    private static final String SERVER = "127.0.0.1:5432";
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Duration FLOW = Duration.ofSeconds(90);

    SplitDeployment deployment;

    @AfterEach
    void stop() {
        if (deployment != null) {
            deployment.close();
        }
    }

    @Test
    void paymentMovesOutAndBackWithTheGuidesCommands() throws Exception {
        String monolithDb = newDatabase("cleave_guide_monolith");
        String paymentDb = newDatabase("cleave_guide_payment");
        deployment = SplitDeployment.on("payment", jdbc(monolithDb), jdbc(paymentDb), "postgres", "");

        // Before: the monolith, every context in one process and one database.
        deployment.startMonolith("cleave.topology.local=all");
        Shop shop = new Shop(deployment.monolithHttp());
        String customer = shop.registerCustomer();
        String sku = shop.stockedProduct("5.00", "EUR", 50);
        String before = confirmedOrder(shop, customer, sku);

        // Step 1, drain: the script refuses while payment's listeners have work in the registry.
        JdbcTemplate monolith = deployment.monolithDatabase();
        monolith.update("""
                insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status)
                values (gen_random_uuid(), 'io.cleave.payment.adapter.in.messaging.PaymentCommands.charge(x)',
                        'io.cleave.payment.api.ChargePayment', '{}', now(), 'PUBLISHED')""");
        deployment.stopMonolith();
        Result refused = script("move-schema.sh", "payment", libpq(monolithDb), libpq(paymentDb));
        assertThat(refused.exit()).as(refused.output()).isEqualTo(2);
        assertThat(refused.output()).contains("Not drained: 1 incomplete publication(s) for payment");
        monolith.update("delete from event_publication where listener_id like 'io.cleave.payment.%(x)'");

        // Step 2, move the schema.
        Result moved = script("move-schema.sh", "payment", libpq(monolithDb), libpq(paymentDb));
        assertThat(moved.exit()).as(moved.output()).isZero();
        assertThat(schemas(monolith)).doesNotContain("payment").anyMatch(name -> name.startsWith("payment_moved_"));

        // Step 3, start the payment service, then the monolith without payment.
        deployment.startService();
        deployment.startMonolith();
        assertThat(Shop.paymentStatuses(deployment.serviceHttp(), before)).containsExactly("CAPTURED");
        String after = confirmedOrder(shop(), customer, sku);
        assertThat(Shop.paymentStatuses(deployment.serviceHttp(), after)).containsExactly("CAPTURED");

        // Rollback: no new orders; both registries and both consumer groups drained; then stop both.
        awaitDrained(deployment.monolithDatabase());
        awaitDrained(deployment.serviceDatabase());
        for (String group : List.of("cleave-payment", "cleave-catalog-customer-inventory-ordering-settlement")) {
            Result lag = script("kafka-lag.sh", deployment.broker().bootstrapServers(), group);
            assertThat(lag.exit()).as(lag.output()).isZero();
            assertThat(lag.output()).contains("total lag of " + group + ": 0");
        }
        deployment.stopMonolith();
        deployment.stopService();
        String stale = schemas(monolith).stream().filter(name -> name.startsWith("payment_moved_")).findFirst().orElseThrow();
        monolith.execute("drop schema " + stale + " cascade");
        Result back = script("move-schema.sh", "payment", libpq(paymentDb), libpq(monolithDb));
        assertThat(back.exit()).as(back.output()).isZero();

        deployment.startMonolith("cleave.topology.local=all");
        assertThat(Shop.paymentStatuses(deployment.monolithHttp(), before)).containsExactly("CAPTURED");
        assertThat(Shop.paymentStatuses(deployment.monolithHttp(), after)).containsExactly("CAPTURED");
        confirmedOrder(shop(), customer, sku);
    }

    private Shop shop() {
        return new Shop(deployment.monolithHttp());
    }

    private static String confirmedOrder(Shop shop, String customer, String sku) {
        String order = shop.placeOrder(customer, Shop.line(sku, 1)).text("/id");
        assertThat(shop.awaitFinal(order, FLOW).text("/status")).isEqualTo("CONFIRMED");
        return order;
    }

    private static void awaitDrained(JdbcTemplate database) {
        await().atMost(FLOW).until(() -> database.queryForObject(
                "select count(*) from event_publication where completion_date is null", Integer.class) == 0);
    }

    private static List<String> schemas(JdbcTemplate database) {
        return database.queryForList("select schema_name from information_schema.schemata", String.class);
    }

    record Result(int exit, String output) {
    }

    private static Result script(String name, String... arguments) throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of(ROOT.resolve("scripts").resolve(name).toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private static String newDatabase(String name) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbc("test"), "postgres", "")) {
            connection.createStatement().execute("drop database if exists " + name + " with (force)");
            connection.createStatement().execute("create database " + name);
        }
        return name;
    }

    private static String jdbc(String database) {
        return "jdbc:postgresql://" + SERVER + "/" + database;
    }

    private static String libpq(String database) {
        return "postgresql://postgres@" + SERVER + "/" + database;
    }

    /** An external PostgreSQL answers and pg_dump is at least its major version. */
    static boolean externalPostgresWithClientTools() {
        try (Connection connection = DriverManager.getConnection(jdbc("test"), "postgres", "")) {
            int server = connection.getMetaData().getDatabaseMajorVersion();
            Process dump = new ProcessBuilder("pg_dump", "--version").redirectErrorStream(true).start();
            String version = new String(dump.getInputStream().readAllBytes()).replaceAll("^\\D*(\\d+).*\\s*$", "$1").trim();
            return dump.waitFor() == 0 && Integer.parseInt(version) >= server;
        } catch (SQLException | IOException | NumberFormatException noServerOrNoTools) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
