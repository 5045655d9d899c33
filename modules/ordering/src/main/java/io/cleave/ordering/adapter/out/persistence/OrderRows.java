package io.cleave.ordering.adapter.out.persistence;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface OrderRows extends ListCrudRepository<OrderRow, UUID> {
}
