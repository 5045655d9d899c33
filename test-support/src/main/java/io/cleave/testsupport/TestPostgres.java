package io.cleave.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

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
            Path directory = temporaryDirectory();
            server = EmbeddedPostgresServer.start(directory.resolve("postgres"));
            EmbeddedPostgresServer started = server;
            SpringApplication.getShutdownHandlers().add(() -> {
                started.close();
                delete(directory);
            });
        }
        return server;
    }

    /** Starts a further, independent server; the caller closes it. */
    public static EmbeddedPostgresServer startAnother() {
        return EmbeddedPostgresServer.start(temporaryDirectory().resolve("postgres"));
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("cleave-test-postgres");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
