package io.cleave.kernel;

import org.jmolecules.ddd.annotation.ValueObject;

/** Which slice of a listing to read: a zero-based page number and a page size of 1 to {@value #MAX_SIZE}. */
@ValueObject
public record PageRequest(int number, int size) {

    public static final int MAX_SIZE = 100;

    public PageRequest {
        if (number < 0) {
            throw new InvalidValueException("page number must not be negative, got " + number);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidValueException("page size must be between 1 and %d, got %d".formatted(MAX_SIZE, size));
        }
    }

    public long offset() {
        return (long) number * size;
    }
}
