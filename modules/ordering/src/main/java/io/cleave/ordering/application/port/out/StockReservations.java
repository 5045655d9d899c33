package io.cleave.ordering.application.port.out;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

import io.cleave.ordering.domain.Order;
import io.cleave.ordering.domain.OrderId;

/** How ordering asks inventory to hold, give back or ship an order's stock. The order id is the reference. */
@SecondaryPort
public interface StockReservations {

    void reserve(Order order);

    void release(OrderId order);

    void commit(OrderId order);
}
