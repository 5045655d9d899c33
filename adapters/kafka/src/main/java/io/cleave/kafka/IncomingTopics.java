package io.cleave.kafka;

import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.MessageListener;

import io.micrometer.observation.ObservationRegistry;

/**
 * The consumer of the incoming topics, in a group named after the local contexts, handing each
 * record to {@link IncomingMessages}. Offsets are committed after a record was handled; failures go
 * to {@link DeadLetters}' error handler. A process that takes nothing in starts no consumer.
 */
class IncomingTopics implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IncomingTopics.class);

    private final ConcurrentMessageListenerContainer<String, byte[]> container;

    IncomingTopics(IncomingMessages incoming, String groupId, ConsumerFactory<String, byte[]> consumers,
            CommonErrorHandler errors, ObservationRegistry observations, HeldTopics held) {
        this.container = incoming.topics().isEmpty() ? null : container(incoming, groupId, consumers, errors, observations, held);
        if (container != null) {
            held.holdOn(container);
        }
    }

    private static ConcurrentMessageListenerContainer<String, byte[]> container(IncomingMessages incoming, String groupId,
            ConsumerFactory<String, byte[]> consumers, CommonErrorHandler errors, ObservationRegistry observations,
            HeldTopics held) {
        var properties = new ContainerProperties(incoming.topics().toArray(String[]::new));
        properties.setGroupId(groupId);
        properties.setConsumerRebalanceListener(held);
        // pausing and resuming a topic takes effect at the next poll: within a second when idle
        properties.setPollTimeout(1000);
        // Each record handled in a span that continues the sender's trace (its W3C traceparent header).
        properties.setObservationEnabled(true);
        properties.setObservationRegistry(observations);
        properties.setMessageListener((MessageListener<String, byte[]>) incoming::receive);
        var consumerProperties = new Properties();
        // A new group starts at the beginning: messages sent before this service first ran are not skipped.
        consumerProperties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.setKafkaConsumerProperties(consumerProperties);
        var listener = new ConcurrentMessageListenerContainer<>(consumers, properties);
        listener.setCommonErrorHandler(errors);
        listener.setBeanName("cleaveIncomingTopics");
        return listener;
    }

    @Override
    public void start() {
        if (container != null) {
            log.info("Taking in {} from Kafka as group {}", container.getContainerProperties().getTopics(),
                    container.getGroupId());
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
