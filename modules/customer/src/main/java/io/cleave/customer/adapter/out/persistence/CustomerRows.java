package io.cleave.customer.adapter.out.persistence;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface CustomerRows extends ListCrudRepository<CustomerRow, UUID> {

    Optional<CustomerRow> findByEmail(String email);

    Optional<CustomerRow> findBySubject(String subject);
}
