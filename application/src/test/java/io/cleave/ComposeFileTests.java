package io.cleave;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import io.cleave.platform.Topology;

/**
 * docker-compose.yml and the Dockerfile say what the application reads: every Cleave service runs
 * the one image, its variables are settings the application knows, each context is local in
 * exactly one service, every remote URL points at the service hosting that context on the port the
 * application listens on, and each database and broker address exists in the file.
 */
class ComposeFileTests {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Set<String> KNOWN_VARIABLES = Set.of("CLEAVE_TOPOLOGY_LOCAL", "SPRING_DATASOURCE_URL",
            "SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD", "SPRING_KAFKA_BOOTSTRAP_SERVERS",
            "CLEAVE_SECURITY_DEV_ISSUER_ENABLED", "CLEAVE_SECURITY_DEV_ISSUER_ALLOW_REMOTE", "CLEAVE_GATEWAY_ENABLED");
    private static final Pattern REMOTE_URL = Pattern.compile("CLEAVE_TOPOLOGY_REMOTE_([A-Z]+)_URL");

    static Map<String, Map<String, Object>> services;
    static String dockerfile;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void readTheFiles() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
        services = (Map<String, Map<String, Object>>) compose.get("services");
        dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
    }

    @Test
    void everyCleaveServiceRunsTheOneImageOnThePortTheApplicationListensOn() {
        String port = exposedPort();
        assertThat(port).isEqualTo("8080"); // server.port's default
        List<String> published = new ArrayList<>();
        cleaveServices().forEach((name, service) -> {
            assertThat(service.get("image")).as(name).isEqualTo("cleave:latest");
            List<String> ports = strings(service.get("ports"));
            assertThat(ports).as(name).hasSize(1).allMatch(mapping -> mapping.endsWith(":" + port));
            String[] mapping = ports.get(0).split(":");
            published.add(mapping[mapping.length - 2]);
        });
        assertThat(services.get("monolith").get("build")).isEqualTo(".");
        assertThat(published).doesNotHaveDuplicates();
        assertThat(dockerfile).contains("USER cleave", "HEALTHCHECK", "/actuator/health", "extract --layers");
    }

    @Test
    void everyVariableIsASettingTheApplicationReads() {
        cleaveServices().forEach((name, service) -> environment(service).keySet().forEach(variable -> {
            Matcher remote = REMOTE_URL.matcher(variable);
            assertThat(KNOWN_VARIABLES.contains(variable) || (remote.matches()
                    && Topology.CONTEXTS.contains(remote.group(1).toLowerCase())))
                    .as("%s of %s", variable, name).isTrue();
        }));
    }

    @Test
    void eachContextIsLocalInExactlyOneServiceAndEveryQueryFindsItsContext() {
        Map<String, String> hostOf = new HashMap<>();
        cleaveServices().forEach((name, service) -> new Topology(environment(service).get("CLEAVE_TOPOLOGY_LOCAL"))
                .localContexts().forEach(context -> assertThat(hostOf.put(context, name))
                        .as("%s local in two services", context).isNull()));
        assertThat(hostOf.keySet()).containsExactlyInAnyOrderElementsOf(Topology.CONTEXTS);

        cleaveServices().forEach((name, service) -> environment(service).forEach((variable, value) -> {
            Matcher remote = REMOTE_URL.matcher(variable);
            if (remote.matches()) {
                URI url = URI.create(value);
                assertThat(url.getHost()).as(variable).isEqualTo(hostOf.get(remote.group(1).toLowerCase()));
                assertThat(url.getPort()).as(variable).isEqualTo(Integer.parseInt(exposedPort()));
            }
        }));
        // the gateway forwards every context that is not local to it: each one's URL is given
        cleaveServices().forEach((name, service) -> {
            if ("true".equals(environment(service).get("CLEAVE_GATEWAY_ENABLED"))) {
                Topology topology = new Topology(environment(service).get("CLEAVE_TOPOLOGY_LOCAL"));
                Topology.CONTEXTS.stream().filter(context -> !topology.isLocal(context)).forEach(context ->
                        assertThat(environment(service)).as(name)
                                .containsKey("CLEAVE_TOPOLOGY_REMOTE_" + context.toUpperCase() + "_URL"));
            }
        });
        // ordering queries catalog, customer and payment: wherever ordering runs without them, their URLs are given
        cleaveServices().forEach((name, service) -> {
            Topology topology = new Topology(environment(service).get("CLEAVE_TOPOLOGY_LOCAL"));
            if (topology.isLocal("ordering")) {
                for (String queried : List.of("catalog", "customer", "payment")) {
                    if (!topology.isLocal(queried)) {
                        assertThat(environment(service)).as(name)
                                .containsKey("CLEAVE_TOPOLOGY_REMOTE_" + queried.toUpperCase() + "_URL");
                    }
                }
            }
        });
    }

    /**
     * With an external database the development issuer must be asked for; the services share its
     * key (so they trust each other's tokens), and one answering remote callers is published on
     * loopback only.
     */
    @Test
    void everyServiceRunsTheDevelopmentIssuerOnOneKeyAndPublishesItOnLoopbackOnly() {
        cleaveServices().forEach((name, service) -> {
            Map<String, String> environment = environment(service);
            assertThat(environment.get("CLEAVE_SECURITY_DEV_ISSUER_ENABLED")).as(name).isEqualTo("true");
            assertThat(strings(service.get("volumes"))).as(name).contains("issuer-keys:/data/keys");
            if ("true".equals(environment.get("CLEAVE_SECURITY_DEV_ISSUER_ALLOW_REMOTE"))) {
                assertThat(strings(service.get("ports"))).as(name).allMatch(mapping -> mapping.startsWith("127.0.0.1:"));
            }
        });
        assertThat(dockerfile).contains("ENV CLEAVE_DATA_DIR=/data", "/data/keys");
    }

    @Test
    void everyDatabaseAndTheBrokerExist() throws IOException {
        String init = Files.readString(ROOT.resolve("docker/postgres-init.sql"));
        Set<String> databases = new HashSet<>();
        cleaveServices().forEach((name, service) -> {
            Map<String, String> environment = environment(service);
            URI database = URI.create(environment.get("SPRING_DATASOURCE_URL").substring("jdbc:".length()));
            assertThat(database.getHost()).isEqualTo("postgres");
            assertThat(databases.add(database.getPath().substring(1))).as("%s shares a database", name).isTrue();
            assertThat(environment.get("SPRING_KAFKA_BOOTSTRAP_SERVERS")).isEqualTo("kafka:9092");
        });
        databases.forEach(database -> assertThat(init).contains("CREATE DATABASE " + database + ";"));
        assertThat(environment(services.get("kafka")).get("KAFKA_ADVERTISED_LISTENERS")).isEqualTo("PLAINTEXT://kafka:9092");
    }

    private static Map<String, Map<String, Object>> cleaveServices() {
        Map<String, Map<String, Object>> cleave = new LinkedHashMap<>();
        services.forEach((name, service) -> {
            if (environment(service).containsKey("CLEAVE_TOPOLOGY_LOCAL")) {
                cleave.put(name, service);
            }
        });
        assertThat(cleave).hasSizeGreaterThanOrEqualTo(3);
        return cleave;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> environment(Map<String, Object> service) {
        Map<String, String> environment = new HashMap<>();
        ((Map<String, Object>) service.getOrDefault("environment", Map.of()))
                .forEach((name, value) -> environment.put(name, String.valueOf(value)));
        return environment;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object list) {
        return list == null ? List.of() : ((List<Object>) list).stream().map(String::valueOf).toList();
    }

    private static String exposedPort() {
        Matcher expose = Pattern.compile("(?m)^EXPOSE (\\d+)$").matcher(dockerfile);
        assertThat(expose.find()).isTrue();
        return expose.group(1);
    }
}
