package io.cleave.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * No server a test run starts outlives it: a JVM that ends stops its test PostgreSQL even when it
 * ran no Spring application, and a server whose owner JVM was killed is stopped by the next.
 */
class LeftoverServersTest {

    @Test
    void aJvmThatEndsStopsItsTestPostgresAndRemovesItsDirectory() throws Exception {
        assumeTrue(TestInfrastructure.current() == TestInfrastructure.EMBEDDED,
                "skipped: the test database is a container here, which Testcontainers stops");
        Process child = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"), UsesTestPostgresAndExits.class.getName())
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes());
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String url = output.lines().filter(line -> line.startsWith("jdbc:")).findFirst().orElseThrow(
                () -> new AssertionError("the child printed no JDBC URL:\n" + output));
        Path directory = Path.of(output.lines().filter(line -> line.startsWith("dir:")).findFirst().orElseThrow()
                .substring("dir:".length()));

        assertThat(url).as("the child used its database").startsWith("jdbc:postgresql:");
        assertThat(LeftoverServers.stopProcessesUnder(directory)).as("server processes left running").isZero();
        assertThat(directory).doesNotExist();
    }

    @Test
    void theServersOfAKilledJvmAreStoppedByTheNextAndThoseOfALiveOneAreLeftAlone() throws Exception {
        Path orphaned = serverDirectory(deadPid());
        Path running = serverDirectory(ProcessHandle.current().pid());
        Process orphan = fakeServer(orphaned);
        Process alive = fakeServer(running);
        try {
            LeftoverServers.reap();

            assertThat(orphan.waitFor(10, TimeUnit.SECONDS)).as("the orphan was stopped").isTrue();
            assertThat(orphaned).doesNotExist();
            assertThat(alive.isAlive()).as("a live JVM's server is not touched").isTrue();
            assertThat(running).exists();
        } finally {
            alive.destroyForcibly();
            orphan.destroyForcibly();
            TemporaryDirectories.delete(running);
        }
    }

    /** A process whose command line names the directory, as a postmaster names its data directory. */
    private static Process fakeServer(Path directory) throws IOException {
        return new ProcessBuilder("sh", "-c", "sleep 120 # " + directory.resolve("postgres")).start();
    }

    private static Path serverDirectory(long ownerPid) throws IOException {
        Path directory = TemporaryDirectories.create(TestPostgres.DIRECTORY_PREFIX);
        Files.writeString(directory.resolve(TemporaryDirectories.OWNER_FILE), String.valueOf(ownerPid));
        return directory;
    }

    private static long deadPid() throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor(10, TimeUnit.SECONDS);
        return ended.pid();
    }

    /** A test JVM in miniature: uses the test database, runs no Spring application, ends. */
    static final class UsesTestPostgresAndExits {

        public static void main(String[] args) throws Exception {
            String url = TestPostgres.jdbcUrl("postgres");
            try (var connection = DriverManager.getConnection(url, TestPostgres.username(), TestPostgres.password())) {
                connection.createStatement().execute("select 1");
            }
            System.out.println(url);
            System.out.println("dir:" + TestPostgres.directory());
            System.exit(0);
        }
    }
}
