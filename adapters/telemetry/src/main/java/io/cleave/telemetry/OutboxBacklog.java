package io.cleave.telemetry;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import io.cleave.platform.CachedReading;

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
    private final CachedReading<Reading> reading;
    private boolean failing;

    OutboxBacklog(DataSource database, Clock clock, Duration freshFor) {
        // its own template: a database that hangs answers a scrape with no value after two seconds,
        // instead of holding the scrape (and every other gauge) until the pool gives up
        this.jdbc = new JdbcTemplate(database);
        this.jdbc.setQueryTimeout(2);
        this.clock = clock;
        this.reading = new CachedReading<>(freshFor, this::read);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("cleave.outbox.incomplete", reading, cached -> cached.get().incomplete())
                .description("Outbox publications not yet completed by their listener")
                .strongReference(true) // a gauge holds its object weakly otherwise
                .register(registry);
        Gauge.builder("cleave.outbox.oldest.age", reading, cached -> cached.get().oldestAgeSeconds())
                .description("Age of the oldest incomplete outbox publication (0 when there is none)")
                .baseUnit("seconds")
                .strongReference(true)
                .register(registry);
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
