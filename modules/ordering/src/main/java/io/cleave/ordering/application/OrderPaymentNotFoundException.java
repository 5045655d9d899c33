package io.cleave.ordering.application;

import io.cleave.kernel.NotFoundException;
import io.cleave.ordering.domain.OrderId;

/** No payment has been made for the order (yet, or ever: it was cancelled before). */
public class OrderPaymentNotFoundException extends NotFoundException {

    OrderPaymentNotFoundException(OrderId order) {
        super("No payment has been made for order " + order);
    }
}
