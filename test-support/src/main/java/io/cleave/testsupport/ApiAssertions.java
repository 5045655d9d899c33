package io.cleave.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import io.cleave.testsupport.HttpTestClient.Response;

/** What every API test checks about a rejected request: how it was answered, and that it wrote nothing. */
public final class ApiAssertions {

    private ApiAssertions() {
    }

    /** An RFC 9457 problem with this status, and nothing of the server's insides. */
    public static void assertProblem(Response response, int status) {
        assertThat(response.status()).as("status of %s", response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().at("/status").asInt()).isEqualTo(status);
        assertThat(response.json().at("/title").asString()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception", "\tat ");
    }

    /** The fields named in a validation problem's {@code errors}. */
    public static List<String> errorFields(Response response) {
        return response.json().at("/errors").findValuesAsString("field");
    }

    /**
     * Runs a request that must be rejected and checks that the given tables, and the outbox, hold
     * as many rows afterwards as before. The outbox counts as one: a publication completed meanwhile
     * moves from the live table to the archive, which writes nothing new.
     */
    public static void assertNothingWritten(JdbcTemplate jdbc, List<String> tables, Runnable rejectedRequest) {
        List<Long> before = counts(jdbc, tables);
        rejectedRequest.run();
        assertThat(counts(jdbc, tables)).as("rows in %s and the outbox", tables).isEqualTo(before);
    }

    private static List<Long> counts(JdbcTemplate jdbc, List<String> tables) {
        List<Long> counts = new java.util.ArrayList<>(tables.stream().map(table -> count(jdbc, table)).toList());
        counts.add(jdbc.queryForObject("select (select count(*) from public.event_publication)"
                + " + (select count(*) from public.event_publication_archive)", Long.class));
        return counts;
    }

    private static long count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
