package io.cleave;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.yaml.snakeyaml.Yaml;

import io.cleave.platform.Topology;

/**
 * docker-compose.yml and the Dockerfile say what the application reads: every Cleave service runs
 * the one image, only the gateway is published, its variables are settings the application knows, each context is local in
 * exactly one service, every remote URL points at the service hosting that context on the port the
 * application listens on, and each database and broker address exists in the file.
 */
class ComposeFileTests {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Pattern REMOTE_URL = DeploymentVariables.REMOTE_URL;

    static Map<String, Map<String, Object>> services;
    static String dockerfile;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void readTheFiles() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
        services = (Map<String, Map<String, Object>>) compose.get("services");
        dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
    }

    /** The gateway is the one entry point: the only service published, on loopback, on 8080. */
    @Test
    void everyCleaveServiceRunsTheOneImageAndOnlyTheGatewayIsPublished() {
        String port = exposedPort();
        assertThat(port).isEqualTo("8080"); // server.port's default
        cleaveServices().forEach((name, service) -> {
            assertThat(service.get("image")).as(name).isEqualTo("cleave:latest");
            List<String> ports = strings(service.get("ports"));
            if (name.equals(gatewayName())) {
                assertThat(ports).as(name).containsExactly("127.0.0.1:8080:" + port);
            } else {
                assertThat(ports).as("%s is reached through the gateway only", name).isEmpty();
            }
        });
        assertThat(services.get("monolith").get("build")).isEqualTo(".");
        assertThat(dockerfile).contains("USER cleave", "HEALTHCHECK", "/actuator/health", "extract --layers");
    }

    @Test
    void everyVariableIsASettingTheApplicationReads() {
        cleaveServices().forEach((name, service) -> environment(service).keySet().forEach(variable -> {
            assertThat(DeploymentVariables.isSetting(variable)).as("%s of %s", variable, name).isTrue();
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
     * The gateway, a pure one, runs the development issuer (asked for: it has no embedded database)
     * on a kept key; every other service runs none, reads the gateway's key set, and gets its service
     * tokens from the gateway's token endpoint with the secret the gateway knows.
     */
    @Test
    void theGatewayIssuesTokensAndEveryServiceTrustsItsKeySetAndTokenEndpoint() {
        Map<String, Object> gateway = services.get(gatewayName());
        Map<String, String> issuer = environment(gateway);
        assertThat(issuer).containsEntry("CLEAVE_TOPOLOGY_LOCAL", "none")
                .containsEntry("CLEAVE_SECURITY_DEV_ISSUER_ENABLED", "true")
                .containsKey("CLEAVE_SECURITY_DEV_ISSUER_CLIENT_SECRET")
                .doesNotContainKeys("SPRING_DATASOURCE_URL", "SPRING_KAFKA_BOOTSTRAP_SERVERS");
        assertThat(strings(gateway.get("volumes"))).contains("issuer-keys:/data/keys");
        String base = "http://" + gatewayName() + ":" + exposedPort();
        cleaveServices().forEach((name, service) -> {
            if (name.equals(gatewayName())) {
                return;
            }
            Map<String, String> environment = environment(service);
            assertThat(environment).as(name)
                    .doesNotContainKey("CLEAVE_SECURITY_DEV_ISSUER_ENABLED")
                    .containsEntry("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWKSETURI", base + "/dev/jwks")
                    .containsEntry("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUERURI", "urn:cleave:dev-issuer")
                    .containsEntry("SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_CLEAVE_TOKENURI", base + "/dev/oauth2/token")
                    .containsEntry("SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_CLEAVE_CLIENTID", "cleave-service")
                    .containsEntry("SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_CLEAVE_AUTHORIZATIONGRANTTYPE",
                            "client_credentials")
                    .containsEntry("SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_CLEAVE_CLIENTSECRET",
                            issuer.get("CLEAVE_SECURITY_DEV_ISSUER_CLIENT_SECRET"));
        });
        assertThat(dockerfile).contains("ENV CLEAVE_DATA_DIR=/data", "/data/keys");
    }

    /** The variables reach Boot's settings the way Boot maps environment variables to properties. */
    @Test
    void theTrustVariablesBindToTheSettingsTheyName() {
        Map<String, Object> variables = new HashMap<>(environment(services.get("payment")));
        var environment = asTheEnvironment(variables);

        assertThat(environment.getProperty("spring.security.oauth2.resourceserver.jwt.jwk-set-uri"))
                .isEqualTo("http://gateway:8080/dev/jwks");
        assertThat(environment.getProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri"))
                .isEqualTo("urn:cleave:dev-issuer");
        OAuth2ClientProperties client = Binder.get(environment)
                .bind("spring.security.oauth2.client", OAuth2ClientProperties.class).get();
        assertThat(client.getRegistration()).containsOnlyKeys("cleave");
        assertThat(client.getRegistration().get("cleave").getClientId()).isEqualTo("cleave-service");
        assertThat(client.getRegistration().get("cleave").getAuthorizationGrantType()).isEqualTo("client_credentials");
        assertThat(client.getProvider().get("cleave").getTokenUri()).isEqualTo("http://gateway:8080/dev/oauth2/token");

        var gateway = asTheEnvironment(new HashMap<>(environment(services.get(gatewayName()))));
        assertThat(gateway.getProperty("cleave.security.dev-issuer.client-secret"))
                .isEqualTo(variables.get("SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_CLEAVE_CLIENTSECRET"));
    }

    /** An environment whose variables are these (Boot maps only the source by that name relaxedly). */
    private static StandardEnvironment asTheEnvironment(Map<String, Object> variables) {
        var environment = new StandardEnvironment();
        String name = StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME;
        environment.getPropertySources().replace(name, new SystemEnvironmentPropertySource(name, variables));
        ConfigurationPropertySources.attach(environment);
        return environment;
    }

    /** The one service that forwards the API. */
    private static String gatewayName() {
        List<String> gateways = cleaveServices().entrySet().stream()
                .filter(service -> "true".equals(environment(service.getValue()).get("CLEAVE_GATEWAY_ENABLED")))
                .map(Map.Entry::getKey).toList();
        assertThat(gateways).hasSize(1);
        return gateways.get(0);
    }

    @Test
    void everyDatabaseAndTheBrokerExist() throws IOException {
        String init = Files.readString(ROOT.resolve("docker/postgres-init.sql"));
        Set<String> databases = new HashSet<>();
        cleaveServices().forEach((name, service) -> {
            Map<String, String> environment = environment(service);
            if (new Topology(environment.get("CLEAVE_TOPOLOGY_LOCAL")).isNone()) {
                return; // the pure gateway keeps no data
            }
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
        assertThat(cleave).hasSizeGreaterThanOrEqualTo(4);
        return cleave;
    }

    /**
     * Telemetry is wired: every Cleave process sends its spans to the collector, which hands them to
     * Jaeger; Prometheus scrapes exactly the Cleave processes, with a token, and loads the alert
     * rules; Grafana is provisioned with the dashboard.
     */
    @Test
    @SuppressWarnings("unchecked")
    void everyProcessSendsItsSpansToTheCollectorAndIsScrapedByPrometheus() throws IOException {
        cleaveServices().forEach((name, service) -> assertThat(environment(service)).as(name)
                .containsEntry("MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT", "http://otel-collector:4318/v1/traces"));
        assertThat(services).containsKeys("otel-collector", "jaeger", "prometheus", "grafana", "scrape-token");

        Map<String, Object> collector = new Yaml().load(Files.readString(ROOT.resolve("deploy/otel-collector/config.yaml")));
        Map<String, Object> jaeger = (Map<String, Object>) ((Map<String, Object>) collector.get("exporters")).get("otlp/jaeger");
        assertThat(jaeger.get("endpoint")).isEqualTo("jaeger:4317");

        Map<String, Object> prometheus = new Yaml().load(Files.readString(ROOT.resolve("deploy/prometheus/prometheus.yml")));
        Map<String, Object> job = ((List<Map<String, Object>>) prometheus.get("scrape_configs")).get(0);
        assertThat(job.get("metrics_path")).isEqualTo("/actuator/prometheus");
        assertThat(((Map<String, Object>) job.get("authorization")).get("credentials_file")).isEqualTo("/tokens/metrics");
        List<String> targets = strings(((List<Map<String, Object>>) job.get("static_configs")).get(0).get("targets"));
        assertThat(targets).containsExactlyInAnyOrderElementsOf(
                cleaveServices().keySet().stream().map(name -> name + ":" + exposedPort()).toList());
        assertThat(strings(prometheus.get("rule_files"))).containsExactly("/etc/prometheus/alerts.yml");
        assertThat(strings(services.get("prometheus").get("volumes")))
                .contains("./deploy/prometheus/alerts.yml:/etc/prometheus/alerts.yml:ro", "scrape-tokens:/tokens:ro");
        assertThat(strings(services.get("grafana").get("volumes")))
                .contains("./deploy/grafana/dashboards:/var/lib/grafana/dashboards:ro");
    }

    /** The process that runs ordering keeps its catalog quotes in the compose file's Redis. */
    @Test
    void orderingCachesItsQuotesInTheComposeRedis() {
        cleaveServices().forEach((name, service) -> {
            boolean ordering = new Topology(environment(service).get("CLEAVE_TOPOLOGY_LOCAL")).isLocal("ordering");
            assertThat(environment(service).get("SPRING_DATA_REDIS_HOST")).as(name).isEqualTo(ordering ? "redis" : null);
        });
        assertThat(services).containsKey("redis");
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
