package io.cleave.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server (zonky's binaries) whose data lives in a directory that survives the
 * process: it is never cleaned on close.
 * <p>
 * A previous process killed with SIGKILL leaves its server running (or at least its
 * {@code postmaster.pid}). Before starting, the orphan is asked to shut down, so the new server
 * starts on the same data and PostgreSQL's own crash recovery does the rest. A lock file guards
 * against two live processes sharing one data directory: the orphan is only touched once the lock
 * is ours.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Duration ORPHAN_SHUTDOWN_WAIT = Duration.ofSeconds(20);

    private final Path dataDirectory;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final EmbeddedPostgres postgres;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedPostgresServer(Path dataDirectory, FileChannel lockChannel, FileLock lock, EmbeddedPostgres postgres) {
        this.dataDirectory = dataDirectory;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.postgres = postgres;
    }

    /** Starts a server on {@code dataDirectory}, creating the cluster on first use. */
    public static EmbeddedPostgresServer start(Path dataDirectory) {
        return start(dataDirectory, true);
    }

    /**
     * A server for throw-away data (tests): without fsync and with asynchronous commits, as zonky
     * starts it, which makes commits cheap and loses nothing unless the machine itself stops.
     */
    public static EmbeddedPostgresServer startThrowAway(Path dataDirectory) {
        return start(dataDirectory, false);
    }

    private static EmbeddedPostgresServer start(Path dataDirectory, boolean durable) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        FileChannel channel = null;
        try {
            Files.createDirectories(directory.getParent());
            channel = FileChannel.open(directory.resolveSibling(directory.getFileName() + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                throw new IllegalStateException(
                        "The data directory %s is in use by another running Cleave process".formatted(directory));
            }
            stopOrphanedServer(directory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPgBinaryResolver(EmbeddedPostgresBinaries.INSTANCE)
                    .setPGStartupWait(Duration.ofSeconds(60));
            if (durable) {
                // zonky starts the server without fsync (-F) and with synchronous_commit off, which
                // suits throw-away test data. Cleave's data is real: a commit is acknowledged only once
                // it is on disk, so nothing accepted is lost when the server or the machine stops
                // abruptly. (A later -c overrides -F.)
                builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
            }
            EmbeddedPostgres postgres = builder.start();
            return new EmbeddedPostgresServer(directory, channel, lock, postgres);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("Could not start embedded PostgreSQL in " + directory, e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    /** The lock, or null if another process (or another server in this JVM) holds it. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    public String jdbcUrl() {
        return jdbcUrl("postgres");
    }

    public String jdbcUrl(String database) {
        return postgres.getJdbcUrl("postgres", database);
    }

    public String username() {
        return "postgres";
    }

    public String password() {
        return "";
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Stops the server (fast shutdown); the data stays. Closing again does nothing. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop embedded PostgreSQL in " + dataDirectory, e);
        } finally {
            try {
                lock.release();
            } catch (IOException e) {
                log.debug("Releasing the data directory lock failed", e);
            }
            closeQuietly(lockChannel);
        }
    }

    /**
     * Shuts down a server that a killed process left running on this data directory. A
     * {@code postmaster.pid} whose process is gone is left for PostgreSQL, which removes it itself;
     * one whose pid now belongs to another program is removed so that PostgreSQL does not refuse to start.
     */
    private static void stopOrphanedServer(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        Optional<Long> pid = readPid(pidFile);
        if (pid.isEmpty()) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid.get()).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            log.info("Found a stale postmaster.pid (pid {} is gone); PostgreSQL will recover", pid.get());
            return;
        }
        if (!isPostgres(process.get())) {
            log.warn("postmaster.pid names pid {}, which is not PostgreSQL; removing the stale file", pid.get());
            Files.deleteIfExists(pidFile);
            return;
        }
        log.warn("Stopping PostgreSQL (pid {}) left running on {} by a previous process", pid.get(), directory);
        ProcessHandle postmaster = process.get();
        postmaster.destroy(); // SIGTERM: PostgreSQL's smart shutdown; the dead process's clients are gone
        if (!waitForExit(postmaster)) {
            log.warn("PostgreSQL (pid {}) did not stop in {}; killing it", pid.get(), ORPHAN_SHUTDOWN_WAIT);
            postmaster.destroyForcibly();
            waitForExit(postmaster);
        }
    }

    private static boolean waitForExit(ProcessHandle process) {
        try {
            process.onExit().get(ORPHAN_SHUTDOWN_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            return !process.isAlive();
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(command -> command.endsWith("postgres")).orElse(true);
    }

    private static Optional<Long> readPid(Path pidFile) throws IOException {
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try (var lines = Files.lines(pidFile)) {
            return lines.findFirst().map(String::trim).filter(line -> line.matches("\\d+")).map(Long::valueOf);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            log.debug("Closing the data directory lock failed", e);
        }
    }
}
