package io.cleave.testsupport;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.springframework.boot.SpringApplication;

import io.cleave.platform.EmbeddedPostgresServer;

/**
 * One real PostgreSQL server per test JVM, on a throw-away data directory, shared by every Spring
 * context the JVM starts. It stops after Spring Boot has closed those contexts (Boot's shutdown
 * handlers run after the contexts), so no context loses its database while closing.
 */
public final class TestPostgres {

    private static EmbeddedPostgresServer server;

    private TestPostgres() {
    }

    public static synchronized EmbeddedPostgresServer server() {
        if (server == null) {
            Path directory = TemporaryDirectories.create("cleave-test-postgres");
            server = EmbeddedPostgresServer.start(directory.resolve("postgres"));
            EmbeddedPostgresServer started = server;
            SpringApplication.getShutdownHandlers().add(() -> {
                started.close();
                TemporaryDirectories.delete(directory);
            });
        }
        return server;
    }

    /**
     * A new, empty database on the test server, for a process that must not share the default one
     * (an extracted service has its own database).
     *
     * @return its JDBC URL; user {@code postgres}, no password
     */
    public static String newDatabase(String name) {
        try (Connection connection = DriverManager.getConnection(server().jdbcUrl(), server().username(), server().password());
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name, e);
        }
        return server().jdbcUrl(name);
    }
}
