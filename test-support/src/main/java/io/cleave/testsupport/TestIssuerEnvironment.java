package io.cleave.testsupport;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Every Spring context of a test JVM runs the development issuer (its database is the test
 * server's, so it would not by default) with one key for the whole JVM, as the processes of a split
 * share one key: a token from any of them is good at all of them; and one client secret at their
 * token endpoints ({@link TestTokens#CLIENT_SECRET}). Added last, so a test that names
 * its own issuer settings (or a real provider) wins.
 */
class TestIssuerEnvironment implements EnvironmentPostProcessor {

    /** Made by the first context that starts, under a directory removed when the JVM ends. */
    static final Path KEY = TemporaryDirectories.createDeletedOnExit("cleave-test-issuer-").resolve("key.jwk.json");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("cleaveTestIssuer", Map.of(
                "cleave.security.dev-issuer.enabled", "true",
                "cleave.security.dev-issuer.key-location", KEY.toString(),
                "cleave.security.dev-issuer.client-secret", TestTokens.CLIENT_SECRET)));
    }
}
