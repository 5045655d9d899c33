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

    /** The choice for this JVM. */
    public static TestInfrastructure current() {
        String asked = System.getProperty(PROPERTY);
        // Asking Docker costs a fraction of a second and logs an error when there is none; skip it when told.
        boolean docker = !"embedded".equalsIgnoreCase(asked) && DockerClientFactory.instance().isDockerAvailable();
        return choose(docker, asked);
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
