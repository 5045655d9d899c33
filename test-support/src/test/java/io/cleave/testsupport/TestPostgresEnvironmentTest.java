package io.cleave.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.mock.env.MockEnvironment;

/** Each Spring context of a test JVM on a database of its own, made empty, unless it names one. */
class TestPostgresEnvironmentTest {

    final TestPostgresEnvironment postProcessor = new TestPostgresEnvironment();

    @Test
    void twoContextsGetTwoEmptyDatabases() throws Exception {
        String first = databaseOf(new StandardEnvironment());
        String second = databaseOf(new StandardEnvironment());

        assertThat(first).isNotEqualTo(second);
        try (var connection = DriverManager.getConnection(second, TestPostgres.username(), TestPostgres.password());
                var tables = connection.createStatement().executeQuery(
                        "select count(*) from information_schema.tables where table_schema not in ('pg_catalog', 'information_schema')")) {
            assertThat(tables.next()).isTrue();
            assertThat(tables.getInt(1)).isZero();
        }
    }

    @Test
    void aContextNamingItsOwnDatabaseOrKeepingNoneGetsNone() {
        var named = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db.example/shop");
        postProcessor.postProcessEnvironment(named, new SpringApplication());
        assertThat(named.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db.example/shop");

        var pureGateway = new MockEnvironment().withProperty("cleave.topology.local", "none");
        postProcessor.postProcessEnvironment(pureGateway, new SpringApplication());
        assertThat(pureGateway.getProperty("spring.datasource.url")).isNull();
    }

    private String databaseOf(StandardEnvironment environment) {
        postProcessor.postProcessEnvironment(environment, new SpringApplication());
        return environment.getProperty("spring.datasource.url");
    }
}
