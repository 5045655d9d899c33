package io.cleave.inventory.domain;

import java.util.Optional;

import org.jmolecules.ddd.annotation.Repository;

/** Every reservation, by reference. */
@Repository
public interface Reservations {

    /** The reservation of a reference, locked against concurrent change until the transaction ends. */
    Optional<Reservation> lock(String reference);

    void add(Reservation reservation);

    void update(Reservation reservation);
}
