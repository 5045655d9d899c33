package io.cleave.platform;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.EnableScheduling;

import io.swagger.v3.oas.models.OpenAPI;

/** The platform every Cleave process runs; see the package description. */
@AutoConfiguration(before = FlywayAutoConfiguration.class)
@EnableConfigurationProperties(Topology.class)
@EnableScheduling
public class PlatformAutoConfiguration {

    /**
     * The one clock of the process; tests replace it to control time. It ticks in microseconds, the
     * precision PostgreSQL stores, so an instant reads back exactly as it was written.
     */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }

    /** What crosses the boundaries of the local contexts; see {@link ContextBoundaries}. */
    @Bean
    static ContextBoundaries contextBoundaries(Environment environment) {
        return new ContextBoundaries(environment);
    }

    @Bean
    @Conditional(PureGateway.HasContexts.class)
    FlywayMigrationStrategy contextMigrations(Topology topology) {
        return new ContextMigrations(topology);
    }

    @Bean
    @Conditional(PureGateway.HasContexts.class)
    OutboxMaintenance outboxMaintenance(IncompleteEventPublications incomplete, CompletedEventPublications completed,
            @Value("${cleave.outbox.resubmit-older-than}") Duration resubmitOlderThan,
            @Value("${cleave.outbox.keep-completed}") Duration keepCompleted) {
        return new OutboxMaintenance(incomplete, completed, resubmitOlderThan, keepCompleted);
    }

    @Bean
    OpenAPI cleaveOpenApi() {
        return ApiDocumentation.openApi();
    }

    @Bean
    OpenApiCustomizer cleaveApiExamplesAndProblems() {
        return ApiDocumentation.examplesAndProblems();
    }

    @Bean
    StartupReport startupReport() {
        return new StartupReport();
    }
}
