package io.cleave.payment.api;

import java.util.Optional;

/**
 * What other contexts may ask payment, synchronously. Implemented inside payment; in a process
 * where payment is remote, the HTTP adapter supplies an implementation instead.
 */
public interface PaymentLedger {

    /** The payment made for a reference (an order id, for orders), if one was made. */
    Optional<PaymentSummary> paymentFor(String reference);
}
