package io.cleave;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.net.ssl.SSLContext;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import io.cleave.platform.ApiPaths;
import io.cleave.platform.Topology;
import io.cleave.testsupport.FreePorts;
import io.cleave.testsupport.HttpTestClient;
import io.cleave.testsupport.KafkaBrokerProcess;
import io.cleave.testsupport.SelfSignedTls;
import io.cleave.testsupport.TestKafka;
import io.cleave.testsupport.TestPostgres;

/**
 * One context extracted: the service (the application with only that context local) and the
 * monolith (the application with every other context), each on its own database, messages between
 * them over a real Kafka broker (a separate process, so that it can be stopped and started again),
 * queries over HTTP. Either process can be stopped and started again on its database, as a crash
 * and a restart would. Ports are fixed up front, because each process is told where the other runs.
 */
final class SplitDeployment implements AutoCloseable {

    private final String extracted;
    private final TestKafka broker;
    private final String monolithDatabase;
    private final String serviceDatabase;
    private final String username;
    private final String password;
    private final int monolithPort = FreePorts.next();
    private final int servicePort = FreePorts.next();
    private ConfigurableApplicationContext monolith;
    private ConfigurableApplicationContext service;
    /** Every hop on HTTPS with this certificate, or null: plain HTTP. */
    private SelfSignedTls tls;
    private SSLContext tlsClients;

    private SplitDeployment(String extracted, TestKafka broker, String monolithDatabase, String serviceDatabase,
            String username, String password) {
        this.extracted = extracted;
        this.broker = broker;
        this.monolithDatabase = monolithDatabase;
        this.serviceDatabase = serviceDatabase;
        this.username = username;
        this.password = password;
    }

    /**
     * Both processes started, on two new databases of the test server, with the test JVM's broker;
     * the monolith with these settings (name=value) too.
     */
    static SplitDeployment start(String extracted, String... monolithSettings) {
        return started(extracted, TestKafka.start(), null, monolithSettings);
    }

    /**
     * The same with every hop on HTTPS: both processes serve it with this certificate (Spring Boot
     * SSL bundles), and call each other, as facade clients and as a gateway, trusting only it.
     */
    static SplitDeployment startOverTls(String extracted, SelfSignedTls tls, String... monolithSettings) {
        return started(extracted, TestKafka.start(), tls, monolithSettings);
    }

    /** The same, with a broker that can be stopped and started again ({@link #restartableBroker()}). */
    static SplitDeployment startWithRestartableBroker(String extracted) {
        return started(extracted, KafkaBrokerProcess.start(), null);
    }

    private static SplitDeployment started(String extracted, TestKafka broker, SelfSignedTls tls,
            String... monolithSettings) {
        var deployment = new SplitDeployment(extracted, broker, TestPostgres.newDatabase("split_" + extracted + "_monolith"),
                TestPostgres.newDatabase("split_" + extracted + "_service"), TestPostgres.username(), TestPostgres.password());
        if (tls != null) {
            deployment.tls = tls;
            deployment.tlsClients = tls.clientContext();
        }
        deployment.startService();
        deployment.startMonolith(monolithSettings);
        return deployment;
    }

    /** A restartable broker and these two databases (JDBC URLs, with these credentials); no process started yet. */
    static SplitDeployment on(String extracted, String monolithDatabase, String serviceDatabase, String username,
            String password) {
        return new SplitDeployment(extracted, KafkaBrokerProcess.start(), monolithDatabase, serviceDatabase, username,
                password);
    }

    /** Every context but the extracted one, comma-separated. */
    private String monolithTopology() {
        return String.join(",", Topology.CONTEXTS.stream().filter(context -> !context.equals(extracted)).toList());
    }

    /** Starts the monolith; {@code settings} (name=value) are added to, or override, the usual ones. */
    void startMonolith(String... settings) {
        monolith = run(monolithTopology(), monolithDatabase, monolithPort, servicePort, settings);
    }

    void stopMonolith() {
        monolith.close();
        monolith = null;
    }

    void startService(String... settings) {
        service = run(extracted, serviceDatabase, servicePort, monolithPort, settings);
    }

    void stopService() {
        service.close();
        service = null;
    }

    TestKafka broker() {
        return broker;
    }

