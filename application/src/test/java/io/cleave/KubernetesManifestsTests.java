package io.cleave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.yaml.snakeyaml.Yaml;

import tools.jackson.databind.json.JsonMapper;

import io.cleave.platform.Topology;
import io.cleave.testsupport.HttpTestClient;

/**
 * deploy/k8s, rendered by {@code kubectl kustomize} as a cluster would receive it, says what the
 * application reads and serves: every probe path answers on the running application, every variable
 * is a setting it reads, no pod starts an embedded PostgreSQL, every Service, autoscaler, budget and
 * the Ingress find the pods they mean, the image is compose's, each context is local in exactly one
 * Deployment of the split and every remote URL reaches its host, every replica trusts one key, only
 * the entry point is reached from outside, shutdown fits its grace period, and the databases and
 * the broker the processes name are the ones the operators' manifests make. No cluster is needed.
 */
@SpringBootTest(classes = CleaveApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KubernetesManifestsTests {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Path K8S = ROOT.resolve("deploy/k8s");
    private static final List<String> OVERLAYS = List.of("monolith", "split");
    private static final String ENTRY_POINT = "cleave.io/entry-point";

    static Map<String, Manifests> overlays = new LinkedHashMap<>();
    static Manifests backing;

    @LocalServerPort int port;
    @Autowired Environment application;

    @BeforeAll
    static void render() throws Exception {
        boolean kubectl = isOnPath("kubectl");
        if (!kubectl) {
            // on CI the manifests must be checked: .ci/run and the workflow provide kubectl
            assertThat(System.getenv("CI")).as("kubectl (with kustomize) is missing on CI").isNull();
            System.err.println("KubernetesManifestsTests skipped: kubectl (with kustomize) is not on the PATH");
        }
        assumeTrue(kubectl, "skipped: kubectl (with kustomize) is not on the PATH");
        for (String overlay : OVERLAYS) {
            overlays.put(overlay, new Manifests(kustomize(K8S.resolve("overlays").resolve(overlay))));
        }
        backing = new Manifests(kustomize(K8S.resolve("backing")));
    }

    @Test
    void everyProbePathIsServedByTheApplication() {
        HttpTestClient http = HttpTestClient.onPort(port);
        overlays.forEach((overlay, manifests) -> manifests.containers().forEach(container -> {
            for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                String path = (String) at(container, probe, "httpGet", "path");
                assertThat(path).as("%s of %s", probe, overlay).isNotNull();
                assertThat(at(container, probe, "httpGet", "port")).isEqualTo("http");
                var response = http.get(path);
                assertThat(response.status()).as("GET %s", path).isEqualTo(200);
                assertThat(response.body()).contains("\"status\":\"UP\"");
            }
        }));
    }

    @Test
    void everyVariableIsASettingTheApplicationReadsAndNoSecretIsCommitted() {
        overlays.forEach((overlay, manifests) -> {
            assertThat(manifests.ofKind("Secret")).as(overlay).isEmpty();
            manifests.ofKind("Deployment").forEach(deployment -> manifests.environment(deployment).keySet()
                    .forEach(variable -> assertThat(DeploymentVariables.isSetting(variable)
                            || variable.equals(DeploymentVariables.JVM_OPTIONS))
                            .as("%s of %s in %s", variable, name(deployment), overlay).isTrue()));
        });
    }

    /** The check below fails a Deployment that would start the embedded PostgreSQL. */
    @Test
    void noPodStartsAnEmbeddedDatabase() {
        assertThat(startsEmbeddedPostgres(Map.of("CLEAVE_TOPOLOGY_LOCAL", "payment"))).isTrue();
        assertThat(startsEmbeddedPostgres(Map.of("CLEAVE_TOPOLOGY_LOCAL", "none"))).isFalse();
        overlays.forEach((overlay, manifests) -> manifests.ofKind("Deployment").forEach(deployment ->
                assertThat(startsEmbeddedPostgres(manifests.environment(deployment)))
                        .as("%s of %s starts an embedded PostgreSQL", name(deployment), overlay).isFalse()));
    }

    @Test
    void everyServiceAutoscalerBudgetAndTheIngressFindTheirPods() {
        overlays.forEach((overlay, manifests) -> {
            for (Map<String, Object> service : manifests.ofKind("Service")) {
                Map<String, Object> deployment = manifests.selected(labels(at(service, "spec", "selector")));
                assertThat(deployment).as("Service %s of %s selects a Deployment", name(service), overlay).isNotNull();
                Set<String> portNames = Manifests.containersOf(deployment).stream()
                        .flatMap(container -> list(container.get("ports")).stream())
                        .map(port -> (String) port.get("name")).collect(Collectors.toSet());
                list(at(service, "spec", "ports")).forEach(port ->
                        assertThat(portNames).as("Service %s", name(service)).contains((String) port.get("targetPort")));
            }
            for (Map<String, Object> budget : manifests.ofKind("PodDisruptionBudget")) {
                assertThat(manifests.selected(labels(at(budget, "spec", "selector", "matchLabels"))))
                        .as("PodDisruptionBudget %s", name(budget)).isNotNull();
            }
            Set<String> deployments = manifests.ofKind("Deployment").stream().map(KubernetesManifestsTests::name)
                    .collect(Collectors.toSet());
            for (Map<String, Object> autoscaler : manifests.ofKind("HorizontalPodAutoscaler")) {
                assertThat(deployments).contains((String) at(autoscaler, "spec", "scaleTargetRef", "name"));
            }
            assertThat(manifests.ofKind("HorizontalPodAutoscaler")).hasSameSizeAs(deployments);
            // the Ingress reaches the entry point, and only it
            List<Map<String, Object>> ingresses = manifests.ofKind("Ingress");
            assertThat(ingresses).as(overlay).hasSize(1);
            List<Map<String, Object>> paths = list(at(list(at(ingresses.get(0), "spec", "rules")).get(0), "http", "paths"));
            assertThat(paths.stream().map(path -> at(path, "path"))).as("what the Ingress exposes in %s", overlay)
                    .containsExactlyInAnyOrder("/api", "/actuator/health");
            for (Map<String, Object> path : paths) {
                String backend = (String) at(path, "backend", "service", "name");
                Map<String, Object> service = manifests.named("Service", backend);
                assertThat(service).as("Ingress backend %s in %s", backend, overlay).isNotNull();
                assertThat(podLabels(manifests.selected(labels(at(service, "spec", "selector")))))
                        .containsEntry(ENTRY_POINT, "true");
            }
            assertThat(manifests.ofKind("Deployment")).allSatisfy(deployment -> assertThat(at(deployment, "spec", "replicas"))
                    .as("replicas of %s, which its autoscaler owns", name(deployment)).isNull());
        });
    }

    @Test
    void theImageIsComposes() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
        @SuppressWarnings("unchecked")
        Object image = ((Map<String, Map<String, Object>>) compose.get("services")).get("monolith").get("image");
        overlays.forEach((overlay, manifests) -> manifests.containers().forEach(container ->
                assertThat(container.get("image")).as(overlay).isEqualTo(image)));
    }

    @Test
    void eachContextIsLocalInExactlyOneDeploymentOfTheSplitAndEveryRemoteUrlReachesIt() {
        Manifests split = overlays.get("split");
        Map<String, String> hostOf = new HashMap<>();
        for (Map<String, Object> deployment : split.ofKind("Deployment")) {
            new Topology(split.environment(deployment).get("CLEAVE_TOPOLOGY_LOCAL")).localContexts()
                    .forEach(context -> assertThat(hostOf.put(context, name(deployment)))
                            .as("%s local in two Deployments", context).isNull());
        }
        assertThat(hostOf.keySet()).containsExactlyInAnyOrderElementsOf(Topology.CONTEXTS);
        for (Map<String, Object> deployment : split.ofKind("Deployment")) {
            Map<String, String> environment = split.environment(deployment);
            Topology topology = new Topology(environment.get("CLEAVE_TOPOLOGY_LOCAL"));
            environment.forEach((variable, value) -> {
                String context = DeploymentVariables.remoteContext(variable);
                if (context != null) {
                    URI url = URI.create(value);
                    Map<String, Object> service = split.named("Service", url.getHost());
                    assertThat(service).as("%s of %s names a Service", variable, name(deployment)).isNotNull();
                    assertThat(name(split.selected(labels(at(service, "spec", "selector"))))).isEqualTo(hostOf.get(context));
                    assertThat(list(at(service, "spec", "ports"))).anySatisfy(port -> assertThat(port.get("port"))
                            .isEqualTo(url.getPort()));
                }
            });
            // the gateway forwards every context it does not host; ordering queries catalog, customer, payment
            List<String> needed = "true".equals(environment.get("CLEAVE_GATEWAY_ENABLED")) ? Topology.CONTEXTS
                    : topology.isLocal("ordering") ? List.of("catalog", "customer", "payment") : List.of();
            needed.stream().filter(context -> !topology.isLocal(context)).forEach(context ->
                    assertThat(environment).as(name(deployment))
                            .containsKey("CLEAVE_TOPOLOGY_REMOTE_" + context.toUpperCase() + "_URL"));
        }
        assertThat(new Topology(overlays.get("monolith").environment(overlays.get("monolith").ofKind("Deployment").get(0))
                .get("CLEAVE_TOPOLOGY_LOCAL")).localContexts()).containsExactlyInAnyOrderElementsOf(Topology.CONTEXTS);
    }

    /**
     * A token works on every replica: the issuing process reads its key from a mounted Secret (every
     * replica the same), and every other process trusts that process's key set and gets its service
     * tokens from it with the secret it knows.
     */
    @Test
    void everyReplicaTrustsTheOneKey() {
        overlays.forEach((overlay, manifests) -> {
            List<Map<String, Object>> issuers = manifests.ofKind("Deployment").stream()
                    .filter(deployment -> "true".equals(manifests.environment(deployment).get("CLEAVE_SECURITY_DEV_ISSUER_ENABLED")))
                    .toList();
            assertThat(issuers).as(overlay).hasSize(1);
            Map<String, Object> issuer = issuers.get(0);
            String key = manifests.environment(issuer).get("CLEAVE_SECURITY_DEV_ISSUER_KEY_LOCATION");
            assertThat(key).as(overlay).isNotNull();
            assertThat(secretMountedAt(issuer, Path.of(key).getParent().toString())).as(overlay).isNotNull();
            String issuerService = manifests.ofKind("Service").stream()
                    .filter(service -> name(manifests.selected(labels(at(service, "spec", "selector")))).equals(name(issuer)))
                    .map(KubernetesManifestsTests::name).findFirst().orElseThrow();
            Map<String, Object> clientSecret = secretKeyOf(issuer, "CLEAVE_SECURITY_DEV_ISSUER_CLIENT_SECRET");
            for (Map<String, Object> deployment : manifests.ofKind("Deployment")) {
                if (deployment == issuer) {
                    continue;
                }
                Map<String, String> environment = manifests.environment(deployment);
                String base = "http://" + issuerService + ":8080";
                assertThat(environment).as(name(deployment))
                        .doesNotContainKey("CLEAVE_SECURITY_DEV_ISSUER_ENABLED")
                        .containsEntry("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWKSETURI", base + "/dev/jwks")
                        .containsEntry("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUERURI", "urn:cleave:dev-issuer")
                        .containsEntry("SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_CLEAVE_TOKENURI", base + "/dev/oauth2/token");
                assertThat(secretKeyOf(deployment, "SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_CLEAVE_CLIENTSECRET"))
                        .as(name(deployment)).isNotNull().isEqualTo(clientSecret);
            }
        });
    }

    @Test
    void onlyTheEntryPointIsReachedFromOutside() {
        overlays.forEach((overlay, manifests) -> {
            List<Map<String, Object>> policies = manifests.ofKind("NetworkPolicy");
            for (Map<String, Object> deployment : manifests.ofKind("Deployment")) {
                Map<String, String> pod = podLabels(deployment);
                List<Map<String, Object>> selecting = policies.stream()
                        .filter(policy -> pod.entrySet().containsAll(labels(at(policy, "spec", "podSelector", "matchLabels")).entrySet()))
                        .toList();
                assertThat(selecting).as("a policy isolates %s", name(deployment)).isNotEmpty();
                // outside: anyone, an address range, or every pod of some namespace (a peer naming pods by
                // their labels, such as Prometheus's, is a known in-cluster caller)
                boolean fromOutside = selecting.stream().flatMap(policy -> list(at(policy, "spec", "ingress")).stream())
                        .anyMatch(rule -> list(rule.get("from")).isEmpty()
                                || list(rule.get("from")).stream().anyMatch(peer -> peer.containsKey("ipBlock")
                                        || (peer.containsKey("namespaceSelector") && !peer.containsKey("podSelector"))));
                assertThat(fromOutside).as("%s reached from outside in %s", name(deployment), overlay)
                        .isEqualTo("true".equals(pod.get(ENTRY_POINT)));
                boolean scraped = selecting.stream().flatMap(policy -> list(at(policy, "spec", "ingress")).stream())
                        .flatMap(rule -> list(rule.get("from")).stream())
                        .anyMatch(peer -> "prometheus".equals(labels(at(peer, "podSelector", "matchLabels"))
                                .get("app.kubernetes.io/name")));
                assertThat(scraped).as("Prometheus reaches %s in %s", name(deployment), overlay).isTrue();
            }
        });
    }

    @Test
    void shutdownFitsTheGracePeriodAndEveryContainerIsSized() {
        assertThat(application.getProperty("server.shutdown")).isEqualTo("graceful");
        Duration phase = Duration.parse("PT" + application.getProperty("spring.lifecycle.timeout-per-shutdown-phase")
                .toUpperCase());
        overlays.forEach((overlay, manifests) -> manifests.ofKind("Deployment").forEach(deployment -> {
            int grace = (Integer) at(deployment, "spec", "template", "spec", "terminationGracePeriodSeconds");
            for (Map<String, Object> container : Manifests.containersOf(deployment)) {
                List<Object> preStop = listOf(at(container, "lifecycle", "preStop", "exec", "command"));
                assertThat(preStop).as(name(deployment)).first().isEqualTo("sleep");
                int sleep = Integer.parseInt(String.valueOf(preStop.get(1)));
                // the web server's phase and the context's close each take at most one phase
                assertThat(grace).as(name(deployment)).isGreaterThan(sleep + 2 * (int) phase.toSeconds());
                assertThat(at(container, "resources", "requests", "cpu")).as(name(deployment)).isNotNull();
                assertThat(at(container, "resources", "requests", "memory")).as(name(deployment)).isNotNull();
                assertThat(at(container, "resources", "limits", "memory")).as(name(deployment)).isNotNull();
                int startupBudget = (Integer) at(container, "startupProbe", "periodSeconds")
                        * (Integer) at(container, "startupProbe", "failureThreshold");
                assertThat(startupBudget).as("start-up allowance of %s, s", name(deployment)).isGreaterThanOrEqualTo(60);
            }
        }));
    }

    /** Where .ci/run has installed kubernetes-models: every object it has a schema for matches it. */
    @Test
    void everyObjectMatchesItsKubernetesSchema() throws Exception {
        boolean present = Files.isDirectory(ROOT.resolve(".ci/tools/node_modules/kubernetes-models"));
        if (!present) {
            System.err.println("KubernetesManifestsTests.everyObjectMatchesItsKubernetesSchema skipped: kubernetes-models "
                    + "is not installed (.ci/run installs it: npm ci --prefix .ci/tools)");
        }
        assumeTrue(present, "skipped: kubernetes-models is not installed (npm ci --prefix .ci/tools)");
        for (Map.Entry<String, Manifests> overlay : overlays.entrySet()) {
            Process validate = new ProcessBuilder("node", ".ci/tools/validate-manifests.mjs").directory(ROOT.toFile())
                    .redirectErrorStream(true).start();
            try (var input = validate.getOutputStream()) {
                input.write(JsonMapper.builder().build().writeValueAsBytes(overlay.getValue().objects()));
            }
            String output = new String(validate.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(validate.waitFor()).as("%s: %s", overlay.getKey(), output).isZero();
            assertThat(output).as(overlay.getKey()).doesNotContain("not checked");
        }
    }

    /** The databases, their credentials and the broker the processes name are the ones the operators make. */
    @Test
    void theDatabasesAndTheBrokerAreTheOperatorsOnes() {
        Map<String, Object> cluster = backing.ofKind("Cluster").get(0);
        Set<String> databases = new java.util.HashSet<>();
        databases.add((String) at(cluster, "spec", "bootstrap", "initdb", "database"));
        backing.ofKind("Database").forEach(database -> {
            assertThat(at(database, "spec", "cluster", "name")).isEqualTo(name(cluster));
            databases.add((String) at(database, "spec", "name"));
        });
        Map<String, Object> kafka = backing.ofKind("Kafka").get(0);
        assertThat(labels(at(kafka, "metadata", "annotations"))).containsEntry("strimzi.io/kraft", "enabled");
        assertThat(backing.ofKind("KafkaNodePool")).anySatisfy(pool ->
                assertThat(listOf(at(pool, "spec", "roles"))).contains("controller", "broker"));
        // only Cleave's pods reach the broker (Strimzi's policy from the peers) and the database
        Map<String, String> cleavePods = Map.of("app.kubernetes.io/part-of", "cleave");
        for (Map<String, Object> listener : list(at(kafka, "spec", "kafka", "listeners"))) {
            assertThat(list(listener.get("networkPolicyPeers")))
                    .extracting(peer -> labels(at(peer, "podSelector", "matchLabels"))).containsExactly(cleavePods);
        }
        Map<String, Object> databasePolicy = backing.ofKind("NetworkPolicy").stream()
                .filter(policy -> labels(at(policy, "spec", "podSelector", "matchLabels"))
                        .equals(Map.of("cnpg.io/cluster", name(cluster))))
                .findFirst().orElseThrow(() -> new AssertionError("no NetworkPolicy selects the database's pods"));
        assertThat(list(at(databasePolicy, "spec", "ingress")).stream().flatMap(rule -> list(rule.get("from")).stream())
                .map(peer -> labels(at(peer, "podSelector", "matchLabels")))).contains(cleavePods);
        overlays.forEach((overlay, manifests) -> {
            Set<String> used = new java.util.HashSet<>();
            manifests.ofKind("Deployment").forEach(deployment -> {
                Map<String, String> environment = manifests.environment(deployment);
                if (new Topology(environment.get("CLEAVE_TOPOLOGY_LOCAL")).isNone()) {
                    return;
                }
                URI database = URI.create(environment.get("SPRING_DATASOURCE_URL").substring("jdbc:".length()));
                assertThat(database.getHost()).isEqualTo(name(cluster) + "-rw");
                String name = database.getPath().substring(1);
                assertThat(databases).as(overlay).contains(name);
                assertThat(used.add(name)).as("%s shares a database in %s", name(deployment), overlay).isTrue();
                assertThat(secretKeyOf(deployment, "SPRING_DATASOURCE_PASSWORD")).containsEntry("name", name(cluster) + "-app");
                assertThat(environment.get("SPRING_KAFKA_BOOTSTRAP_SERVERS"))
                        .isEqualTo(name(kafka) + "-kafka-bootstrap:" + at(list(at(kafka, "spec", "kafka", "listeners")).get(0), "port"));
            });
        });
    }

    /** Whether the platform would start its embedded PostgreSQL for these variables, as Boot binds them. */
    private static boolean startsEmbeddedPostgres(Map<String, String> variables) {
        var environment = new StandardEnvironment();
        String source = StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME;
        environment.getPropertySources().replace(source, new SystemEnvironmentPropertySource(source, Map.copyOf(variables)));
        ConfigurationPropertySources.attach(environment);
        return !Topology.isNone(environment) && environment.getProperty("spring.datasource.url", "").isBlank();
    }

    private static Map<String, Object> secretKeyOf(Map<String, Object> deployment, String variable) {
        return Manifests.containersOf(deployment).stream().flatMap(container -> list(container.get("env")).stream())
                .filter(env -> variable.equals(env.get("name")))
                .map(env -> map(at(env, "valueFrom", "secretKeyRef"))).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static String secretMountedAt(Map<String, Object> deployment, String directory) {
        Map<String, String> secretOfVolume = new HashMap<>();
        list(at(deployment, "spec", "template", "spec", "volumes")).stream().filter(volume -> volume.containsKey("secret"))
                .forEach(volume -> secretOfVolume.put((String) volume.get("name"), (String) at(volume, "secret", "secretName")));
        return Manifests.containersOf(deployment).stream().flatMap(container -> list(container.get("volumeMounts")).stream())
                .filter(mount -> directory.equals(mount.get("mountPath")))
                .map(mount -> secretOfVolume.get((String) mount.get("name"))).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static Map<String, String> podLabels(Map<String, Object> deployment) {
        return labels(at(deployment, "spec", "template", "metadata", "labels"));
    }

    private static String name(Map<String, Object> object) {
        return object == null ? null : (String) at(object, "metadata", "name");
    }

    private static Object at(Object object, String... path) {
        Object current = object;
        for (String key : path) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(key);
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object object) {
        return (Map<String, Object>) object;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object object) {
        return object == null ? List.of() : (List<Map<String, Object>>) object;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> listOf(Object object) {
        return object == null ? List.of() : (List<Object>) object;
    }

    private static Map<String, String> labels(Object object) {
        Map<String, String> labels = new HashMap<>();
        if (object instanceof Map<?, ?> map) {
            map.forEach((key, value) -> labels.put(String.valueOf(key), String.valueOf(value)));
        }
        return labels;
    }

    private static boolean isOnPath(String command) {
        String path = Objects.requireNonNullElse(System.getenv("PATH"), "");
        for (String directory : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(directory, command))) {
                return true;
            }
        }
        return false;
    }

    private static String kustomize(Path directory) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("kubectl", "kustomize", directory.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("kubectl kustomize %s: %s", directory, output).isZero();
        return output;
    }

    /** The objects of one rendered overlay. */
    private record Manifests(List<Map<String, Object>> objects) {

        Manifests(String yaml) {
            this(load(yaml));
        }

        private static List<Map<String, Object>> load(String yaml) {
            List<Map<String, Object>> objects = new ArrayList<>();
            new Yaml().loadAll(yaml).forEach(object -> {
                if (object != null) {
                    objects.add(map(object));
                }
            });
            return objects;
        }

        List<Map<String, Object>> ofKind(String kind) {
            return objects.stream().filter(object -> kind.equals(object.get("kind"))).toList();
        }

        Map<String, Object> named(String kind, String name) {
            return ofKind(kind).stream().filter(object -> name.equals(name(object))).findFirst().orElse(null);
        }

        /** The one Deployment whose pods carry these labels. */
        Map<String, Object> selected(Map<String, String> selector) {
            assertThat(selector).isNotEmpty();
            List<Map<String, Object>> selected = ofKind("Deployment").stream()
                    .filter(deployment -> podLabels(deployment).entrySet().containsAll(selector.entrySet())).toList();
            assertThat(selected).as("Deployments selected by %s", selector).hasSizeLessThanOrEqualTo(1);
            return selected.isEmpty() ? null : selected.get(0);
        }

        List<Map<String, Object>> containers() {
            return ofKind("Deployment").stream().flatMap(deployment -> containersOf(deployment).stream()).toList();
        }

        static List<Map<String, Object>> containersOf(Map<String, Object> deployment) {
            return list(at(deployment, "spec", "template", "spec", "containers"));
        }

        /** A Deployment's variables: its ConfigMaps' (envFrom), then its own. */
        Map<String, String> environment(Map<String, Object> deployment) {
            Map<String, String> environment = new LinkedHashMap<>();
            for (Map<String, Object> container : containersOf(deployment)) {
                for (Map<String, Object> from : list(container.get("envFrom"))) {
                    String configMap = (String) at(from, "configMapRef", "name");
                    Map<String, Object> data = named("ConfigMap", configMap);
                    assertThat(data).as("ConfigMap %s of %s", configMap, name(deployment)).isNotNull();
                    labels(data.get("data")).forEach(environment::put);
                }
                for (Map<String, Object> env : list(container.get("env"))) {
                    environment.put((String) env.get("name"), env.containsKey("value") ? String.valueOf(env.get("value")) : "<secret>");
                }
            }
            return environment;
        }
    }
}
