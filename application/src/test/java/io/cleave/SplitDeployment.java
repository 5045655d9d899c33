package io.cleave;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import io.cleave.testsupport.HttpTestClient;
import io.cleave.testsupport.KafkaBrokerProcess;
import io.cleave.testsupport.TestPostgres;

/**
 * Payment extracted: the monolith without payment and the payment service, the same application
 * class with two topologies, each on its own database, talking through a real Kafka broker (a
 * separate process, so that it can be stopped and started again). Either process can be stopped and
 * started again on its database, as a crash and a restart would.
 */
final class SplitDeployment implements AutoCloseable {

    static final String MONOLITH = "catalog,customer,inventory,ordering,settlement";
    static final String PAYMENT_SERVICE = "payment";

    private final KafkaBrokerProcess broker;
    private final String monolithDatabase;
    private final String paymentDatabase;
    private ConfigurableApplicationContext monolith;
    private ConfigurableApplicationContext paymentService;

    private SplitDeployment(KafkaBrokerProcess broker, String monolithDatabase, String paymentDatabase) {
        this.broker = broker;
        this.monolithDatabase = monolithDatabase;
        this.paymentDatabase = paymentDatabase;
    }

    /** Both processes started, on two new databases of the test server. */
    static SplitDeployment start() {
        var deployment = on(TestPostgres.newDatabase("split_monolith"), TestPostgres.newDatabase("split_payment"));
        deployment.startPaymentService();
        deployment.startMonolith();
        return deployment;
    }

    /** A broker and these two databases (JDBC URLs, user postgres, no password); no process started yet. */
    static SplitDeployment on(String monolithDatabase, String paymentDatabase) {
        return new SplitDeployment(KafkaBrokerProcess.start(), monolithDatabase, paymentDatabase);
    }

    /** Starts the monolith; {@code settings} (name=value) are added to, or override, the usual ones. */
    void startMonolith(String... settings) {
        monolith = run(MONOLITH, monolithDatabase, settings);
    }

    void stopMonolith() {
        monolith.close();
        monolith = null;
    }

    void startPaymentService() {
        paymentService = run(PAYMENT_SERVICE, paymentDatabase);
    }

    void stopPaymentService() {
        paymentService.close();
        paymentService = null;
    }

    KafkaBrokerProcess broker() {
        return broker;
    }

    ConfigurableApplicationContext monolith() {
        return monolith;
    }

    ConfigurableApplicationContext paymentService() {
        return paymentService;
    }

    HttpTestClient monolithHttp() {
        return http(monolith);
    }

    HttpTestClient paymentHttp() {
        return http(paymentService);
    }

    /** The monolith's database, reachable whether the monolith runs or not. */
    JdbcTemplate monolithDatabase() {
        return jdbc(monolithDatabase);
    }

    /** The payment service's database, reachable whether the service runs or not. */
    JdbcTemplate paymentDatabase() {
        return jdbc(paymentDatabase);
    }

    @Override
    public void close() {
        if (monolith != null) {
            monolith.close();
        }
        if (paymentService != null) {
            paymentService.close();
        }
        broker.close();
    }

    private ConfigurableApplicationContext run(String topology, String database, String... settings) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("cleave.topology.local", topology);
        properties.put("spring.datasource.url", database);
        properties.put("spring.datasource.username", "postgres");
        properties.put("spring.datasource.password", "");
        properties.put("spring.kafka.bootstrap-servers", broker.bootstrapServers());
        properties.put("server.port", "0");
        // Wide enough for every fault below; the timeout scenario narrows it.
        properties.put("cleave.ordering.saga.step-timeout", "60s");
        properties.put("cleave.ordering.saga.check-interval", "500ms");
        properties.put("cleave.outbox.resubmit-interval", "PT2S");
        properties.put("cleave.outbox.resubmit-older-than", "PT5S");
        for (String setting : settings) {
            String[] nameAndValue = setting.split("=", 2);
            properties.put(nameAndValue[0], nameAndValue[1]);
        }
        List<String> arguments = new ArrayList<>();
        properties.forEach((name, value) -> arguments.add("--" + name + "=" + value));
        return new SpringApplicationBuilder(CleaveApplication.class).run(arguments.toArray(String[]::new));
    }

    private static HttpTestClient http(ConfigurableApplicationContext context) {
        return HttpTestClient.onPort(context.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
    }

    private static JdbcTemplate jdbc(String url) {
        return new JdbcTemplate(new DriverManagerDataSource(url, "postgres", ""));
    }
}
