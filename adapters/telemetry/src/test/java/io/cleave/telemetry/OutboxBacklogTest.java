package io.cleave.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import io.cleave.testsupport.MovableClock;
import io.cleave.testsupport.TestPostgres;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The outbox gauges on a real registry table: what they show, and that however many scrapes ask,
 * the table is read once per freshness period.
 */
class OutboxBacklogTest {

    static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

    final MovableClock clock = new MovableClock(NOW);
    final AtomicInteger reads = new AtomicInteger();
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    JdbcTemplate jdbc;
    /** The same database, counting the connections the gauges take. */
    DataSource counted;

    @BeforeEach
    void aRegistryTable() throws Exception {
        var database = new DriverManagerDataSource(TestPostgres.newDatabase("outbox_backlog"), TestPostgres.username(),
                TestPostgres.password());
        jdbc = new JdbcTemplate(database);
        counted = new DelegatingDataSource(database) {
            @Override
            public Connection getConnection() throws SQLException {
                reads.incrementAndGet();
                return super.getConnection();
            }
        };
        jdbc.execute(new ClassPathResource("db/migration/__root/V1__event_publication.sql")
                .getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void theGaugesShowTheIncompletePublicationsAndTheAgeOfTheOldestReadOncePerPeriod() {
        publish(NOW.minusSeconds(90), null);
        publish(NOW.minusSeconds(30), null);
        publish(NOW.minusSeconds(300), NOW.minusSeconds(200)); // completed
        new OutboxBacklog(counted, clock, Duration.ofHours(1)).bindTo(meters);
        System.gc(); // the registry alone keeps the backlog: a gauge held weakly would show NaN now

        for (int scrape = 0; scrape < 5; scrape++) {
            assertThat(gauge("cleave.outbox.incomplete")).isEqualTo(2.0);
            assertThat(gauge("cleave.outbox.oldest.age")).isEqualTo(90.0);
        }
        assertThat(reads).as("one query for five scrapes of two gauges").hasValue(1);
    }

    @Test
    void afterItsPeriodAReadingIsTakenAgainAndAnEmptyOutboxIsZero() {
        new OutboxBacklog(counted, clock, Duration.ZERO).bindTo(meters);
        assertThat(gauge("cleave.outbox.incomplete")).isZero();
        assertThat(gauge("cleave.outbox.oldest.age")).isZero();

        publish(NOW.minusSeconds(5), null);
        assertThat(gauge("cleave.outbox.incomplete")).isEqualTo(1.0);
        assertThat(reads).hasValue(3);
    }

    @Test
    void aDatabaseThatDoesNotAnswerShowsNoValueInsteadOfFailingTheScrape() {
        var unreachable = new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:1/none", "x", "y");
        new OutboxBacklog(unreachable, clock, Duration.ZERO).bindTo(meters);
        assertThat(gauge("cleave.outbox.incomplete")).isNaN();
        assertThat(gauge("cleave.outbox.oldest.age")).isNaN();
    }

    private void publish(Instant at, Instant completedAt) {
        jdbc.update("""
                insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, completion_date)
                values (?, 'listener', 'Event', '{}', ?, ?)""", UUID.randomUUID(), Timestamp.from(at),
                completedAt == null ? null : Timestamp.from(completedAt));
    }

    private double gauge(String name) {
        return meters.get(name).gauge().value();
    }
}
