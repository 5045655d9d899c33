package io.cleave.ordering.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.cleave.ordering.application.port.in.CancelCustomerOrders;
import io.cleave.ordering.domain.CancellationReason;
import io.cleave.ordering.domain.CustomerRef;
import io.cleave.ordering.domain.Order;
import io.cleave.ordering.domain.Orders;

@Service
class CancelCustomerOrdersService implements CancelCustomerOrders {

    private final Orders orders;
    private final OrderSagaService saga;

    CancelCustomerOrdersService(Orders orders, OrderSagaService saga) {
        this.orders = orders;
        this.saga = saga;
    }

    @Override
    @Transactional
    public int cancelOpenOrders(CustomerRef customer, CancellationReason reason) {
        int cancelled = 0;
        for (Order order : orders.openOrdersOf(customer)) {
            if (saga.cancel(order, reason)) {
                cancelled++;
            }
        }
        return cancelled;
    }
}
