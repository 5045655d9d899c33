package io.cleave.testsupport;

import org.testcontainers.kafka.KafkaContainer;

/** Apache Kafka in a container (KRaft, single node), the same version the tests run from jars. */
final class KafkaContainerBroker implements TestKafka {

    private final KafkaContainer container;

    private KafkaContainerBroker(KafkaContainer container) {
        this.container = container;
    }

    static KafkaContainerBroker start() {
        var container = new KafkaContainer("apache/kafka:4.1.2");
        container.start();
        return new KafkaContainerBroker(container);
    }

    @Override
    public String bootstrapServers() {
        return container.getBootstrapServers();
    }

    @Override
    public void close() {
        container.stop();
    }
}
