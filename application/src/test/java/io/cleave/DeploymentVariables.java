package io.cleave;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.cleave.platform.Topology;

/**
 * The environment variables a deployment (docker-compose.yml, deploy/k8s) may give a Cleave process:
 * each names a setting the application reads, the way Boot maps variables to properties.
 */
final class DeploymentVariables {

    static final Set<String> SETTINGS = Set.of("CLEAVE_TOPOLOGY_LOCAL", "SPRING_DATASOURCE_URL",
            "SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD", "SPRING_KAFKA_BOOTSTRAP_SERVERS",
            "CLEAVE_SECURITY_DEV_ISSUER_ENABLED", "CLEAVE_SECURITY_DEV_ISSUER_ALLOW_REMOTE",
            "CLEAVE_SECURITY_DEV_ISSUER_CLIENT_SECRET", "CLEAVE_SECURITY_DEV_ISSUER_KEY_LOCATION",
            "CLEAVE_GATEWAY_ENABLED",
            "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWKSETURI", "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUERURI",
            "SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_CLEAVE_CLIENTID",
            "SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_CLEAVE_CLIENTSECRET",
            "SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_CLEAVE_AUTHORIZATIONGRANTTYPE",
            "SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_CLEAVE_TOKENURI",
            "MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT", "MANAGEMENT_TRACING_SAMPLING_PROBABILITY",
            "SPRING_DATA_REDIS_HOST");
    /** The JVM's own variable, read by the JVM rather than the application. */
    static final String JVM_OPTIONS = "JAVA_TOOL_OPTIONS";
    static final Pattern REMOTE_URL = Pattern.compile("CLEAVE_TOPOLOGY_REMOTE_([A-Z]+)_URL");

    private DeploymentVariables() {
    }

    static boolean isSetting(String variable) {
        Matcher remote = REMOTE_URL.matcher(variable);
        return SETTINGS.contains(variable)
                || (remote.matches() && Topology.CONTEXTS.contains(remote.group(1).toLowerCase()));
    }

    /** The context whose remote URL this variable gives, or null. */
    static String remoteContext(String variable) {
        Matcher remote = REMOTE_URL.matcher(variable);
        return remote.matches() ? remote.group(1).toLowerCase() : null;
    }
}
