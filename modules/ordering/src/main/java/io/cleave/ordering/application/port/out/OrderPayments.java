package io.cleave.ordering.application.port.out;

import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

import io.cleave.ordering.domain.Order;
import io.cleave.ordering.domain.OrderId;

/**
 * How ordering asks payment to charge an order's total or give it back, and what became of it.
 * The order id is the reference.
 */
@SecondaryPort
public interface OrderPayments {

    void charge(Order order);

    void refund(OrderId order);

    /** The payment made for the order, if one was made. */
    Optional<OrderPayment> paymentOf(OrderId order);
}
