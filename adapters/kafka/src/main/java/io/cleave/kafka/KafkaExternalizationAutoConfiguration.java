package io.cleave.kafka;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;
import org.springframework.modulith.events.config.EventExternalizationAutoConfiguration;

import io.cleave.platform.MessageRoutes.Route;
import io.cleave.platform.MessageRoutes;
import io.cleave.platform.Topology;

/**
 * What leaves this process for Kafka, in every topology. Spring Modulith would otherwise send every
 * type annotated {@code @Externalized}, which every command and event of an {@code api} is. Here a
 * process sends its outgoing routes (what the contexts elsewhere consume) and the events of its
 * local contexts that {@link PublishedEvents} asks for, each once, to the topic and with the record
 * key its type declares ({@link Route#topic()}, {@link Route#keyExpression()}); a monolith without
 * a broker sends nothing.
 */
@AutoConfiguration(before = EventExternalizationAutoConfiguration.class)
public class KafkaExternalizationAutoConfiguration {


    /**
     * Spring Modulith stores each selected message as an event publication with the business
     * transaction and completes it when the broker has acknowledged the record, so a broker outage
     * delays messages but loses none. Static, reading the topology from the environment, because
     * Spring Modulith's event listener factory needs it before bean post-processing (and so
     * configuration properties) is set up.
     */
    @Bean
    static EventExternalizationConfiguration cleaveEventExternalization(ObjectProvider<MessageRoutes> routes,
            Environment environment) {
        Topology topology = Topology.of(environment);
        PublishedEvents published = PublishedEvents.of(environment);
        if (topology.isSplit()) {
            requireBroker(topology, environment);
        } else if (!published.any()) {
            return EventExternalizationConfiguration.disabled();
        } else if (!environment.containsProperty(Topology.BROKER_PROPERTY)) {
            throw new IllegalStateException(PublishedEvents.PROPERTY + " asks for events on Kafka: set "
                    + Topology.BROKER_PROPERTY + " (SPRING_KAFKA_BOOTSTRAP_SERVERS), or " + PublishedEvents.PROPERTY + "=none");
        }
        return outgoing(routes.getObject().leaving(topology, published));
    }

    /**
     * Idempotent, fully acknowledged sends; a send that cannot even start (no broker) fails after
     * ten seconds instead of a minute, and its publication is retried by the outbox.
     */
    @Bean
    DefaultKafkaProducerFactoryCustomizer cleaveProducerSettings() {
        return factory -> factory.updateConfigs(Map.of(
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000));
    }

    /** Selects these routes' types and says where: topic, key and type header. */
    static EventExternalizationConfiguration outgoing(List<Route> routes) {
        Map<Class<?>, RoutingTarget> targets = routes.stream().collect(Collectors.toMap(Route::type,
                route -> RoutingTarget.forTarget(route.topic()).andKey(route.keyExpression())));
        Map<Class<?>, Map<String, Object>> headers = routes.stream().collect(Collectors.toMap(Route::type,
                route -> Map.of(WireMessages.TYPE_HEADER, route.typeName().getBytes(StandardCharsets.UTF_8))));
        return EventExternalizationConfiguration.externalizing()
                .select(message -> targets.containsKey(message.getClass()))
                .headers(message -> headers.get(message.getClass()))
                .routeAll(message -> targets.get(message.getClass()))
                .build();
    }

    private static void requireBroker(Topology topology, Environment environment) {
        if (!environment.containsProperty(Topology.BROKER_PROPERTY)) {
            throw new IllegalStateException(("cleave.topology.local=%s runs part of Cleave, so messages to the other contexts "
                    + "travel over Kafka: set spring.kafka.bootstrap-servers (SPRING_KAFKA_BOOTSTRAP_SERVERS)")
                    .formatted(topology.local()));
        }
    }
}
