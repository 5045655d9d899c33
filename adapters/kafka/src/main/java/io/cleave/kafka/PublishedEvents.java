package io.cleave.kafka;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

import io.cleave.platform.Topology;

/**
 * Whose events this process publishes to Kafka for subscribers outside Cleave (analytics, a
 * warehouse, a search index), from {@code cleave.kafka.publish-events}: {@code all}, {@code none},
 * or a comma list of contexts. Unset: {@code all} when a broker is configured, {@code none}
 * otherwise. A process publishes the events of its local contexts only, so each event is published
 * once, by the process that owns it.
 */
record PublishedEvents(Set<String> contexts) implements Predicate<String> {

    static final String PROPERTY = "cleave.kafka.publish-events";

    static PublishedEvents of(Environment environment) {
        String byDefault = environment.containsProperty(Topology.BROKER_PROPERTY) ? "all" : "none";
        // bound, so that a YAML list reads as the comma list it is
        String setting = Binder.get(environment).bind(PROPERTY, Bindable.listOf(String.class))
                .map(names -> String.join(",", names)).orElse(byDefault).trim();
        if (setting.equals("all")) {
            return new PublishedEvents(Set.copyOf(Topology.CONTEXTS));
        }
        if (setting.equals("none") || setting.isEmpty()) {
            return new PublishedEvents(Set.of());
        }
        List<String> named = Arrays.stream(setting.split(",")).map(String::trim).filter(name -> !name.isEmpty()).toList();
        Set<String> unknown = named.stream().filter(name -> !Topology.CONTEXTS.contains(name))
                .collect(Collectors.toCollection(TreeSet::new));
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("%s=%s names unknown context(s) %s; known contexts are %s, or all, or none"
                    .formatted(PROPERTY, setting, unknown, Topology.CONTEXTS));
        }
        return new PublishedEvents(Set.copyOf(named));
    }

    boolean any() {
        return !contexts.isEmpty();
    }

    @Override
    public boolean test(String context) {
        return contexts.contains(context);
    }
}
