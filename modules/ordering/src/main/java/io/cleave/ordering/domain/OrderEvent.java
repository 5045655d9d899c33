package io.cleave.ordering.domain;

import org.jmolecules.event.types.DomainEvent;

/**
 * What happened to an order, as the order records it ({@link Order#domainEvents()}). The
 * application publishes each as ordering's api event once the order is stored, in the same
 * transaction, and with what the order then holds.
 */
public sealed interface OrderEvent extends DomainEvent {

    OrderId order();

    /** The order was placed, PENDING. */
    record Placed(OrderId order) implements OrderEvent {
    }

    /** The order was confirmed: stock reserved and payment captured. */
    record Confirmed(OrderId order) implements OrderEvent {
    }

    /** The order was cancelled, for this reason. */
    record Cancelled(OrderId order, CancellationReason reason) implements OrderEvent {
    }
}
