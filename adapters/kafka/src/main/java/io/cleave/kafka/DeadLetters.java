package io.cleave.kafka;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import io.cleave.kafka.WireMessages.UnreadableMessage;

/**
 * What happens to an incoming record that fails. An unreadable one ({@link UnreadableMessage}) goes
 * at once to {@code <topic>.DLT}, counted in {@value #METRIC} and logged. Any other failure (the
 * database is away, say) is retried with growing pauses, without limit: a message that can be
 * processed must never end up dead-lettered because of an outage.
 */
final class DeadLetters {

    static final String METRIC = "cleave.kafka.dead.letters";
    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private DeadLetters() {
    }

    static String topicFor(String topic) {
        return topic + ".DLT";
    }

    /**
     * @param topics the incoming topics: each has its counter from the start, at 0, so that an alert on
     *        dead letters sees a series before the first one
     */
    static DefaultErrorHandler errorHandler(KafkaOperations<?, ?> template, MeterRegistry meters, List<String> topics) {
        topics.forEach(topic -> counter(meters, topic));
        var publish = new DeadLetterPublishingRecoverer(template,
                (record, failure) -> new TopicPartition(topicFor(record.topic()), -1));
        ConsumerRecordRecoverer recoverer = (ConsumerRecord<?, ?> record, Exception failure) -> {
            log.warn("Dead-lettering {}-{}@{} (key {}) to {}: {}", record.topic(), record.partition(), record.offset(),
                    record.key(), topicFor(record.topic()), rootMessage(failure));
            counter(meters, record.topic()).increment();
            publish.accept(record, failure);
        };
        var backOff = new ExponentialBackOff(Duration.ofMillis(200).toMillis(), 2.0);
        backOff.setMaxInterval(Duration.ofSeconds(10).toMillis());
        var handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(UnreadableMessage.class);
        return handler;
    }

    private static Counter counter(MeterRegistry meters, String topic) {
        return Counter.builder(METRIC).description("Incoming Kafka records that could not be read")
                .tag("topic", topic).register(meters);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
