package io.cleave.testsupport;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every Spring context of a test JVM at {@link TestPostgres}, unless the test names its own
 * {@code spring.datasource.url}. Added last, so any test property wins. The platform's embedded
 * server then sees a database named and starts none.
 */
class TestPostgresEnvironment implements EnvironmentPostProcessor {


    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty("spring.datasource.url")) {
            return;
        }
        environment.getPropertySources().addLast(new MapPropertySource("cleaveTestPostgres", Map.of(
                "spring.datasource.url", TestPostgres.jdbcUrl("postgres"),
                "spring.datasource.username", TestPostgres.username(),
                "spring.datasource.password", TestPostgres.password(),
                // A context closing late must not wait 30 s for a connection that will not come.
                "spring.datasource.hikari.connection-timeout", "3000")));
    }
}
