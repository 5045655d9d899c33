package io.cleave.testsupport;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every Spring context of a test JVM a database of its own on {@link TestPostgres}, unless the
 * test names its own {@code spring.datasource.url}: a cached context keeps its schedulers (the
 * outbox's resubmission, the saga's deadlines) running while other contexts run their tests, and
 * on a shared database they would act on each other's rows. A pure gateway, which keeps no data,
 * gets none. Added last, so any test property wins. The platform's embedded server then sees a
 * database named and starts none.
 */
class TestPostgresEnvironment implements EnvironmentPostProcessor {

    private static final AtomicInteger CONTEXTS = new AtomicInteger();

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty("spring.datasource.url")
                || "none".equals(environment.getProperty("cleave.topology.local", "").trim())) {
            return;
        }
        String database = TestPostgres.newDatabase("test_context_" + CONTEXTS.incrementAndGet());
        environment.getPropertySources().addLast(new MapPropertySource("cleaveTestPostgres", Map.of(
                "spring.datasource.url", database,
                "spring.datasource.username", TestPostgres.username(),
                "spring.datasource.password", TestPostgres.password(),
                // A context closing late must not wait 30 s for a connection that will not come.
                "spring.datasource.hikari.connection-timeout", "3000")));
    }
}
