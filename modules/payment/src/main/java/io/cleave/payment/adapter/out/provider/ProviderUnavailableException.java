package io.cleave.payment.adapter.out.provider;

/** The provider could not be reached; the command stays in the outbox and is tried again. */
class ProviderUnavailableException extends RuntimeException {

    ProviderUnavailableException(String message) {
        super("Payment provider unavailable: " + message);
    }
}
