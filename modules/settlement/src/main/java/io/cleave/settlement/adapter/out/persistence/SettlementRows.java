package io.cleave.settlement.adapter.out.persistence;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.ListCrudRepository;

interface SettlementRows extends ListCrudRepository<SettlementRow, UUID> {

    Optional<SettlementRow> findByBusinessDateAndCurrency(LocalDate businessDate, String currency);

    @Lock(LockMode.PESSIMISTIC_WRITE)
    Optional<SettlementRow> findLockedByBusinessDateAndCurrency(LocalDate businessDate, String currency);
}
