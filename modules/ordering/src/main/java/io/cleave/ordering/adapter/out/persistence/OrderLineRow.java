package io.cleave.ordering.adapter.out.persistence;

import java.math.BigDecimal;

import org.springframework.data.relational.core.mapping.Table;

/** One row of {@code ordering.order_line}, part of an {@link OrderRow}. */
@Table(schema = "ordering", name = "order_line")
record OrderLineRow(String sku, int quantity, BigDecimal unitPrice) {
}
