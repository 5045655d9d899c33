package io.cleave.kafka;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import io.cleave.platform.MessageIds;
import io.cleave.platform.MessageRoutes.Route;
import io.cleave.platform.Topology;
import tools.jackson.databind.json.JsonMapper;

/**
 * Takes in the messages that other processes send to this one's contexts ({@link IncomingTopics}
 * feeds it the records of the incoming routes' topics). Each record is read,
 * its {@code messageId} recorded in the {@link Inbox} and the message published into the local flow
 * in one transaction, so the local listeners' publications are stored with it (the outbox takes
 * over from there) and a redelivered record changes nothing. The offset is committed after that
 * transaction; a crash in between means one redelivery, which the inbox absorbs.
 */
class IncomingMessages {

    private static final Logger log = LoggerFactory.getLogger(IncomingMessages.class);

    private final Map<String, Route> routesByTopic;
    private final Inbox inbox;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final JsonMapper json;

    IncomingMessages(List<Route> routes, Inbox inbox, ApplicationEventPublisher events, TransactionTemplate transactions,
            JsonMapper json) {
        this.routesByTopic = routes.stream().collect(Collectors.toMap(Route::topic, Function.identity()));
        this.inbox = inbox;
        this.events = events;
        this.transactions = transactions;
        this.json = json;
    }

    /** The topics to take in, sorted. */
    List<String> topics() {
        return routesByTopic.keySet().stream().sorted().toList();
    }

    /** Per topic taken in, the contexts of this process that consume it. */
    Map<String, Set<String>> localConsumersByTopic(Topology topology) {
        return routesByTopic.values().stream().collect(Collectors.toMap(Route::topic,
                route -> route.consumers().stream().filter(topology::isLocal).collect(Collectors.toSet())));
    }

    void receive(ConsumerRecord<String, byte[]> record) {
        Route route = routesByTopic.get(record.topic());
        Object message = WireMessages.read(json, route, typeHeader(record), record.value());
        UUID messageId = MessageIds.of(message).orElseThrow(); // read() refuses a message without one
        transactions.executeWithoutResult(status -> {
            if (inbox.firstDelivery(messageId, record.topic())) {
                events.publishEvent(message);
            } else {
                log.debug("{} {} was taken in before; skipped", route.typeName(), messageId);
            }
        });
    }

    private static String typeHeader(ConsumerRecord<?, ?> record) {
        Header header = record.headers().lastHeader(WireMessages.TYPE_HEADER);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
