package io.cleave.telemetry;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The W3C {@code traceparent} of each message published into the outbox, in table
 * {@code event_publication_trace}, keyed by the message's id: every publication of one message (one
 * per listener) continues the same trace. Recorded in the publishing transaction, so it is stored
 * exactly when the publications are, and read when a listener is handed the message, in the same
 * process or after a restart. Kept as long as completed publications are.
 */
class OutboxTraceContexts {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration keep;

    OutboxTraceContexts(JdbcTemplate jdbc, Clock clock, Duration keep) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.keep = keep;
    }

    /** Joins the caller's transaction. A message taken in twice keeps its first trace. */
    void record(UUID messageId, String traceparent) {
        jdbc.update("""
                insert into event_publication_trace (message_id, traceparent, recorded_at) values (?, ?, ?)
                on conflict (message_id) do nothing""", messageId, traceparent, Timestamp.from(clock.instant()));
    }

    Optional<String> traceparentOf(UUID messageId) {
        List<String> found = jdbc.queryForList("select traceparent from event_publication_trace where message_id = ?",
                String.class, messageId);
        return found.stream().findFirst();
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1H")
    void forgetOld() {
        jdbc.update("delete from event_publication_trace where recorded_at < ?", Timestamp.from(clock.instant().minus(keep)));
    }
}
