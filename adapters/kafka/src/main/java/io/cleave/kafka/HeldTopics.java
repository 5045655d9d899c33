package io.cleave.kafka;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;

import io.cleave.platform.ListenerPauseChanged;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The incoming topics held on the broker because every local context that consumes them is paused
 * ({@link ListenerPauseChanged}): their partitions are paused, so the records wait as the group's
 * lag ({@link ConsumerLag}) instead of being taken in. A topic that a running context consumes too
 * is still taken in; the paused context's listener refuses it and the outbox keeps it. Partitions
 * assigned later (a rebalance, another replica leaving) are held as they arrive.
 * {@value #METRIC}{@code {topic}} is 1 while the consumer has every assigned partition of a topic
 * paused.
 */
class HeldTopics implements ConsumerAwareRebalanceListener, MeterBinder {

    static final String METRIC = "cleave.kafka.topic.held";
    private static final Logger log = LoggerFactory.getLogger(HeldTopics.class);

    private final Map<String, Set<String>> localConsumersByTopic;
    private final Set<String> pausedContexts = ConcurrentHashMap.newKeySet();
    /** Every partition a pause was asked for, so that resuming clears each request wherever it was made. */
    private final Set<TopicPartition> pauseRequested = ConcurrentHashMap.newKeySet();
    private volatile ConcurrentMessageListenerContainer<?, ?> container;

    HeldTopics(Map<String, Set<String>> localConsumersByTopic) {
        this.localConsumersByTopic = localConsumersByTopic;
    }

    void holdOn(ConcurrentMessageListenerContainer<?, ?> consumer) {
        this.container = consumer;
    }

    @EventListener
    synchronized void on(ListenerPauseChanged change) {
        if (change.paused()) {
            pausedContexts.add(change.context());
        } else {
            pausedContexts.remove(change.context());
        }
        if (container == null) {
            return;
        }
        localConsumersByTopic.keySet().forEach(topic -> {
            if (isHeld(topic)) {
                container.getAssignedPartitions().stream().filter(partition -> partition.topic().equals(topic))
                        .forEach(this::pause);
            } else {
                release(topic);
            }
        });
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        if (container != null) {
            partitions.stream().filter(partition -> isHeld(partition.topic())).forEach(this::pause);
        }
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        localConsumersByTopic.keySet().forEach(topic -> Gauge.builder(METRIC, this, held -> held.pausedNow(topic))
                .description("1 while this process's consumer holds the topic on the broker (its consumers are paused)")
                .tag("topic", topic)
                .strongReference(true) // a gauge holds its object weakly otherwise
                .register(registry));
    }

    private boolean isHeld(String topic) {
        Set<String> consumers = localConsumersByTopic.getOrDefault(topic, Set.of());
        return !consumers.isEmpty() && pausedContexts.containsAll(consumers);
    }

    private void pause(TopicPartition partition) {
        if (pauseRequested.add(partition)) {
            log.info("Holding {} on the broker: its consumers are paused", partition);
        }
        container.pausePartition(partition);
    }

    private void release(String topic) {
        List<TopicPartition> requested = pauseRequested.stream().filter(partition -> partition.topic().equals(topic)).toList();
        requested.forEach(partition -> {
            container.getContainers().forEach(child -> child.resumePartition(partition));
            pauseRequested.remove(partition);
        });
    }

    private double pausedNow(String topic) {
        var consumer = container;
        if (consumer == null) {
            return 0;
        }
        List<TopicPartition> assigned = consumer.getAssignedPartitions().stream()
                .filter(partition -> partition.topic().equals(topic)).toList();
        return !assigned.isEmpty() && assigned.stream().allMatch(consumer::isPartitionPaused) ? 1 : 0;
    }
}
