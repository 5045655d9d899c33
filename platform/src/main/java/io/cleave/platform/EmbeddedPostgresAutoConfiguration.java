package io.cleave.platform;

import java.nio.file.Path;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

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
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
public class EmbeddedPostgresAutoConfiguration {

    /** Whether this environment wants the embedded server: it names no other database. */
    static boolean isWanted(Environment environment) {
        return !environment.containsProperty("spring.datasource.url")
                || environment.getProperty("spring.datasource.url", "").isBlank();
    }

    /** {@code <cleave.data-dir>/postgres}; {@code cleave.data-dir} falls back to {@code CLEAVE_DATA_DIR}, then {@code ./data}. */
    static Path dataDirectory(Environment environment) {
        String dataDir = environment.getProperty("cleave.data-dir", environment.getProperty("CLEAVE_DATA_DIR", "./data"));
        return Path.of(dataDir).resolve("postgres");
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
