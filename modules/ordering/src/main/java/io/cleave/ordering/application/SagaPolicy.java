package io.cleave.ordering.application;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the saga waits for a participant's reply before it cancels and compensates
 * ({@code cleave.ordering.saga.step-timeout}).
 */
public record SagaPolicy(Duration stepTimeout) {

    public SagaPolicy {
        Objects.requireNonNull(stepTimeout, "step timeout must not be null");
        if (stepTimeout.isNegative() || stepTimeout.isZero()) {
            throw new IllegalArgumentException("the saga's step timeout must be positive, got " + stepTimeout);
        }
    }
}
