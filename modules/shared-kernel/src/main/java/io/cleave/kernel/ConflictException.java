package io.cleave.kernel;

/** The request collides with existing state (a duplicate key). Maps to 409. */
public abstract class ConflictException extends RuntimeException {

    protected ConflictException(String message) {
        super(message);
    }
}
