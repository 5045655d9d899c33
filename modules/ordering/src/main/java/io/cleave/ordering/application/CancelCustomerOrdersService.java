package io.cleave.ordering.application;

import java.time.Clock;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.cleave.ordering.api.OrderCancelled;
import io.cleave.ordering.domain.CancellationReason;
import io.cleave.ordering.domain.CustomerRef;
import io.cleave.ordering.domain.Order;
import io.cleave.ordering.domain.Orders;

@Service
class CancelCustomerOrdersService implements CancelCustomerOrders {

    private final Orders orders;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CancelCustomerOrdersService(Orders orders, ApplicationEventPublisher events, Clock clock) {
        this.orders = orders;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public int cancelOpenOrders(CustomerRef customer, CancellationReason reason) {
        int cancelled = 0;
        for (Order order : orders.openOrdersOf(customer)) {
            if (order.cancel(reason)) {
                orders.update(order);
                events.publishEvent(new OrderCancelled(UUID.randomUUID(), order.id().value(), customer.value(),
                        reason.name(), clock.instant()));
                cancelled++;
            }
        }
        return cancelled;
    }
}
