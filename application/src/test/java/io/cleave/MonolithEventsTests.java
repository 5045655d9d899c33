package io.cleave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

import io.cleave.testsupport.HttpTestClient;
import io.cleave.testsupport.TestKafka;
import io.cleave.testsupport.TestPostgres;

/**
 * The monolith given a broker publishes its events for subscribers outside Cleave, and nothing
 * else: no command crosses a process boundary, since every context is here.
 */
class MonolithEventsTests {

    @Test
    void aMonolithWithABrokerPublishesItsEventsAndNoCommand(@TempDir Path work) {
        try (TestKafka broker = TestKafka.start();
                var monolith = new SpringApplicationBuilder(CleaveApplication.class).run("--server.port=0",
                        "--spring.kafka.bootstrap-servers=" + broker.bootstrapServers(),
                        "--spring.datasource.url=" + TestPostgres.newDatabase("monolith_events"),
                        "--spring.datasource.username=" + TestPostgres.username(),
                        "--spring.datasource.password=" + TestPostgres.password(), "--cleave.data-dir=" + work)) {
            var shop = new Shop(HttpTestClient.onPort(monolith.getEnvironment().getProperty("local.server.port", Integer.class))
                    .as("desk", "staff"));
            String order = shop.placeOrder(shop.registerCustomer(), Shop.line(shop.stockedProduct("5.00", "EUR", 1), 1))
                    .text("/id");
            assertThat(shop.awaitFinal(order, Duration.ofSeconds(30)).text("/status")).isEqualTo("CONFIRMED");

            List<String> seen = new ArrayList<>();
            try (var consumer = new KafkaConsumer<String, byte[]>(consumerSettings(broker))) {
                consumer.subscribe(List.of("cleave.ordering.OrderPlaced", "cleave.ordering.OrderConfirmed",
                        "cleave.inventory.ReserveStock", "cleave.payment.ChargePayment"));
                await().atMost(Duration.ofSeconds(30)).until(() -> {
                    consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                        if (order.equals(record.key())) {
                            seen.add(new String(record.headers().lastHeader("cleave-type").value(), StandardCharsets.UTF_8));
                        }
                    });
                    return seen.contains("ordering.OrderConfirmed");
                });
            }
            assertThat(seen).containsExactly("ordering.OrderPlaced", "ordering.OrderConfirmed");
        }
    }

    private static Properties consumerSettings(TestKafka broker) {
        var settings = new Properties();
        settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, "an-outside-subscriber");
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return settings;
    }
}
