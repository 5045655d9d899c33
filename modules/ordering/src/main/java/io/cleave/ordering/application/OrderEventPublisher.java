package io.cleave.ordering.application;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import io.cleave.ordering.api.OrderCancelled;
import io.cleave.ordering.api.OrderConfirmed;
import io.cleave.ordering.api.OrderPlaced;
import io.cleave.ordering.domain.Order;
import io.cleave.ordering.domain.OrderEvent;

/**
 * Publishes what an order recorded as ordering's api events, once the order is stored and in the
 * same transaction (so they leave through the outbox with it), then clears them: the order decides
 * what happened, this says it in the published contract's terms.
 */
@Component
class OrderEventPublisher {

    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrderEventPublisher(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Call after storing the order. */
    void publishRecorded(Order order) {
        order.domainEvents().forEach(event -> events.publishEvent(toApi(event, order)));
        order.clearDomainEvents();
    }

    private Object toApi(OrderEvent event, Order order) {
        UUID orderId = order.id().value();
        UUID customerId = order.customer().value();
        if (event instanceof OrderEvent.Placed) {
            return new OrderPlaced(UUID.randomUUID(), orderId, customerId, lines(order), order.total(), order.placedAt());
        }
        if (event instanceof OrderEvent.Confirmed) {
            return new OrderConfirmed(UUID.randomUUID(), orderId, customerId, order.total(), clock.instant());
        }
        if (event instanceof OrderEvent.Cancelled cancelled) {
            return new OrderCancelled(UUID.randomUUID(), orderId, customerId, cancelled.reason().name(), clock.instant());
        }
        throw new IllegalStateException("No api event for " + event);
    }

    private static List<OrderPlaced.Line> lines(Order order) {
        return order.lines().stream()
                .map(line -> new OrderPlaced.Line(line.sku(), line.quantity().value(), line.unitPrice()))
                .toList();
    }
}
