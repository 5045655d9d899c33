package io.cleave.platform;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Which bounded contexts run in this process, from {@code cleave.topology.local}.
 * <p>
 * {@code all} (the default) hosts every context: the monolith. A comma list hosts only the contexts
 * named, which is how a context is extracted into its own service: the same jar runs as
 * {@code cleave.topology.local=catalog,customer,inventory,ordering,settlement} (the monolith without
 * payment) and as {@code cleave.topology.local=payment} (the payment service), and messages between
 * them travel over Kafka. {@code none} hosts no context: a pure gateway. Unknown names stop the
 * start-up with a message naming them.
 */
@ConfigurationProperties("cleave.topology")
public record Topology(String local) {

    /** Every bounded context, in dependency order: a context comes after those it depends on. */
    public static final List<String> CONTEXTS =
            List.of("catalog", "customer", "inventory", "payment", "ordering", "settlement");

    public static final String ALL = "all";

    /** No context here: a pure gateway, with no database and no broker (see {@link PureGateway}). */
    public static final String NONE = "none";

    /**
     * Where the Kafka cluster is. A split needs it; given it, a monolith too publishes its events
     * for subscribers outside Cleave.
     */
    public static final String BROKER_PROPERTY = "spring.kafka.bootstrap-servers";

    private static final String PACKAGE_PREFIX = "io.cleave.";

    public Topology {
        local = local == null || local.isBlank() ? ALL : local.trim();
        if (!ALL.equals(local) && !NONE.equals(local)) {
            if (names(local).isEmpty()) {
                throw new IllegalArgumentException("cleave.topology.local='%s' names no context".formatted(local));
            }
            Set<String> unknown = names(local).stream()
                    .filter(name -> !CONTEXTS.contains(name))
                    .collect(Collectors.toCollection(TreeSet::new));
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("cleave.topology.local='%s' names unknown context(s) %s; known contexts are %s, or 'all'"
                        .formatted(local, unknown, CONTEXTS));
            }
        }
    }

    /** The topology an environment asks for, for code that runs before configuration properties are bound. */
    public static Topology of(Environment environment) {
        return new Topology(Binder.get(environment).bind("cleave.topology.local", String.class).orElse(ALL));
    }

    /**
     * Whether an environment asks for no context (a pure gateway), without validating the rest: for
     * conditions that run before the topology is bound, which must not be where a wrong value fails.
     */
    public static boolean isNone(Environment environment) {
        return NONE.equals(environment.getProperty("cleave.topology.local", "").trim());
    }

    /** The contexts hosted by this process, in {@link #CONTEXTS} order. */
    public List<String> localContexts() {
        if (ALL.equals(local)) {
            return CONTEXTS;
        }
        if (NONE.equals(local)) {
            return List.of();
        }
        Set<String> named = Set.copyOf(names(local));
        return CONTEXTS.stream().filter(named::contains).toList();
    }

    public boolean isLocal(String context) {
        return localContexts().contains(context);
    }

    /** Whether no context runs here: the process is a pure gateway. */
    public boolean isNone() {
        return localContexts().isEmpty();
    }

    /** Whether some context runs elsewhere, so that messages cross process boundaries. */
    public boolean isSplit() {
        return localContexts().size() < CONTEXTS.size();
    }

    /** The context a class belongs to, by its package {@code io.cleave.<context>}; empty for platform and adapters. */
    public static Optional<String> contextOf(String className) {
        if (className == null || !className.startsWith(PACKAGE_PREFIX)) {
            return Optional.empty();
        }
        String rest = className.substring(PACKAGE_PREFIX.length());
        int dot = rest.indexOf('.');
        String first = dot < 0 ? rest : rest.substring(0, dot);
        return CONTEXTS.contains(first) ? Optional.of(first) : Optional.empty();
    }

    /** The package of a context's classes, {@code io.cleave.<context>}. */
    public static String packageOf(String context) {
        return PACKAGE_PREFIX + context;
    }

    private static List<String> names(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).filter(name -> !name.isEmpty()).toList();
    }
}
