package io.cleave.ordering.adapter.out.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import io.cleave.kernel.Money;
import io.cleave.kernel.Quantity;
import io.cleave.ordering.domain.CancellationReason;
import io.cleave.ordering.domain.CustomerRef;
import io.cleave.ordering.domain.Order;
import io.cleave.ordering.domain.OrderId;
import io.cleave.ordering.domain.OrderLine;
import io.cleave.ordering.domain.OrderStatus;

/**
 * One row of {@code ordering.orders} with its lines in {@code ordering.order_line}; the domain never
 * sees it. All amounts of an order share its currency, stored once.
 */
@Table(schema = "ordering", name = "orders")
record OrderRow(@Id UUID id, UUID customerId, String owner, Instant placedAt, String status, String cancellationReason,
        Instant deadline, BigDecimal totalAmount, String currency,
        @MappedCollection(idColumn = "order_id", keyColumn = "line_no") List<OrderLineRow> lines,
        @Version Long version) {

    static OrderRow of(Order order) {
        List<OrderLineRow> lines = order.lines().stream()
                .map(line -> new OrderLineRow(line.sku(), line.quantity().value(), line.unitPrice().amount()))
                .toList();
        return new OrderRow(order.id().value(), order.customer().value(), order.owner().orElse(null), order.placedAt(), order.status().name(),
                order.cancellationReason().map(Enum::name).orElse(null), order.deadline().orElse(null),
                order.total().amount(),
                order.total().currency().getCurrencyCode(), lines, order.version());
    }

    /** A row not yet stored: Spring Data JDBC assigns its first version on insert. */
    OrderRow withoutVersion() {
        return new OrderRow(id, customerId, owner, placedAt, status, cancellationReason, deadline, totalAmount, currency, lines,
                null);
    }

    OrderRow withLines(List<OrderLineRow> orderLines) {
        return new OrderRow(id, customerId, owner, placedAt, status, cancellationReason, deadline, totalAmount, currency,
                orderLines, version);
    }

    Order toOrder() {
        var orderCurrency = Money.currencyOf(currency);
        List<OrderLine> orderLines = lines.stream()
                .map(line -> new OrderLine(line.sku(), Quantity.of(line.quantity()),
                        new Money(line.unitPrice(), orderCurrency)))
                .toList();
        return Order.restore(new OrderId(id), new CustomerRef(customerId), owner, orderLines, placedAt,
                OrderStatus.valueOf(status), cancellationReason == null ? null : CancellationReason.valueOf(cancellationReason),
                deadline, version);
    }
}
