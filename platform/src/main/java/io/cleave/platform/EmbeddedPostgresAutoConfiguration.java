package io.cleave.platform;

import java.nio.file.Path;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * With no {@code spring.datasource.url} (env {@code SPRING_DATASOURCE_URL}), Cleave runs on an
 * embedded PostgreSQL whose data lives under {@code <cleave.data-dir>/postgres}.
 * <p>
 * The server is a bean that closes with the application context, after the connection pool that
 * depends on it; a JVM shutdown hook could stop it while the context still needs it. Boot receives
 * its coordinates as {@link JdbcConnectionDetails}, so the usual Hikari pool and Flyway apply.
 * The server's start begins early, in parallel with the context's preparation
 * ({@link EmbeddedPostgresEarlyStart}); where it did not (a context built without Spring Boot's
 * start-up), it starts here.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@Conditional(EmbeddedPostgresAutoConfiguration.Wanted.class)
public class EmbeddedPostgresAutoConfiguration {

    /** Whether this environment wants the embedded server: it hosts a context and names no other database. */
    public static boolean isWanted(Environment environment) {
        if (Topology.isNone(environment)) {
            return false; // a pure gateway keeps no data
        }
        return !environment.containsProperty("spring.datasource.url")
                || environment.getProperty("spring.datasource.url", "").isBlank();
    }

    /** {@code <cleave.data-dir>/postgres} (the default, from {@code CLEAVE_DATA_DIR} or {@code ./data}, is in cleave-defaults.properties). */
    static Path dataDirectory(Environment environment) {
        return Path.of(environment.getRequiredProperty("cleave.data-dir")).resolve("postgres");
    }

    /** The configuration's condition: the same test the early start makes. */
    static class Wanted implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return isWanted(context.getEnvironment());
        }
    }

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(ObjectProvider<EmbeddedPostgresStartup> earlyStart,
            Environment environment) {
        EmbeddedPostgresStartup startup = earlyStart.getIfAvailable();
        return startup != null ? startup.server() : EmbeddedPostgresServer.start(dataDirectory(environment));
    }

    @Bean
    JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgresServer server) {
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return server.username();
            }

            @Override
            public String getPassword() {
                return server.password();
            }

            @Override
            public String getJdbcUrl() {
                return server.jdbcUrl();
            }
        };
    }
}
