package io.cleave.inventory.adapter.out.persistence;

import java.util.Optional;

import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.ListCrudRepository;

interface ReservationRows extends ListCrudRepository<ReservationRow, String> {

    @Lock(LockMode.PESSIMISTIC_WRITE)
    Optional<ReservationRow> findByReference(String reference);
}
