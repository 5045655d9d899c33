package io.cleave.testsupport;

import java.nio.file.Path;

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
}
