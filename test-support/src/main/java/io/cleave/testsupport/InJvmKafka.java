package io.cleave.testsupport;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * A real single-node Apache Kafka broker (KRaft) inside the test JVM, by spring-kafka-test: up in
 * about a second and no process of its own. It cannot be stopped and started again; a test that
 * must do that uses {@link KafkaBrokerProcess}.
 */
final class InJvmKafka implements TestKafka {

    private final EmbeddedKafkaKraftBroker broker;

    private InJvmKafka(EmbeddedKafkaKraftBroker broker) {
        this.broker = broker;
    }

    /** The system properties the broker sets to its address, which no Cleave context may see. */
    private static final String ADDRESS_PROPERTY = "cleave.test.in-jvm-kafka.brokers";
    private static final String EMBEDDED_ADDRESS_PROPERTY = "spring.embedded.kafka.brokers";

    static InJvmKafka start() {
        var broker = new EmbeddedKafkaKraftBroker(1, 1).kafkaPorts(FreePorts.next());
        // by default it would set spring.kafka.bootstrap-servers for the whole JVM, and every later
        // context would find a broker (one this test closes)
        broker.brokerListProperty(ADDRESS_PROPERTY);
        broker.afterPropertiesSet();
        System.clearProperty(ADDRESS_PROPERTY);
        System.clearProperty(EMBEDDED_ADDRESS_PROPERTY);
        InJvmKafka kafka = new InJvmKafka(broker);
        AfterSpringShutdown.register("in-JVM Kafka broker", kafka::close); // one its test does not close
        return kafka;
    }

    @Override
    public String bootstrapServers() {
        return broker.getBrokersAsString();
    }

    @Override
    public void close() {
        broker.destroy();
    }
}
