package io.cleave.testsupport;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Servers a test run started and did not stop: a JVM killed hard (a forked test JVM that exits
 * early, SIGKILL) runs no shutdown hook, and its PostgreSQL or Kafka broker lives on. Each such
 * server runs from a directory under the system temp folder that names its owner JVM
 * ({@link TemporaryDirectories#createOwned}); the next test JVM stops the servers of owners that are
 * gone and removes their directories. Servers of a JVM still running (another build) are left alone.
 */
public final class LeftoverServers {

    private static final Logger log = LoggerFactory.getLogger(LeftoverServers.class);

    /** The prefixes of the server directories test support makes. */
    static final List<String> PREFIXES = List.of(TestPostgres.DIRECTORY_PREFIX, KafkaBrokerProcess.DIRECTORY_PREFIX);

    private LeftoverServers() {
    }

    /** Stops the servers of owner JVMs that are gone, and removes their directories. */
    static synchronized void reap() {
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        try (Stream<Path> entries = Files.list(temp)) {
            entries.filter(LeftoverServers::isServerDirectory)
                    .filter(directory -> owner(directory).map(pid -> ProcessHandle.of(pid).isEmpty()).orElse(false))
                    .forEach(directory -> {
                        int stopped = stopProcessesUnder(directory);
                        TemporaryDirectories.delete(directory);
                        log.warn("Removed {} left by a test JVM that is gone ({} server process(es) stopped)",
                                directory, stopped);
                    });
        } catch (IOException e) {
            log.warn("Could not look for servers left by earlier test runs in {}: {}", temp, e.getMessage());
        }
    }

    /**
     * Stops, at once, every process whose command line names something under {@code directory}
     * (a PostgreSQL postmaster names its data directory, a broker its configuration), and their
     * children. Test data is thrown away, so nothing is owed a clean shutdown.
     *
     * @return how many processes named the directory
     */
    public static int stopProcessesUnder(Path directory) {
        // with the separator, so that /tmp/dir1 does not match /tmp/dir12
        String path = directory.toAbsolutePath() + File.separator;
        List<ProcessHandle> servers = ProcessHandle.allProcesses()
                .filter(process -> process.pid() != ProcessHandle.current().pid())
                .filter(process -> process.info().commandLine().map(line -> line.contains(path)).orElse(false))
                .toList();
        for (ProcessHandle server : servers) {
            server.descendants().forEach(ProcessHandle::destroyForcibly);
            server.destroyForcibly();
        }
        for (ProcessHandle server : servers) {
            try {
                server.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                log.warn("Process {} did not end after SIGKILL", server.pid());
            }
        }
        return servers.size();
    }

    private static boolean isServerDirectory(Path entry) {
        String name = entry.getFileName().toString();
        return Files.isDirectory(entry) && PREFIXES.stream().anyMatch(name::startsWith);
    }

    private static Optional<Long> owner(Path directory) {
        try {
            return Optional.of(Long.parseLong(Files.readString(directory.resolve(TemporaryDirectories.OWNER_FILE)).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty(); // not (yet) marked: being set up, or not ours
        }
    }
}
