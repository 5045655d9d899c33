package io.cleave.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.flywaydb.core.Flyway;
import org.jmolecules.event.annotation.Externalized;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import io.cleave.kafka.WireMessages.UnreadableMessage;
import io.cleave.platform.MessageRoutes.Kind;
import io.cleave.platform.MessageRoutes.Route;
import io.cleave.testsupport.TestPostgres;
import tools.jackson.databind.json.JsonMapper;

/** Taking a record in: inbox and republication in one transaction, on a real database. */
class IncomingMessagesTest {

    @Externalized("cleave.payment.Captured::#{reference()}")
    record Captured(UUID messageId, String reference) {
    }

    static final Route CAPTURED = new Route(Captured.class, "payment", Kind.EVENT, Set.of("payment"), Set.of("ordering"));
    static JdbcTemplate jdbc;
    static TransactionTemplate transactions;

    final JsonMapper json = JsonMapper.builder().build();
    final List<Object> published = new ArrayList<>();
    RuntimeException publishFailure;
    IncomingMessages incoming;

    @BeforeAll
    static void aDatabaseWithTheInbox() {
        var dataSource = new DriverManagerDataSource(TestPostgres.newDatabase("kafka_inbox"), TestPostgres.username(),
                TestPostgres.password());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/messaging").schemas("messaging")
                .createSchemas(true).table("flyway_schema_history_messaging").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    @BeforeEach
    void incomingMessages() {
        jdbc.update("delete from messaging.inbox");
        incoming = new IncomingMessages(List.of(CAPTURED),
                new Inbox(jdbc, Clock.systemUTC(), Duration.ofDays(14)), event -> {
                    if (publishFailure != null) {
                        throw publishFailure;
                    }
                    published.add(event);
                }, transactions, json);
    }

    @Test
    void aRecordIsPublishedOnceHoweverOftenItIsDelivered() {
        var captured = new Captured(UUID.randomUUID(), "order-1");

        incoming.receive(record(captured));
        incoming.receive(record(captured));

        assertThat(published).containsExactly(captured);
        assertThat(jdbc.queryForObject("select count(*) from messaging.inbox where message_id = ?", Integer.class,
                captured.messageId())).isOne();
    }

    @Test
    void whenTheLocalFlowFailsTheInboxForgetsTheRecordSoThatItsRedeliveryIsTakenIn() {
        var captured = new Captured(UUID.randomUUID(), "order-2");
        publishFailure = new IllegalStateException("database away");

        assertThatThrownBy(() -> incoming.receive(record(captured))).isSameAs(publishFailure);
        assertThat(jdbc.queryForObject("select count(*) from messaging.inbox", Integer.class)).isZero();

        publishFailure = null;
        incoming.receive(record(captured));
        assertThat(published).containsExactly(captured);
    }

    @Test
    void anUnreadableRecordChangesNothing() {
        var garbage = new ConsumerRecord<String, byte[]>(CAPTURED.topic(), 0, 0, "k", "{oops".getBytes(StandardCharsets.UTF_8));
        garbage.headers().add(WireMessages.TYPE_HEADER, CAPTURED.typeName().getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> incoming.receive(garbage)).isInstanceOf(UnreadableMessage.class);
        assertThat(published).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from messaging.inbox", Integer.class)).isZero();
    }

    private ConsumerRecord<String, byte[]> record(Captured captured) {
        var record = new ConsumerRecord<>(CAPTURED.topic(), 0, 0, captured.reference(), json.writeValueAsBytes(captured));
        record.headers().add(WireMessages.TYPE_HEADER, CAPTURED.typeName().getBytes(StandardCharsets.UTF_8));
        return record;
    }
}
