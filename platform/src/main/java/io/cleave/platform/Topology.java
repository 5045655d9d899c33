package io.cleave.platform;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which bounded contexts run in this process, from {@code cleave.topology.local}.
 * <p>
 * {@code all} (the default) hosts every context: the monolith. Naming a subset of contexts is how a
 * context is extracted into its own service; until the remote adapters exist, only {@code all} is
 * accepted and anything else stops the start-up with a message saying so.
 */
@ConfigurationProperties("cleave.topology")
public record Topology(String local) {

    /** Every bounded context, in dependency order: a context comes after those it depends on. */
    public static final List<String> CONTEXTS =
            List.of("catalog", "customer", "inventory", "payment", "ordering", "settlement");

    public static final String ALL = "all";

    public Topology {
        local = local == null || local.isBlank() ? ALL : local.trim();
        if (!ALL.equals(local)) {
            Set<String> unknown = Arrays.stream(local.split(","))
                    .map(String::trim)
                    .filter(name -> !CONTEXTS.contains(name))
                    .collect(Collectors.toCollection(java.util.TreeSet::new));
            String why = unknown.isEmpty()
                    ? "running a subset of contexts needs the remote (Kafka/HTTP) adapters, which this build does not have yet"
                    : "unknown context(s) " + unknown + "; known contexts are " + CONTEXTS;
            throw new IllegalArgumentException(
                    "cleave.topology.local='%s' is not supported: %s. Use 'all'.".formatted(local, why));
        }
    }

    /** The contexts hosted by this process. */
    public List<String> localContexts() {
        return CONTEXTS;
    }

    public boolean isLocal(String context) {
        return localContexts().contains(context);
    }
}
