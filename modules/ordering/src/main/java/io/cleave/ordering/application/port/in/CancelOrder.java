package io.cleave.ordering.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

import io.cleave.kernel.Caller;
import io.cleave.ordering.domain.Order;
import io.cleave.ordering.domain.OrderId;

/**
 * The customer (or staff for them) cancels an order: stock held for it is released, a payment
 * captured for it is refunded. Cancelling twice is harmless; a confirmed order cannot be cancelled.
 */
@PrimaryPort
public interface CancelOrder {

    /**
     * @throws io.cleave.ordering.domain.OrderNotFoundException if there is no such order the caller may see
     * @throws io.cleave.ordering.domain.OrderAlreadyConfirmedException if it is confirmed
     */
    Order cancel(OrderId id, Caller caller);
}
