package io.cleave.testsupport;

import org.testcontainers.DockerClientFactory;

/**
 * Where the tests' PostgreSQL and Kafka come from. With a Docker engine, Testcontainers containers
 * (what a docker-compose user runs); without one, the embedded PostgreSQL and the broker run from
 * the Kafka jars, which need nothing installed. The
 * system property {@code cleave.test.infrastructure} ({@code embedded} or {@code containers})
 * overrides the choice.
 */
public enum TestInfrastructure {

    EMBEDDED, CONTAINERS;

    static final String PROPERTY = "cleave.test.infrastructure";

    /** The choice for this JVM, made once: every database and broker of a test run comes from one place. */
    public static TestInfrastructure current() {
        return Choice.MADE;
    }

    /** Holds the choice; asking Docker costs a fraction of a second and logs an error when there is none. */
    private static final class Choice {

        static final TestInfrastructure MADE = choose();

        private static TestInfrastructure choose() {
            String asked = System.getProperty(PROPERTY);
            boolean docker = !"embedded".equalsIgnoreCase(asked) && DockerClientFactory.instance().isDockerAvailable();
            return TestInfrastructure.choose(docker, asked);
        }
    }

    static TestInfrastructure choose(boolean dockerAvailable, String asked) {
        if (asked == null || asked.isBlank()) {
            return dockerAvailable ? CONTAINERS : EMBEDDED;
        }
        TestInfrastructure wanted = valueOf(asked.trim().toUpperCase());
        if (wanted == CONTAINERS && !dockerAvailable) {
            throw new IllegalStateException(PROPERTY + "=containers, but no Docker engine answers");
        }
        return wanted;
    }
}
