package io.cleave.ordering.application;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

import io.cleave.ordering.domain.Order;
import io.cleave.ordering.domain.OrderId;

/** How ordering asks payment to charge an order's total or give it back. The order id is the reference. */
@SecondaryPort
public interface OrderPayments {

    void charge(Order order);

    void refund(OrderId order);
}
