package io.cleave.telemetry;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * How far behind the outbox is: {@code cleave.outbox.incomplete} (publications not yet completed)
 * and {@code cleave.outbox.oldest.age} (seconds since the oldest of them was published). Both come
 * from one query over the live registry table, which holds only incomplete publications (completed
 * ones are archived), read at most once per {@code freshFor} however many scrapes or gauges ask.
 */
class OutboxBacklog implements MeterBinder {

    private static final Logger log = LoggerFactory.getLogger(OutboxBacklog.class);

    /** What the gauges show; not a number while the database does not answer. */
    record Reading(double incomplete, double oldestAgeSeconds) {
        static final Reading UNKNOWN = new Reading(Double.NaN, Double.NaN);
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final long freshForNanos;
    private Reading last = Reading.UNKNOWN;
    private long readAt;
    private boolean failing;

    OutboxBacklog(JdbcTemplate jdbc, Clock clock, Duration freshFor) {
        // its own template: a database that hangs answers a scrape with no value after two seconds,
        // instead of holding the scrape (and every other gauge) until the pool gives up
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setQueryTimeout(2);
        this.clock = clock;
        this.freshForNanos = freshFor.toNanos();
        this.readAt = System.nanoTime() - freshForNanos;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("cleave.outbox.incomplete", this, backlog -> backlog.current().incomplete())
                .description("Outbox publications not yet completed by their listener")
                .strongReference(true)
                .register(registry);
        Gauge.builder("cleave.outbox.oldest.age", this, backlog -> backlog.current().oldestAgeSeconds())
                .description("Age of the oldest incomplete outbox publication (0 when there is none)")
                .baseUnit("seconds")
                .strongReference(true) // a gauge holds its object weakly otherwise
                .register(registry);
    }

    synchronized Reading current() {
        if (System.nanoTime() - readAt >= freshForNanos) {
            last = read();
            readAt = System.nanoTime();
        }
        return last;
    }

    private Reading read() {
        try {
            Reading reading = jdbc.queryForObject(
                    "select count(*), min(publication_date) from event_publication where completion_date is null",
                    (row, n) -> {
                        Timestamp oldest = row.getTimestamp(2);
                        return new Reading(row.getLong(1), oldest == null ? 0 : ageInSeconds(oldest.toInstant()));
                    });
            if (failing) {
                failing = false;
                log.info("The outbox backlog can be read again");
            }
            return reading;
        } catch (DataAccessException e) {
            if (!failing) { // once per outage, not once per scrape
                failing = true;
                log.warn("The outbox backlog cannot be read, its gauges show no value: {}", e.getMessage());
            }
            return Reading.UNKNOWN;
        }
    }

    private double ageInSeconds(Instant publishedAt) {
        return Math.max(0, Duration.between(publishedAt, clock.instant()).toMillis() / 1000.0);
    }
}
