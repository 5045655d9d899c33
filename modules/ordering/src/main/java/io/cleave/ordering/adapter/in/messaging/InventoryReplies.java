package io.cleave.ordering.adapter.in.messaging;


import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.cleave.inventory.api.StockReservationRejected;
import io.cleave.inventory.api.StockReserved;
import io.cleave.ordering.application.port.in.OrderSaga;
import io.cleave.ordering.domain.OrderId;

/** Inventory's answers to the saga's first step. The reference is the order id. */
@Component
class InventoryReplies {

    private final OrderSaga saga;

    InventoryReplies(OrderSaga saga) {
        this.saga = saga;
    }

    @ApplicationModuleListener
    void on(StockReserved event) {
        OrderReference.parse(event.reference()).ifPresent(saga::stockReserved);
    }

    @ApplicationModuleListener
    void on(StockReservationRejected event) {
        OrderReference.parse(event.reference()).ifPresent(saga::stockRejected);
    }
}
