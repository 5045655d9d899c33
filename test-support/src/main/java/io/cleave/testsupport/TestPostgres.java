package io.cleave.testsupport;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Function;

import org.testcontainers.postgresql.PostgreSQLContainer;

import io.cleave.platform.EmbeddedPostgresServer;

/**
 * One real PostgreSQL server per test JVM, shared by every Spring context the JVM starts: the
 * embedded server on a throw-away data directory (without fsync: test data need not survive a
 * power cut), or a Testcontainers container where a Docker
 * engine answers ({@link TestInfrastructure}). It stops when the JVM ends, after Spring Boot has
 * closed those contexts ({@link AfterSpringShutdown}), so no context loses its database while closing.
 * A server left running by a test JVM killed hard is stopped by the next one ({@link LeftoverServers}).
 */
public final class TestPostgres {

    static final String DIRECTORY_PREFIX = "cleave-test-postgres";

    private static Server server;
    private static Path directory;

    private TestPostgres() {
    }

    /** The JDBC URL of a database on the test server. */
    public static String jdbcUrl(String database) {
        return server().jdbcUrl(database);
    }

    public static String username() {
        return server().username();
    }

    public static String password() {
        return server().password();
    }

    /**
     * A new, empty database on the test server, for a process that must not share the default one
     * (an extracted service has its own database).
     *
     * @return its JDBC URL; the credentials are {@link #username()} and {@link #password()}
     */
    public static String newDatabase(String name) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), username(), password());
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name, e);
        }
        return jdbcUrl(name);
    }

    /** The embedded server's directory (its data under {@code postgres/}), for tests of the test support. */
    static synchronized Path directory() {
        server();
        return directory;
    }

    private static synchronized Server server() {
        if (server == null) {
            server = TestInfrastructure.current() == TestInfrastructure.CONTAINERS ? container() : embedded();
        }
        return server;
    }

    private static Server embedded() {
        LeftoverServers.reap();
        directory = TemporaryDirectories.createOwned(DIRECTORY_PREFIX);
        EmbeddedPostgresServer embedded = EmbeddedPostgresServer.startThrowAway(directory.resolve("postgres"));
        AfterSpringShutdown.register("test PostgreSQL", () -> {
            embedded.close();
            TemporaryDirectories.delete(directory);
        });
        return new Server(embedded::jdbcUrl, embedded.username(), embedded.password());
    }

    private static Server container() {
        var container = new PostgreSQLContainer("postgres:17").withUsername("postgres").withPassword("postgres");
        container.start();
        AfterSpringShutdown.register("test PostgreSQL container", container::stop);
        String base = "jdbc:postgresql://" + container.getHost() + ":" + container.getMappedPort(5432) + "/";
        return new Server(database -> base + database, container.getUsername(), container.getPassword());
    }

    private record Server(Function<String, String> urls, String username, String password) {

        String jdbcUrl(String database) {
            return urls.apply(database);
        }
    }
}
