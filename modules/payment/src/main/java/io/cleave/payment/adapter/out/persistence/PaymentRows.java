package io.cleave.payment.adapter.out.persistence;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface PaymentRows extends ListCrudRepository<PaymentRow, UUID> {

    Optional<PaymentRow> findByReference(String reference);
}
