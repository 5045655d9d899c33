package io.cleave.ordering.domain;

import io.cleave.kernel.ConflictException;

/** Another order was placed with the same idempotency key (at the same moment). */
public class IdempotencyKeyUsedException extends ConflictException {

    public IdempotencyKeyUsedException(String key) {
        super("An order was already placed with idempotency key " + key);
    }
}
