package io.cleave.platform;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.springframework.beans.factory.DisposableBean;

/**
 * An embedded PostgreSQL being started on a thread of its own, so that the server's start overlaps
 * with Spring preparing the application context (most of a start-up) instead of following it.
 * Whoever ends up owning the server closes it; closing here too makes sure a server started for a
 * context that failed before using it does not outlive the process.
 */
final class EmbeddedPostgresStartup implements DisposableBean {

    static final String BEAN_NAME = "embeddedPostgresStartup";

    private final CompletableFuture<EmbeddedPostgresServer> server;

    private EmbeddedPostgresStartup(CompletableFuture<EmbeddedPostgresServer> server) {
        this.server = server;
    }

    static EmbeddedPostgresStartup begin(Path dataDirectory) {
        CompletableFuture<EmbeddedPostgresServer> server = new CompletableFuture<>();
        Thread starter = new Thread(() -> {
            try {
                server.complete(EmbeddedPostgresServer.start(dataDirectory));
            } catch (Throwable e) {
                server.completeExceptionally(e);
            }
        }, "embedded-postgres-start");
        starter.setDaemon(true);
        starter.start();
        return new EmbeddedPostgresStartup(server);
    }

    /** The started server, waiting for the start to finish; a failed start is rethrown. */
    EmbeddedPostgresServer server() {
        try {
            return server.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw e;
        }
    }

    @Override
    public void destroy() {
        server.thenAccept(EmbeddedPostgresServer::close).exceptionally(failure -> null).join();
    }
}
