package io.cleave.platform;

import java.util.List;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * {@code cleave.topology.local=none}: a process that hosts no context, only the edge (a pure
 * gateway). It has no data, so the auto-configuration of a database, Flyway, Spring Data JDBC, the
 * event publication registry, Kafka and Spring Modulith's run-time module model is filtered out
 * before it is even considered, and the platform's own persistence beans stand down by
 * {@link HasContexts}.
 */
public final class PureGateway implements AutoConfigurationImportFilter, EnvironmentAware {

    /** The auto-configuration a process without contexts does without, by package. */
    static final List<String> WITHOUT = List.of("org.springframework.boot.jdbc.", "org.springframework.boot.flyway.",
            "org.springframework.boot.data.jdbc.", "org.springframework.boot.kafka.", "org.springframework.modulith.events.",
            "io.cleave.kafka.",
            // the module model (read with ArchUnit at start) describes contexts, of which there are none here
            "org.springframework.modulith.runtime.", "org.springframework.modulith.actuator.");

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
        boolean none = Topology.isNone(environment);
        boolean[] matches = new boolean[autoConfigurationClasses.length];
        for (int i = 0; i < autoConfigurationClasses.length; i++) {
            String type = autoConfigurationClasses[i];
            matches[i] = !none || type == null || WITHOUT.stream().noneMatch(type::startsWith);
        }
        return matches;
    }

    /** Matches when some context runs in this process: the condition of the platform's persistence. */
    public static class HasContexts implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !Topology.isNone(context.getEnvironment());
        }
    }
}
