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

    static InJvmKafka start() {
        var broker = new EmbeddedKafkaKraftBroker(1, 1).kafkaPorts(FreePorts.next());
        broker.afterPropertiesSet();
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
