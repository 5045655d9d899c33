package io.cleave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.JdbcTemplate;

import io.cleave.testsupport.HttpTestClient.Response;
import io.cleave.testsupport.HttpTestClient;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Payment extracted into its own service (migration-guide.md): the monolith without payment and the
 * payment service, each on its own database, over a real Kafka broker. The saga ends as in the
 * monolith, and it survives the payment service and the broker going away mid-flow: orders wait,
 * then complete, none lost and none charged twice; a subscriber outside Cleave sees each event once.
 * The scenarios share one deployment and run in order; the last one narrows the saga's deadline.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PaymentExtractionTests {

    private static final Duration FLOW = Duration.ofSeconds(90);

    SplitDeployment split;

    @BeforeAll
    void startTheSplitDeployment() {
        split = SplitDeployment.startWithRestartableBroker("payment");
    }

    @AfterAll
    void stopIt() {
        if (split != null) {
            split.close();
        }
    }

    @Test
    @Order(1)
    void eachProcessHostsOnlyItsContextsAndDatabaseSchemas() {
        assertThat(ExtractEachContextTests.beanClasses(split.monolith())).noneMatch(name -> name.startsWith("io.cleave.payment."))
                .anyMatch(name -> name.startsWith("io.cleave.ordering."));
        assertThat(ExtractEachContextTests.beanClasses(split.service())).anyMatch(name -> name.startsWith("io.cleave.payment."))
                .noneMatch(name -> name.matches("io\\.cleave\\.(catalog|customer|inventory|ordering|settlement)\\..*"));

        assertThat(schemasOf(split.serviceDatabase())).containsExactlyInAnyOrder("public", "messaging", "payment");
        assertThat(tablesOf(split.serviceDatabase(), "public"))
                .containsExactlyInAnyOrder("event_publication", "event_publication_archive", "event_publication_trace",
                        "flyway_schema_history");
        assertThat(schemasOf(split.monolithDatabase())).containsExactlyInAnyOrder("public", "messaging", "catalog",
                "customer", "inventory", "ordering", "settlement");

        assertThat(split.monolithHttp().get("/api/payments?reference=x").status()).isEqualTo(404);
        assertThat(split.serviceHttp().get("/api/orders/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    @Order(2)
    void theSagaEndsAsInTheMonolithAndEveryPublicationCompletes() {
        assertThat(new SagaBranches(split.monolithHttp(), split.serviceHttp()).run()).isEqualTo(SagaBranches.EXPECTED);

        assertThat(split.monolithDatabase().queryForObject("select count(*) from information_schema.tables"
                + " where table_name = 'payment'", Integer.class)).isZero();
        await().atMost(FLOW).untilAsserted(() -> {
            assertThat(incompletePublications(split.monolithDatabase())).isZero();
            assertThat(incompletePublications(split.serviceDatabase())).isZero();
        });
        // The commands to payment left the monolith through its outbox, the replies left the payment service through its own.
        assertThat(archivedPublicationsOf(split.monolithDatabase(), "io.cleave.payment.api.ChargePayment")).isPositive();
        assertThat(archivedPublicationsOf(split.serviceDatabase(), "io.cleave.payment.api.PaymentCaptured")).isPositive();
    }

    @Test
    @Order(4)
    void withPaymentPausedInTheServiceItsChargesWaitOnKafkaAsLagAndAreChargedOnceAfterResume() {
        Shop shop = new Shop(split.monolithHttp());
        Buyer buyer = new Buyer(shop);
        assertThat(split.serviceHttp().post("/actuator/listeners/payment", "{\"paused\":true}").status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> chargeTopicGauge("cleave.kafka.topic.held") == 1);
        List<String> orders = buyer.orders(3);

        await().atMost(FLOW).until(() -> chargeTopicGauge("cleave.kafka.consumer.lag") >= orders.size());
        orders.forEach(order -> {
            assertThat(statusOf(split.monolithHttp(), order)).isEqualTo("STOCK_RESERVED");
            assertThat(paymentsOf(order)).as("held on the broker: not taken in, not charged").isEmpty();
        });

        assertThat(split.serviceHttp().post("/actuator/listeners/payment", "{\"paused\":false}").status()).isEqualTo(200);
        orders.forEach(order -> assertThat(shop.awaitFinal(order, FLOW).text("/status")).isEqualTo("CONFIRMED"));
        assertChargedOnceEach(orders);
        await().atMost(FLOW).until(() -> chargeTopicGauge("cleave.kafka.consumer.lag") == 0);
        assertThat(chargeTopicGauge("cleave.kafka.topic.held")).isZero();
    }

    /** A gauge of the service's consumer for the ChargePayment topic. */
    private double chargeTopicGauge(String name) {
        return split.service().getBean(MeterRegistry.class).get(name).tag("topic", "cleave.payment.ChargePayment")
                .gauge().value();
    }

    @Test
    @Order(5)
    void ordersWaitWhileThePaymentServiceIsDownAndCompleteOnceWhenItIsBack() {
        Shop shop = new Shop(split.monolithHttp());
        Buyer buyer = new Buyer(shop);
        List<String> orders = new ArrayList<>(buyer.orders(3));
        split.stopService(); // mid-flow: some of these may be charged already, some not
        orders.addAll(buyer.orders(3));

        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> statusOf(split.monolithHttp(), orders.get(5)), "STOCK_RESERVED"::equals);

        split.startService();
        orders.forEach(order -> assertThat(shop.awaitFinal(order, FLOW).text("/status")).isEqualTo("CONFIRMED"));
        assertChargedOnceEach(orders);
    }

    @Test
    @Order(6)
    void ordersCompleteOnceAcrossABrokerRestart() {
        Shop shop = new Shop(split.monolithHttp());
        Buyer buyer = new Buyer(shop);
        List<String> orders = new ArrayList<>(buyer.orders(2));

        split.restartableBroker().stop();
        orders.addAll(buyer.orders(3)); // accepted: the outbox holds the messages
        split.restartableBroker().startAgain();

        orders.forEach(order -> assertThat(shop.awaitFinal(order, FLOW).text("/status")).isEqualTo("CONFIRMED"));
        assertChargedOnceEach(orders);
    }

    @Test
    @Order(7)
    void anUnreadableRecordIsDeadLetteredCountedAndDoesNotStopTheFlow() {
        String topic = "cleave.payment.PaymentCaptured";
        try (var producer = new KafkaProducer<String, byte[]>(producerSettings())) {
            producer.send(new ProducerRecord<>(topic, "not-an-order", "{not json".getBytes())).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }

        try (var consumer = new KafkaConsumer<String, byte[]>(consumerSettings("dead-letter-reader"))) {
            consumer.subscribe(List.of(topic + ".DLT"));
            List<String> keys = new ArrayList<>();
            await().atMost(FLOW).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> keys.add(record.key()));
                return keys.contains("not-an-order");
            });
        }
        assertThat(split.monolith().getBean(MeterRegistry.class).get("cleave.kafka.dead.letters").tag("topic", topic)
                .counter().count()).isEqualTo(1.0);

        Shop shop = new Shop(split.monolithHttp());
        String order = shop.placeOrder(shop.registerCustomer(), Shop.line(shop.stockedProduct("2.00", "EUR", 1), 1)).text("/id");
        assertThat(shop.awaitFinal(order, FLOW).text("/status")).isEqualTo("CONFIRMED");
    }

    @Test
    @Order(8)
    void pastItsDeadlineAnOrderTimesOutAndItsLateCaptureIsRefunded() {
        split.stopMonolith();
        split.startMonolith("cleave.ordering.saga.step-timeout=3s");
        Shop shop = new Shop(split.monolithHttp());
        String customer = shop.registerCustomer();
        String sku = shop.stockedProduct("7.00", "EUR", 5);
        split.stopService();

        String order = shop.placeOrder(customer, Shop.line(sku, 1)).text("/id");
        Response ended = shop.awaitFinal(order, FLOW);
        assertThat(ended.text("/status")).isEqualTo("CANCELLED");
        assertThat(ended.text("/cancellationReason")).isEqualTo("TIMED_OUT");

        split.startService(); // takes in the ChargePayment sent before the deadline: a late capture
        await().atMost(FLOW).untilAsserted(() -> assertThat(paymentsOf(order)).containsExactly("REFUNDED"));
        assertThat(split.monolithHttp().get("/api/inventory/" + sku).json().at("/available").asInt()).isEqualTo(5);
        assertThat(statusOf(split.monolithHttp(), order)).isEqualTo("CANCELLED");
    }

    @Test
    @Order(3)
    void anOutsideSubscriberSeesEachOfAnOrdersEventsExactlyOnce() {
        Shop shop = new Shop(split.monolithHttp());
        String order = shop.placeOrder(shop.registerCustomer(), Shop.line(shop.stockedProduct("3.00", "EUR", 2), 1)).text("/id");
        assertThat(shop.awaitFinal(order, FLOW).text("/status")).isEqualTo("CONFIRMED");

        // ordering's events, consumed by no context; inventory's, consumed in the monolith; payment's, sent to it
        List<String> topics = List.of("cleave.ordering.OrderPlaced", "cleave.ordering.OrderConfirmed",
                "cleave.inventory.StockReserved", "cleave.payment.PaymentCaptured");
        Map<String, List<String>> typesByTopic = new TreeMap<>();
        try (var consumer = new KafkaConsumer<String, byte[]>(consumerSettings("an-outside-subscriber"))) {
            consumer.subscribe(topics);
            await().atMost(FLOW).until(() -> {
                poll(consumer, order, typesByTopic);
                return typesByTopic.keySet().containsAll(topics);
            });
            // a second copy of any of them, from the other process, say, would be there by now
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> {
                poll(consumer, order, typesByTopic);
                return true;
            });
        }
        assertThat(typesByTopic).containsOnlyKeys(topics);
        typesByTopic.forEach((topic, types) -> assertThat(types).as(topic).containsExactly(topic.substring("cleave.".length())));
    }

    /** The type headers of the records about this order, by topic. */
    private static void poll(KafkaConsumer<String, byte[]> consumer, String order, Map<String, List<String>> typesByTopic) {
        consumer.poll(Duration.ofMillis(500)).forEach(record -> {
            if (order.equals(record.key())) {
                typesByTopic.computeIfAbsent(record.topic(), any -> new ArrayList<>())
                        .add(new String(record.headers().lastHeader("cleave-type").value(), StandardCharsets.UTF_8));
            }
        });
    }

    /** A customer buying one unit at a time of a well-stocked product. */
    private static final class Buyer {

        private final Shop shop;
        private final String customer;
        private final String sku;

        Buyer(Shop shop) {
            this.shop = shop;
            this.customer = shop.registerCustomer();
            this.sku = shop.stockedProduct("4.00", "EUR", 100);
        }

        List<String> orders(int count) {
            List<String> placed = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                placed.add(shop.placeOrder(customer, Shop.line(sku, 1)).text("/id"));
            }
            return placed;
        }
    }

    private void assertChargedOnceEach(List<String> orders) {
        orders.forEach(order -> assertThat(paymentsOf(order)).as(order).containsExactly("CAPTURED"));
        Integer charged = split.serviceDatabase().queryForObject(
                "select count(*) from payment.payment where reference in (" + quoted(orders) + ")", Integer.class);
        assertThat(charged).isEqualTo(orders.size());
    }

    private List<String> paymentsOf(String order) {
        return Shop.paymentStatuses(split.serviceHttp(), order);
    }

    private static String statusOf(HttpTestClient http, String order) {
        return http.get("/api/orders/" + order).text("/status");
    }

    private static String quoted(List<String> values) {
        return String.join(",", values.stream().map(value -> "'" + value + "'").toList());
    }

    private static List<String> schemasOf(JdbcTemplate database) {
        return database.queryForList("""
                select schema_name from information_schema.schemata
                where schema_name not like 'pg\\_%' and schema_name <> 'information_schema'""", String.class);
    }

    private static List<String> tablesOf(JdbcTemplate database, String schema) {
        return database.queryForList("select table_name from information_schema.tables where table_schema = ?",
                String.class, schema);
    }

    private static int incompletePublications(JdbcTemplate database) {
        return database.queryForObject("select count(*) from event_publication where completion_date is null", Integer.class);
    }

    private static int archivedPublicationsOf(JdbcTemplate database, String type) {
        return database.queryForObject("select count(*) from event_publication_archive where event_type = ?",
                Integer.class, type);
    }

    private Map<String, Object> producerSettings() {
        return Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, split.broker().bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    }

    private Properties consumerSettings(String group) {
        var settings = new Properties();
        settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, split.broker().bootstrapServers());
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return settings;
    }
}
