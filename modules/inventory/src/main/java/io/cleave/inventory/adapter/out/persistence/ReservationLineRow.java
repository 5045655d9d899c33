package io.cleave.inventory.adapter.out.persistence;

import org.springframework.data.relational.core.mapping.Table;

/** One row of {@code inventory.reservation_line}, part of a {@link ReservationRow}. */
@Table(schema = "inventory", name = "reservation_line")
record ReservationLineRow(String sku, int quantity) {
}
