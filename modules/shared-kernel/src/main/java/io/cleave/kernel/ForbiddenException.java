package io.cleave.kernel;

/**
 * The caller is known but may not do this (a customer acting for another customer). Maps to 403.
 * Where saying so would reveal that something exists, a context answers not found instead.
 */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
