package io.cleave.kafka;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The ids of the messages this process has taken in (table {@code messaging.inbox}). Kafka delivers
 * at least once; recording the id in the transaction that republishes the message makes a second
 * delivery a no-op. Ids are forgotten after {@code cleave.kafka.inbox.keep}, which must outlast the
 * topics' retention.
 */
class Inbox {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration keep;

    Inbox(JdbcTemplate jdbc, Clock clock, Duration keep) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.keep = keep;
    }

    /** Records the message; false when it was recorded before (a redelivery). Joins the caller's transaction. */
    boolean firstDelivery(UUID messageId, String topic) {
        return jdbc.update("""
                insert into messaging.inbox (message_id, topic, received_at) values (?, ?, ?)
                on conflict (message_id) do nothing""",
                messageId, topic, Timestamp.from(clock.instant())) == 1;
    }

    @Scheduled(fixedDelayString = "${cleave.kafka.inbox.cleanup-interval:PT1H}", initialDelayString = "PT1M")
    void forgetOld() {
        jdbc.update("delete from messaging.inbox where received_at < ?", Timestamp.from(clock.instant().minus(keep)));
    }
}
