package io.cleave.settlement.domain;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;

import org.jmolecules.ddd.annotation.Repository;

import io.cleave.kernel.Money;

/** Every day's settlement, and which payments were booked where. */
@Repository
public interface Settlements {

    Optional<Settlement> of(LocalDate businessDate, Currency currency);

    /**
     * The settlement of the day (created, open, if missing), locked against concurrent change
     * until the transaction ends.
     */
    Settlement lockOrOpen(LocalDate businessDate, Currency currency);

    void update(Settlement settlement);

    /** Whether this payment's capture or refund was booked already (each is booked once). */
    boolean isBooked(UUID paymentId, EntryKind kind);

    void book(UUID paymentId, EntryKind kind, Settlement settlement, Money amount);
}
