package io.cleave.kernel;

/**
 * Something this request needs is not answering now (another context running elsewhere is down,
 * slow, or shielded by an open circuit breaker). Nothing was changed; the same request may succeed
 * later. Maps to 503.
 */
public class UnavailableException extends RuntimeException {

    public UnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