    KafkaBrokerProcess restartableBroker() {
        if (broker instanceof KafkaBrokerProcess process) {
            return process;
        }
        throw new IllegalStateException("This deployment's broker cannot restart; use startWithRestartableBroker");
    }

    ConfigurableApplicationContext monolith() {
        return monolith;
    }

    ConfigurableApplicationContext service() {
        return service;
    }

    /** The monolith without a token. */
    HttpTestClient monolithAnonymous() {
        return client(monolithPort);
    }

    HttpTestClient monolithHttp() {
        return client(monolithPort).as("desk", "staff");
    }

    /** The service without a token. */
    HttpTestClient serviceAnonymous() {
        return client(servicePort);
    }

    HttpTestClient serviceHttp() {
        return client(servicePort).as("desk", "staff");
    }

    int servicePort() {
        return servicePort;
    }

    private HttpTestClient client(int port) {
        return tls == null ? HttpTestClient.onPort(port) : HttpTestClient.onHttpsPort(port, tlsClients);
    }

    /**
     * Sends each API request to the process where its context runs, as a gateway would, by the API
     * paths the platform read from the contexts' controllers (the ones {@code cleave.gateway.enabled}
     * routes by).
     */
    HttpTestClient gateway() {
        Map<String, String> routes = new LinkedHashMap<>();
        ApiPaths paths = monolith.getBean(ApiPaths.class);
        Topology.CONTEXTS.forEach(context -> paths.of(context).forEach(path -> routes.put(path,
                "http://localhost:" + (context.equals(extracted) ? servicePort : monolithPort))));
        return HttpTestClient.routing(routes).as("desk", "staff");
    }

    /** The monolith's database, reachable whether the monolith runs or not. */
    JdbcTemplate monolithDatabase() {
        return jdbc(monolithDatabase);
    }

    /** The service's database, reachable whether the service runs or not. */
    JdbcTemplate serviceDatabase() {
        return jdbc(serviceDatabase);
    }

    @Override
    public void close() {
        if (monolith != null) {
            monolith.close();
        }
        if (service != null) {
            service.close();
        }
        broker.close();
    }

    private ConfigurableApplicationContext run(String topology, String database, int port, int otherPort,
            String... settings) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("cleave.topology.local", topology);
        properties.put("spring.datasource.url", database);
        properties.put("spring.datasource.username", username);
        properties.put("spring.datasource.password", password);
        properties.put("spring.kafka.bootstrap-servers", broker.bootstrapServers());
        properties.put("server.port", String.valueOf(port));
        // Whatever this process queries runs in the other one.
        for (String context : Topology.CONTEXTS) {
            properties.put("cleave.topology.remote." + context + ".url",
                    (tls == null ? "http://127.0.0.1:" : "https://localhost:") + otherPort);
        }
        if (tls != null) {
            properties.putAll(overTls());
        }
        // Wide enough for every fault the tests cause; the timeout scenario narrows it.
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

    /** Serve HTTPS with the certificate, and trust only it when calling the other process. */
    private Map<String, String> overTls() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("server.ssl.bundle", "cleave-server");
        properties.put("spring.ssl.bundle.jks.cleave-server.keystore.location", "file:" + tls.keyStore());
        properties.put("spring.ssl.bundle.jks.cleave-server.keystore.password", SelfSignedTls.PASSWORD);
        properties.put("spring.ssl.bundle.jks.cleave-server.keystore.type", "PKCS12");
        properties.put("spring.ssl.bundle.jks.cleave-trust.truststore.location", "file:" + tls.trustStore());
        properties.put("spring.ssl.bundle.jks.cleave-trust.truststore.password", SelfSignedTls.PASSWORD);
        properties.put("spring.ssl.bundle.jks.cleave-trust.truststore.type", "PKCS12");
        properties.put("spring.http.clients.ssl.bundle", "cleave-trust"); // the gateway's calls
        for (String context : Topology.CONTEXTS) {
            properties.put("cleave.topology.remote." + context + ".ssl-bundle", "cleave-trust");
        }
        return properties;
    }

    private JdbcTemplate jdbc(String url) {
        return new JdbcTemplate(new DriverManagerDataSource(url, username, password));
    }
}
