package io.cleave.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

import io.cleave.platform.CachedReading;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * {@value #METRIC}{@code {topic}}: the records of each incoming topic that this process's group has
 * not taken in yet (log end offset minus the group's committed offset; all of a partition the group
 * has never committed on), as {@code scripts/kafka-lag.sh} counts them. The Kafka client's own
 * {@code records-lag} stops moving while a partition is paused, this does not. Read with the admin
 * client at most once per {@code freshFor}, however many scrapes ask.
 */
class ConsumerLag implements MeterBinder, DisposableBean {

    static final String METRIC = "cleave.kafka.consumer.lag";
    private static final Logger log = LoggerFactory.getLogger(ConsumerLag.class);
    private static final long ANSWER_WITHIN_SECONDS = 2;

    private final Map<String, Object> adminSettings;
    private final String groupId;
    private final List<String> topics;
    private final CachedReading<Map<String, Double>> lag;
    private Admin admin;

    ConsumerLag(Map<String, Object> adminSettings, String groupId, List<String> topics, Duration freshFor) {
        this.adminSettings = adminSettings;
        this.groupId = groupId;
        this.topics = topics;
        this.lag = new CachedReading<>(freshFor, this::read);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        topics.forEach(topic -> Gauge.builder(METRIC, lag, cached -> cached.get().getOrDefault(topic, Double.NaN))
                .description("Records of an incoming topic that this process's consumer group has not taken in yet")
                .tag("topic", topic)
                .strongReference(true) // a gauge holds its object weakly otherwise
                .register(registry));
    }

    private Map<String, Double> read() {
        try {
            Admin admin = admin();
            List<TopicDescription> described = new ArrayList<>();
            admin.describeTopics(topics).topicNameValues().forEach((topic, description) -> {
                try {
                    described.add(description.get(ANSWER_WITHIN_SECONDS, TimeUnit.SECONDS));
                } catch (InterruptedException | ExecutionException | TimeoutException notThereYet) {
                    // a topic nothing was sent to yet does not exist: nothing to take in
                }
            });
            List<TopicPartition> partitions = described.stream()
                    .flatMap(topic -> topic.partitions().stream().map(p -> new TopicPartition(topic.name(), p.partition())))
                    .toList();
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(groupId)
                    .partitionsToOffsetAndMetadata().get(ANSWER_WITHIN_SECONDS, TimeUnit.SECONDS);
            var ends = admin.listOffsets(partitions.stream().collect(Collectors.toMap(Function.identity(), p -> OffsetSpec.latest())))
                    .all().get(ANSWER_WITHIN_SECONDS, TimeUnit.SECONDS);
            Map<String, Double> behindByTopic = new HashMap<>();
            topics.forEach(topic -> behindByTopic.put(topic, 0.0));
            ends.forEach((partition, end) -> {
                OffsetAndMetadata done = committed.get(partition);
                long behind = end.offset() - (done == null ? 0 : done.offset());
                behindByTopic.merge(partition.topic(), (double) Math.max(0, behind), Double::sum);
            });
            return behindByTopic;
        } catch (Exception e) { // an unreachable broker shows as no value, not as a failed scrape
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            log.debug("The consumer lag of {} could not be read: {}", groupId, e.toString());
            return Map.of();
        }
    }

    private synchronized Admin admin() {
        if (admin == null) {
            admin = Admin.create(adminSettings);
        }
        return admin;
    }

    @Override
    public synchronized void destroy() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(1));
        }
    }
}
