package io.cleave;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import io.cleave.platform.Topology;

/**
 * The per-context migration strategy: shared tables from {@code db/migration/__root} with the
 * default history, each context in its own schema with its own history table.
 */
@SpringBootTest(classes = CleaveApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DatabaseLayoutTests {

    @Autowired JdbcTemplate jdbc;

    @Test
    void eachContextHasItsOwnSchemaAndMigrationHistory() {
        List<String> expected = new ArrayList<>(List.of("public.flyway_schema_history"));
        Topology.CONTEXTS.forEach(context -> expected.add(context + ".flyway_schema_history_" + context));

        assertThat(historyTables()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(successfulScripts("catalog.flyway_schema_history_catalog")).contains("V1__products.sql");
        assertThat(successfulScripts("ordering.flyway_schema_history_ordering")).contains("V1__orders.sql", "V2__saga.sql");
        assertThat(successfulScripts("public.flyway_schema_history")).contains("V1__event_publication.sql",
                "V2__event_publication_trace.sql");
    }

    @Test
    void theOutboxTablesLiveInThePublicSchema() {
        assertThat(jdbc.queryForList("""
                select table_name from information_schema.tables
                 where table_schema = 'public' and table_name like 'event_publication%'""", String.class))
                .containsExactlyInAnyOrder("event_publication", "event_publication_archive", "event_publication_trace");
    }

    private List<String> historyTables() {
        return jdbc.queryForList("""
                select table_schema || '.' || table_name from information_schema.tables
                 where table_name like 'flyway_schema_history%'""", String.class);
    }

    private List<String> successfulScripts(String historyTable) {
        return jdbc.queryForList("select script from " + historyTable + " where success and script like 'V%'", String.class);
    }
}
