package io.cleave.kernel;

/** The thing asked for does not exist. Maps to 404. */
public abstract class NotFoundException extends RuntimeException {

    protected NotFoundException(String message) {
        super(message);
    }
}
