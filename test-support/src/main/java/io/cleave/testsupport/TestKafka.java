package io.cleave.testsupport;

/**
 * A Kafka broker for a test: a Testcontainers container where a Docker engine answers, an in-JVM
 * broker otherwise ({@link TestInfrastructure}). A test that must stop and start the broker again
 * uses {@link KafkaBrokerProcess} itself, which can.
 */
public interface TestKafka extends AutoCloseable {

    String bootstrapServers();

    @Override
    void close();

    static TestKafka start() {
        return TestInfrastructure.current() == TestInfrastructure.CONTAINERS ? KafkaContainerBroker.start()
                : InJvmKafka.start();
    }
}
