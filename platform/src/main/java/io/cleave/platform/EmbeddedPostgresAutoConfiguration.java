package io.cleave.platform;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;

/**
 * With no {@code spring.datasource.url} (env {@code SPRING_DATASOURCE_URL}), Cleave runs on an
 * embedded PostgreSQL whose data lives under {@code <cleave.data-dir>/postgres}.
 * <p>
 * The server is a bean that closes with the application context, after the connection pool that
 * depends on it; a JVM shutdown hook could stop it while the context still needs it. Boot receives
 * its coordinates as {@link JdbcConnectionDetails}, so the usual Hikari pool and Flyway apply.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
public class EmbeddedPostgresAutoConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(@Value("${cleave.data-dir:${CLEAVE_DATA_DIR:./data}}") Path dataDir) {
        return EmbeddedPostgresServer.start(dataDir.resolve("postgres"));
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
