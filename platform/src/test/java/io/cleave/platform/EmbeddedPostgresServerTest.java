package io.cleave.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerTest {

    @TempDir Path dataDir;

    @Test
    void keepsItsDataAcrossRestarts() throws Exception {
        Path directory = dataDir.resolve("postgres");
        try (var server = EmbeddedPostgresServer.start(directory)) {
            execute(server, "create table kept (value text); insert into kept values ('still here')");
        }
        assertThat(directory.resolve("PG_VERSION")).exists();
        assertThat(directory.resolve("postmaster.pid")).doesNotExist();

        try (var server = EmbeddedPostgresServer.start(directory);
                var connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
                var result = connection.createStatement().executeQuery("select value from kept")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getString(1)).isEqualTo("still here");
        }
    }

    @Test
    void acknowledgesACommitOnlyOnceItIsDurable() throws Exception {
        try (var server = EmbeddedPostgresServer.start(dataDir.resolve("postgres"));
                var connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password())) {
            for (String setting : new String[] { "synchronous_commit", "fsync", "full_page_writes" }) {
                try (var result = connection.createStatement().executeQuery("show " + setting)) {
                    assertThat(result.next()).isTrue();
                    assertThat(result.getString(1)).as(setting).isEqualTo("on");
                }
            }
        }
    }

    @Test
    void aThrowAwayServerSkipsFsync() throws Exception {
        try (var server = EmbeddedPostgresServer.startThrowAway(dataDir.resolve("scratch"));
                var connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
                var result = connection.createStatement().executeQuery("show fsync")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getString(1)).isEqualTo("off");
        }
    }

    @Test
    void refusesADataDirectoryInUseByAnotherLiveServer() {
        Path directory = dataDir.resolve("postgres");
        try (var server = EmbeddedPostgresServer.start(directory)) {
            assertThatThrownBy(() -> EmbeddedPostgresServer.start(directory))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("in use by another running Cleave process");
        }
    }

    @Test
    void startsDespiteAPostmasterPidNamingAnotherLiveProgram() throws Exception {
        Path directory = dataDir.resolve("postgres");
        EmbeddedPostgresServer.start(directory).close();
        // This JVM is alive and is not PostgreSQL: as after a pid was reused by another program.
        Files.writeString(directory.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n" + directory + "\n");

        try (var server = EmbeddedPostgresServer.start(directory)) {
            execute(server, "select 1");
        }
    }

    @Test
    void onAPlatformWithoutBinariesInTheJarSaysToUseARealPostgresql() throws Exception {
        try (var binaries = EmbeddedPostgresBinaries.INSTANCE.getPgBinary("Linux", "x86_64")) {
            assertThat(binaries).as("the platform the jar ships").isNotNull();
        }
        assertThatThrownBy(() -> EmbeddedPostgresBinaries.INSTANCE.getPgBinary("Linux", "ppc64le"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no server binaries for Linux on ppc64le")
                .hasMessageContaining("SPRING_DATASOURCE_URL");
    }

    private static void execute(EmbeddedPostgresServer server, String sql) throws Exception {
        try (var connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password())) {
            connection.createStatement().execute(sql);
        }
    }
}
