package io.cleave.kafka;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.transaction.support.TransactionTemplate;

import io.cleave.platform.MessageRoutes.Route;
import tools.jackson.databind.json.JsonMapper;

/**
 * Takes in the messages that other processes send to this one's contexts: one consumer for the
 * topics of the incoming routes, in a group named after the local contexts. Each record is read,
 * its {@code messageId} recorded in the {@link Inbox} and the message published into the local flow
 * in one transaction, so the local listeners' publications are stored with it (the outbox takes
 * over from there) and a redelivered record changes nothing. The offset is committed after that
 * transaction; a crash in between means one redelivery, which the inbox absorbs.
 */
class IncomingMessages implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IncomingMessages.class);

    private final Map<String, Route> routesByTopic;
    private final Inbox inbox;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final ConcurrentMessageListenerContainer<String, byte[]> container;

    IncomingMessages(List<Route> routes, String groupId, ConsumerFactory<String, byte[]> consumers,
            CommonErrorHandler errors, Inbox inbox, ApplicationEventPublisher events, TransactionTemplate transactions,
            JsonMapper json) {
        this.routesByTopic = routes.stream().collect(Collectors.toMap(Route::topic, Function.identity()));
        this.inbox = inbox;
        this.events = events;
        this.transactions = transactions;
        this.json = json;
        this.container = routes.isEmpty() ? null : container(groupId, consumers, errors);
    }

    private ConcurrentMessageListenerContainer<String, byte[]> container(String groupId,
            ConsumerFactory<String, byte[]> consumers, CommonErrorHandler errors) {
        var properties = new ContainerProperties(routesByTopic.keySet().stream().sorted().toArray(String[]::new));
        properties.setGroupId(groupId);
        properties.setMessageListener((MessageListener<String, byte[]>) this::receive);
        var consumerProperties = new Properties();
        // A new group starts at the beginning: messages sent before this service first ran are not skipped.
        consumerProperties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.setKafkaConsumerProperties(consumerProperties);
        var listener = new ConcurrentMessageListenerContainer<>(consumers, properties);
        listener.setCommonErrorHandler(errors);
        listener.setBeanName("cleaveIncomingMessages");
        return listener;
    }

    void receive(ConsumerRecord<String, byte[]> record) {
        Route route = routesByTopic.get(record.topic());
        Object message = WireMessages.read(json, route, typeHeader(record), record.value());
        UUID messageId = WireMessages.messageId(message);
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

    @Override
    public void start() {
        if (container != null) {
            log.info("Taking in {} from Kafka as group {}", routesByTopic.keySet(), container.getGroupId());
            container.start();
        }
    }

    @Override
    public void stop() {
        if (container != null) {
            container.stop();
        }
    }

    @Override
    public boolean isRunning() {
        return container != null && container.isRunning();
    }
}
