package io.cleave.ordering.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.cleave.kernel.Caller;
import io.cleave.ordering.application.port.in.CancelOrder;
import io.cleave.ordering.domain.CancellationReason;
import io.cleave.ordering.domain.Order;
import io.cleave.ordering.domain.OrderId;
import io.cleave.ordering.domain.OrderNotFoundException;
import io.cleave.ordering.domain.Orders;

@Service
class CancelOrderService implements CancelOrder {

    private final Orders orders;
    private final OrderSagaService saga;

    CancelOrderService(Orders orders, OrderSagaService saga) {
        this.orders = orders;
        this.saga = saga;
    }

    @Override
    @Transactional
    public Order cancel(OrderId id, Caller caller) {
        Order order = orders.byId(id)
                .filter(found -> found.isVisibleTo(caller))
                .orElseThrow(() -> new OrderNotFoundException(id));
        saga.cancel(order, CancellationReason.CUSTOMER_CANCELLED);
        return order;
    }
}
