package io.cleave.ordering.adapter.out.inventory;

import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import io.cleave.inventory.api.CommitStock;
import io.cleave.inventory.api.ReleaseStock;
import io.cleave.inventory.api.ReserveStock;
import io.cleave.ordering.application.port.out.StockReservations;
import io.cleave.ordering.domain.Order;
import io.cleave.ordering.domain.OrderId;

/**
 * Publishes inventory's commands in the caller's transaction; the event publication registry
 * delivers them, to inventory in this process or to the broker when inventory runs elsewhere.
 */
@Component
class InventoryStockReservations implements StockReservations {

    private final ApplicationEventPublisher events;

    InventoryStockReservations(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void reserve(Order order) {
        var lines = order.lines().stream().map(line -> new ReserveStock.Line(line.sku(), line.quantity().value())).toList();
        events.publishEvent(new ReserveStock(UUID.randomUUID(), order.id().toString(), lines));
    }

    @Override
    public void release(OrderId order) {
        events.publishEvent(new ReleaseStock(UUID.randomUUID(), order.toString()));
    }

    @Override
    public void commit(OrderId order) {
        events.publishEvent(new CommitStock(UUID.randomUUID(), order.toString()));
    }
}
