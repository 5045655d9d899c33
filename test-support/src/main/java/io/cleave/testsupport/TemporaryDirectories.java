package io.cleave.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Throw-away directories for the test infrastructure (database, broker). A directory for a server
 * records the JVM that owns it ({@value #OWNER_FILE}), so that a later test JVM can tell a server
 * left behind by a JVM that is gone ({@link LeftoverServers}).
 */
final class TemporaryDirectories {

    static final String OWNER_FILE = "owner.pid";

    private TemporaryDirectories() {
    }

    static Path create(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A directory for a server this JVM starts, marked as this JVM's. */
    static Path createOwned(String prefix) {
        Path directory = create(prefix);
        try {
            Files.writeString(directory.resolve(OWNER_FILE), String.valueOf(ProcessHandle.current().pid()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return directory;
    }

    /** A directory removed, with what is in it, when the JVM ends. */
    static Path createDeletedOnExit(String prefix) {
        Path directory = create(prefix);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(directory), "delete " + directory));
        return directory;
    }

    /** Removes the directory and everything in it; one already gone is fine. */
    static void delete(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (NoSuchFileException alreadyGone) {
            // removed meanwhile
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
