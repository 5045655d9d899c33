package io.cleave.kafka;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.MicrometerConsumerListener;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.cleave.platform.MessageRoutes;
import io.cleave.platform.SplitTopology;
import io.cleave.platform.Topology;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import tools.jackson.databind.json.JsonMapper;

/**
 * Messages across processes, when the topology is split (docs/design.md, section 4): what goes out is
 * handed to Spring Modulith's Kafka externalization ({@link KafkaExternalizationAutoConfiguration}),
 * what comes in goes through {@link IncomingTopics} and {@link IncomingMessages}.
 */
@AutoConfiguration
@Conditional(SplitTopology.class)
public class KafkaAdapterAutoConfiguration {

    @Bean
    Inbox cleaveInbox(JdbcTemplate jdbc, Clock clock, @Value("${cleave.kafka.inbox.keep:P14D}") Duration keep) {
        return new Inbox(jdbc, clock, keep);
    }

    @Bean
    IncomingMessages cleaveIncomingMessages(MessageRoutes routes, Topology topology, Inbox inbox,
            ApplicationEventPublisher events, PlatformTransactionManager transactions, JsonMapper json) {
        return new IncomingMessages(routes.incoming(topology), inbox, events,
                new TransactionTemplate(transactions), json);
    }

    @Bean
    IncomingTopics cleaveIncomingTopics(IncomingMessages incoming, Topology topology, KafkaProperties kafka,
            KafkaConnectionDetails connection, KafkaOperations<?, ?> template, MeterRegistry meters,
            ObjectProvider<ObservationRegistry> observations, HeldTopics held) {
        Map<String, Object> consumerProperties = kafka.buildConsumerProperties();
        consumerProperties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, connection.getConsumer().getBootstrapServers());
        var consumers = new DefaultKafkaConsumerFactory<>(consumerProperties, new StringDeserializer(),
                new ByteArrayDeserializer());
        consumers.addListener(new MicrometerConsumerListener<>(meters)); // kafka.consumer.* metrics, lag among them
        return new IncomingTopics(incoming, groupId(topology), consumers,
                DeadLetters.errorHandler(template, meters, incoming.topics()), observations.getIfAvailable(() -> ObservationRegistry.NOOP),
                held);
    }

    @Bean
    HeldTopics cleaveHeldTopics(IncomingMessages incoming, Topology topology) {
        return new HeldTopics(incoming.localConsumersByTopic(topology));
    }

    @Bean
    ConsumerLag cleaveConsumerLag(IncomingMessages incoming, Topology topology, KafkaAdmin admin,
            @Value("${cleave.kafka.lag.fresh-for:PT5S}") Duration freshFor) {
        return new ConsumerLag(admin.getConfigurationProperties(), groupId(topology), incoming.topics(), freshFor);
    }

    /** One group per set of local contexts, e.g. {@code cleave-payment}: every instance of a service shares it. */
    static String groupId(Topology topology) {
        return "cleave-" + String.join("-", topology.localContexts());
    }
}
