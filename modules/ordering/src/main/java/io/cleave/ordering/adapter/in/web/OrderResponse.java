package io.cleave.ordering.adapter.in.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.cleave.kernel.Money;
import io.cleave.ordering.domain.CancellationReason;
import io.cleave.ordering.domain.Order;
import io.cleave.ordering.domain.OrderStatus;

record OrderResponse(UUID id, UUID customerId, OrderStatus status, CancellationReason cancellationReason,
        List<Line> lines, Money total, Instant placedAt) {

    record Line(String sku, int quantity, Money unitPrice, Money lineTotal) {
    }

    static OrderResponse of(Order order) {
        List<Line> lines = order.lines().stream()
                .map(line -> new Line(line.sku(), line.quantity().value(), line.unitPrice(), line.lineTotal()))
                .toList();
        return new OrderResponse(order.id().value(), order.customer().value(), order.status(),
                order.cancellationReason().orElse(null), lines, order.total(), order.placedAt());
    }
}
