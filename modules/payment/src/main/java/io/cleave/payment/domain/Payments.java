package io.cleave.payment.domain;

import java.util.Optional;

import org.jmolecules.ddd.annotation.Repository;

/** Every payment, at most one per reference. */
@Repository
public interface Payments {

    /**
     * Makes every other transaction that handles this reference wait until this one ends, so that
     * two deliveries of one command never both reach the provider.
     */
    void lockReference(String reference);

    Optional<Payment> byReference(String reference);

    void add(Payment payment);

    void update(Payment payment);
}
