package io.cleave.kernel;

/** The request is well formed but a business rule forbids it (re-pricing a retired product). Maps to 422. */
public abstract class BusinessRuleException extends RuntimeException {

    protected BusinessRuleException(String message) {
        super(message);
    }
}
